package cn.suanpan.hardware.scale;

/** One message from a scale, as its protocol says it, before tare and stability checks. */
public sealed interface ScaleFrame {

    /**
     * A weight value.
     *
     * @param grams      signed weight shown by the scale
     * @param stableFlag the scale says the weight is stable (protocols without such a flag say true
     *                   whenever they send a weight; stability is then judged from repeated readings)
     */
    record Weight(long grams, boolean stableFlag) implements ScaleFrame {}

    /** The scale says it is moving and gives no value. */
    record Motion() implements ScaleFrame {}

    /** The scale says it is below zero and gives no value. */
    record UnderZero() implements ScaleFrame {}

    /** The load is over the scale's capacity. */
    record Overload() implements ScaleFrame {}
}
