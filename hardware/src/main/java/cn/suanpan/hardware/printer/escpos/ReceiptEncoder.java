package cn.suanpan.hardware.printer.escpos;

import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.layout.LaidOutReceipt;
import cn.suanpan.hardware.printer.layout.PrintBlock;
import cn.suanpan.hardware.printer.layout.ReceiptLayout;
import cn.suanpan.hardware.printer.layout.Replacement;
import cn.suanpan.hardware.printer.layout.TextSize;
import cn.suanpan.hardware.printer.receipt.Receipt;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a receipt into the ESC/POS bytes for one printer: layout for the roll width, text
 * in the printer's character set, codes sized to fit. Stateless and thread-safe; the same
 * receipt and profile always give the same bytes.
 */
public final class ReceiptEncoder {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptEncoder.class);

    /** CODE128 bar height: 10 mm at 203 dpi, comfortable for hand scanners. */
    static final int BARCODE_HEIGHT = 80;

    /** The receipt's bytes. */
    public byte[] encode(Receipt receipt, PrinterProfile profile) {
        return encodeWithReport(receipt, profile).bytes();
    }

    /** The receipt's bytes and what could not be printed as asked. */
    public EncodedReceipt encodeWithReport(Receipt receipt, PrinterProfile profile) {
        LaidOutReceipt laidOut = new ReceiptLayout(profile.paper(), profile.charset()).layout(receipt);
        return encode(laidOut, profile);
    }

    /** Encodes an already laid-out receipt (the preview lays out once and encodes once). */
    public EncodedReceipt encode(LaidOutReceipt laidOut, PrinterProfile profile) {
        EscPosBuilder out = new EscPosBuilder(profile.charset());
        List<HardwareMessage> warnings = new ArrayList<>();
        out.initialize().chineseMode(true);
        for (PrintBlock block : laidOut.blocks()) {
            switch (block) {
                case PrintBlock.Text text -> out.align(text.align()).bold(text.bold()).size(text.size())
                        .reverse(text.reverse()).text(text.text()).lineFeed();
                case PrintBlock.Barcode barcode -> barcode(out, barcode, profile, warnings);
                case PrintBlock.Qr qr -> qr(out, qr, profile, warnings);
                case PrintBlock.Image image -> image(out, image, profile, warnings);
                case PrintBlock.Feed feed -> out.feed(feed.lines());
                case PrintBlock.Cut cut -> out.cut(profile.cut());
            }
        }
        List<Replacement> replaced = new ArrayList<>(laidOut.replacements());
        replaced.addAll(out.replacements());
        if (!replaced.isEmpty()) {
            String shown = replaced.stream().map(r -> Character.toString(r.codePoint())).distinct()
                    .collect(Collectors.joining(" "));
            warnings.addFirst(new HardwareMessage("printer.warning.charactersReplaced", replaced.size(), shown));
        }
        if (!warnings.isEmpty()) {
            LOG.warn("Receipt for {} printed with changes: {}", profile.name(), warnings);
        }
        return new EncodedReceipt(out.toByteArray(), replaced, warnings);
    }

    private static void barcode(EscPosBuilder out, PrintBlock.Barcode barcode, PrinterProfile profile,
                                List<HardwareMessage> warnings) {
        Code128Data data = Code128Data.of(barcode.content());
        int module = data.moduleWidthFor(profile.paper().dots(), profile.minBarcodeModule());
        out.align(barcode.align());
        if (module == 0) {
            // the printer would silently skip a symbol wider than the paper: print the number instead
            warnings.add(new HardwareMessage("printer.warning.barcodeTooWide", barcode.content()));
            out.bold(false).size(TextSize.NORMAL).reverse(false).text(barcode.content()).lineFeed();
            return;
        }
        out.code128(data, module, BARCODE_HEIGHT);
    }

    private static void image(EscPosBuilder out, PrintBlock.Image image, PrinterProfile profile,
                              List<HardwareMessage> warnings) {
        if (image.image().width() > profile.paper().dots()) {
            warnings.add(new HardwareMessage("printer.warning.imageTooWide", image.image().width(), profile.paper().dots()));
            return;
        }
        out.align(image.align()).raster(image.image());
    }

    private static void qr(EscPosBuilder out, PrintBlock.Qr qr, PrinterProfile profile, List<HardwareMessage> warnings) {
        if (!profile.supportsQr()) {
            warnings.add(new HardwareMessage("printer.warning.qrUnsupported"));
            return;
        }
        int module = QrSizing.moduleSize(qr.payload(), profile.paper().dots());
        if (module == 0) {
            warnings.add(new HardwareMessage("printer.warning.qrTooLarge"));
            return;
        }
        out.align(qr.align()).qr(qr.payload(), module);
    }
}
