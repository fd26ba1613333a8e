package cn.suanpan.hardware.scale;

import java.math.BigDecimal;

/** What the scale shows now, after tare and stability checks. */
public sealed interface ScaleReading {

    /**
     * A weight.
     *
     * @param grams     net weight in grams (gross minus tare); negative when below zero
     * @param tareGrams tare taken by this terminal (a tare set on the scale itself is already
     *                  out of {@code grams})
     * @param stable    the weight has settled and may be used for a sale
     */
    record Weighed(long grams, long tareGrams, boolean stable) implements ScaleReading {

        public BigDecimal kilograms() {
            return BigDecimal.valueOf(grams, 3);
        }

        public long grossGrams() {
            return grams + tareGrams;
        }
    }

    /** Moving, no value given (request/response scales). */
    record InMotion() implements ScaleReading {}

    /** Below zero, no value given. */
    record UnderZero() implements ScaleReading {}

    /** Over capacity. */
    record Overload() implements ScaleReading {}
}
