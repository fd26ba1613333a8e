package cn.suanpan.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.printer.CutMode;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.RasterImage;
import cn.suanpan.hardware.printer.preview.EscPosInterpreter;
import cn.suanpan.hardware.printer.preview.RenderedReceipt;
import cn.suanpan.hardware.printer.receipt.ItemLine;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.printer.receipt.ReceiptHeader;
import cn.suanpan.hardware.printer.receipt.ReceiptMeta;
import cn.suanpan.hardware.printer.receipt.ReceiptQr;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceiptEncoderTest {

    private static final PrinterProfile MM58 = PrinterProfile.standard(PaperWidth.MM58, PrinterCharset.GBK);

    private static Receipt.Builder receipt(ReceiptHeader header) {
        return Receipt.builder(Locale.SIMPLIFIED_CHINESE, header,
                new ReceiptMeta("S01-T01-20250314-0107", LocalDateTime.of(2025, 3, 14, 9, 0), "张丽", "T01"));
    }

    private static RenderedReceipt render(EncodedReceipt encoded, PrinterProfile profile) {
        return new EscPosInterpreter(profile.paper(), profile.charset()).render(encoded.bytes());
    }

    @Test
    void barcodeTooWideForTheRollIsPrintedAsTextAndReported() {
        EncodedReceipt encoded = new ReceiptEncoder().encodeWithReport(receipt(new ReceiptHeader("店", "", "")).build(), MM58);
        assertThat(encoded.warnings()).containsExactly(
                new HardwareMessage("printer.warning.barcodeTooWide", "S01-T01-20250314-0107"));
        RenderedReceipt rendered = render(encoded, MM58);
        assertThat(rendered.barcodes()).isEmpty();
        assertThat(rendered.textLines()).contains("S01-T01-20250314-0107");
        assertThat(rendered.problems()).isEmpty();
    }

    @Test
    void printerThatTakesOneDotBarsGetsTheBarcode() {
        PrinterProfile thinBars = MM58.withMinBarcodeModule(1);
        EncodedReceipt encoded = new ReceiptEncoder().encodeWithReport(receipt(new ReceiptHeader("店", "", "")).build(), thinBars);
        assertThat(encoded.warnings()).isEmpty();
        assertThat(render(encoded, thinBars).barcodes()).containsExactly("S01-T01-20250314-0107");
    }

    @Test
    void qrIsLeftOutOnPrintersWithoutQrSupport() {
        PrinterProfile noQr = MM58.withQr(false);
        Receipt withQr = receipt(new ReceiptHeader("店", "", "")).barcode("0101").qr(new ReceiptQr("https://x.cn", "")).build();
        EncodedReceipt encoded = new ReceiptEncoder().encodeWithReport(withQr, noQr);
        assertThat(encoded.warnings()).containsExactly(new HardwareMessage("printer.warning.qrUnsupported"));
        assertThat(render(encoded, noQr).qrCodes()).isEmpty();
    }

    @Test
    void logoWiderThanThePaperIsLeftOut() {
        RasterImage wide = new RasterImage(400, 1, new byte[50]);
        Receipt withLogo = receipt(new ReceiptHeader("店", "", "", Optional.of(wide))).barcode("0101").build();
        EncodedReceipt encoded = new ReceiptEncoder().encodeWithReport(withLogo, MM58);
        assertThat(encoded.warnings()).containsExactly(new HardwareMessage("printer.warning.imageTooWide", 400, 384));
        assertThat(render(encoded, MM58).problems()).isEmpty();
    }

    @Test
    void noBreakSpacesInImportedNamesPrintAsSpaces() {
        Receipt receipt = receipt(new ReceiptHeader("店", "", "")).barcode("0101")
                .item(new ItemLine("可乐\u00A0330ml", "1", "￥3.00", "￥3.00")).build();
        EncodedReceipt encoded = new ReceiptEncoder().encodeWithReport(receipt, MM58);
        assertThat(encoded.replacements()).isEmpty();
        assertThat(render(encoded, MM58).textLines()).contains("可乐 330ml");
    }

    @Test
    void cutModeComesFromTheProfile() {
        Receipt plain = receipt(new ReceiptHeader("店", "", "")).barcode("0101").build();
        byte[] tearBar = new ReceiptEncoder().encode(plain, MM58.withCut(CutMode.NONE));
        assertThat(tearBar).endsWith(0x1B, 'd', 4);
        assertThat(render(new ReceiptEncoder().encodeWithReport(plain, MM58), MM58).cuts()).isEqualTo(1);
    }
}
