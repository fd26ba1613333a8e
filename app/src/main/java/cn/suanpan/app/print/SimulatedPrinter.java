package cn.suanpan.app.print;

import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.escpos.EncodedReceipt;
import cn.suanpan.hardware.printer.escpos.ReceiptEncoder;
import cn.suanpan.hardware.printer.layout.LaidOutReceipt;
import cn.suanpan.hardware.printer.layout.ReceiptLayout;
import cn.suanpan.hardware.printer.preview.EscPosInterpreter;
import cn.suanpan.hardware.printer.receipt.Receipt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A printer without paper: each receipt's ESC/POS bytes and a picture of what a thermal
 * printer would make of them go to the {@code printer-sim/} folder of the data directory,
 * named after the receipt number. The same bytes would go to a real printer.
 */
public final class SimulatedPrinter {

    public static final String FOLDER = "printer-sim";

    private final Path folder;
    private final PrinterProfile profile;

    public SimulatedPrinter(Path dataDir, PaperWidth paper) {
        this.folder = dataDir.resolve(FOLDER);
        this.profile = PrinterProfile.standard(paper, PrinterCharset.GBK);
    }

    /** The receipt as text lines, as laid out for this printer's paper. */
    public List<String> text(Receipt receipt) {
        return layout(receipt).textLines();
    }

    /** Prints the receipt; returns the PNG written beside the {@code .bin} bytes. */
    public Path print(Receipt receipt, String name) throws IOException {
        EncodedReceipt encoded = new ReceiptEncoder().encode(layout(receipt), profile);
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".bin"), encoded.bytes());
        Path png = folder.resolve(name + ".png");
        new EscPosInterpreter(profile.paper(), profile.charset()).render(encoded.bytes()).writePng(png);
        return png;
    }

    private LaidOutReceipt layout(Receipt receipt) {
        return new ReceiptLayout(profile.paper(), profile.charset()).layout(receipt);
    }
}
