package cn.suanpan.hardware.config;

import cn.suanpan.hardware.printer.CutMode;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import java.util.Objects;

/**
 * One printer's settings.
 *
 * @param address a serial port, {@code host[:port]} or an installed printer's name, by {@code type}
 * @param baud    serial speed; ignored for other types
 */
public record PrinterConfig(PrinterType type, String address, int baud, PaperWidth paper, PrinterCharset charset, CutMode cut) {

    public PrinterConfig {
        Objects.requireNonNull(type, "type");
        address = address == null ? "" : address.strip();
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(cut, "cut");
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive: " + baud);
        }
    }

    public static PrinterConfig simulated(PaperWidth paper) {
        return new PrinterConfig(PrinterType.SIMULATED, "", 9600, paper, PrinterCharset.GB18030, CutMode.PARTIAL);
    }

    public static PrinterConfig none() {
        return new PrinterConfig(PrinterType.NONE, "", 9600, PaperWidth.MM80, PrinterCharset.GB18030, CutMode.PARTIAL);
    }

    public boolean present() {
        return type != PrinterType.NONE;
    }
}
