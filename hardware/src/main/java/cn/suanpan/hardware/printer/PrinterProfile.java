package cn.suanpan.hardware.printer;

import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import java.util.Objects;

/**
 * What the receipt code must know about one connected printer. Printers do not report most
 * of this, so it is configured per terminal.
 *
 * @param name             shown in settings, e.g. "Xprinter XP-58"
 * @param paper            roll width
 * @param charset          the double-byte character set the printer's Chinese mode uses
 * @param cut              cutter behaviour at the end of a receipt
 * @param minBarcodeModule narrowest CODE128 bar the printer accepts, in dots (Epson: 2,
 *                         many Chinese printers: 1); barcodes are printed wider when they fit
 * @param supportsQr       whether the printer knows GS ( k; without it the QR is left out
 * @param drawerSensor     how the drawer's open switch shows on connector pin 3
 */
public record PrinterProfile(
        String name,
        PaperWidth paper,
        PrinterCharset charset,
        CutMode cut,
        int minBarcodeModule,
        boolean supportsQr,
        DrawerSensor drawerSensor) {

    public PrinterProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(cut, "cut");
        Objects.requireNonNull(drawerSensor, "drawerSensor");
        if (minBarcodeModule < 1 || minBarcodeModule > 6) {
            throw new IllegalArgumentException("minBarcodeModule must be 1..6 dots: " + minBarcodeModule);
        }
    }

    /** A typical thermal receipt printer: partial cut, 2-dot bars, QR capable. */
    public static PrinterProfile standard(PaperWidth paper, PrinterCharset charset) {
        return new PrinterProfile("ESC/POS " + paper.name().substring(2) + " mm " + charset.name(),
                paper, charset, CutMode.PARTIAL, 2, true, DrawerSensor.OPEN_WHEN_HIGH);
    }

    public PrinterProfile withCut(CutMode newCut) {
        return new PrinterProfile(name, paper, charset, newCut, minBarcodeModule, supportsQr, drawerSensor);
    }

    public PrinterProfile withMinBarcodeModule(int dots) {
        return new PrinterProfile(name, paper, charset, cut, dots, supportsQr, drawerSensor);
    }

    public PrinterProfile withQr(boolean supported) {
        return new PrinterProfile(name, paper, charset, cut, minBarcodeModule, supported, drawerSensor);
    }
}
