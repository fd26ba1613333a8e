package cn.suanpan.hardware.scale;

import java.time.Duration;
import java.util.Objects;

/**
 * How to talk to a scale and when to trust its weight.
 *
 * @param protocol        the scale's protocol
 * @param unit            unit of protocols whose frames do not name one (Toledo 8213)
 * @param stableReadings  equal readings needed for a stable weight (with the scale's stable flag)
 * @param stableWindow    those readings must fall within this time
 * @param pollInterval    pause between two weight requests (request/response protocols)
 */
public record ScaleSettings(ScaleProtocol.Kind protocol, WeightUnit unit, int stableReadings, Duration stableWindow,
        Duration pollInterval) {

    public ScaleSettings {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(stableWindow, "stableWindow");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (stableReadings < 1) {
            throw new IllegalArgumentException("stableReadings must be at least 1");
        }
        if (pollInterval.isZero() || pollInterval.isNegative()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
    }

    /** Continuous ASCII: three equal stable lines within 1.5 s. */
    public static ScaleSettings continuous() {
        return new ScaleSettings(ScaleProtocol.Kind.CONTINUOUS_ASCII, WeightUnit.KG, 3, Duration.ofMillis(1500),
                Duration.ofMillis(200));
    }

    /** Toledo 8213 in kilograms, asked every 200 ms, two equal answers within 1.5 s. */
    public static ScaleSettings toledo8213() {
        return new ScaleSettings(ScaleProtocol.Kind.TOLEDO_8213, WeightUnit.KG, 2, Duration.ofMillis(1500),
                Duration.ofMillis(200));
    }

    public ScaleSettings withUnit(WeightUnit u) {
        return new ScaleSettings(protocol, u, stableReadings, stableWindow, pollInterval);
    }

    public ScaleSettings withStability(int readings, Duration window) {
        return new ScaleSettings(protocol, unit, readings, window, pollInterval);
    }

    public ScaleSettings withPollInterval(Duration interval) {
        return new ScaleSettings(protocol, unit, stableReadings, stableWindow, interval);
    }
}
