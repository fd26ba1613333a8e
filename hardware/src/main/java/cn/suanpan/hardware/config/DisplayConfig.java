package cn.suanpan.hardware.config;

import cn.suanpan.hardware.display.DisplayCommandSet;
import java.util.Objects;

/** A serial pole display's settings. */
public record DisplayConfig(DeviceType type, String port, int baud, DisplayCommandSet commandSet) {

    public static final DisplayConfig DEFAULT = new DisplayConfig(DeviceType.SIMULATED, "", 9600, DisplayCommandSet.ESC_POS);

    public DisplayConfig {
        Objects.requireNonNull(type, "type");
        port = port == null ? "" : port.strip();
        Objects.requireNonNull(commandSet, "commandSet");
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive: " + baud);
        }
    }
}
