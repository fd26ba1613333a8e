package cn.suanpan.hardware.config;

import cn.suanpan.hardware.scale.ScaleProtocol;
import cn.suanpan.hardware.scale.WeightUnit;
import java.util.Objects;

/**
 * A serial scale's settings.
 *
 * @param unit the unit of protocols that do not state one (Toledo 8213)
 */
public record ScaleConfig(DeviceType type, String port, int baud, ScaleProtocol.Kind protocol, WeightUnit unit) {

    public static final ScaleConfig DEFAULT = new ScaleConfig(DeviceType.SIMULATED, "", 9600,
            ScaleProtocol.Kind.CONTINUOUS_ASCII, WeightUnit.KG);

    public ScaleConfig {
        Objects.requireNonNull(type, "type");
        port = port == null ? "" : port.strip();
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(unit, "unit");
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive: " + baud);
        }
    }
}
