package cn.suanpan.hardware.config;

import cn.suanpan.hardware.scanner.ScannerSettings;
import java.util.Objects;

/** A serial barcode scanner's settings; the suffix must match what the scanner is set to send. */
public record ScannerConfig(DeviceType type, String port, int baud, ScannerSettings.Suffix suffix) {

    public static final ScannerConfig DEFAULT = new ScannerConfig(DeviceType.SIMULATED, "", 9600, ScannerSettings.Suffix.CR);

    public ScannerConfig {
        Objects.requireNonNull(type, "type");
        port = port == null ? "" : port.strip();
        Objects.requireNonNull(suffix, "suffix");
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive: " + baud);
        }
    }
}
