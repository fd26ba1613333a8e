package cn.suanpan.hardware.scale;

import java.util.List;
import java.util.Optional;

/** Framing and parsing of one scale protocol. Instances keep partial frames: one per scale. */
public sealed interface ScaleProtocol permits ContinuousAsciiProtocol, Toledo8213Protocol {

    /** Bytes from the scale; returns the frames they complete. */
    List<ScaleFrame> accept(byte[] data);

    /** What to send to ask for a reading, for request/response protocols. */
    Optional<byte[]> request();

    /** Which protocols exist, for settings. */
    enum Kind {
        /** The scale streams "ST,GS,+  0.736kg" lines by itself. */
        CONTINUOUS_ASCII,
        /** The host sends "W", the scale answers STX weight CR (Toledo 8213 demand mode). */
        TOLEDO_8213;

        public ScaleProtocol create(WeightUnit unitWhenUnstated) {
            return switch (this) {
                case CONTINUOUS_ASCII -> new ContinuousAsciiProtocol();
                case TOLEDO_8213 -> new Toledo8213Protocol(unitWhenUnstated);
            };
        }
    }
}
