package cn.suanpan.hardware.printer.preview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.SampleReceipts;
import cn.suanpan.hardware.printer.escpos.DrawerKick;
import cn.suanpan.hardware.printer.escpos.EscPosBuilder;
import cn.suanpan.hardware.printer.escpos.ReceiptEncoder;
import cn.suanpan.hardware.printer.escpos.StatusRequest;
import cn.suanpan.hardware.printer.layout.ReceiptLayout;
import cn.suanpan.hardware.printer.receipt.ReceiptQr;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the sample receipts and checks what is on the paper rather than its pixels
 * (fonts differ between machines): width, the decoded text lines, and the barcode and QR
 * code read back from the picture by a scanner library.
 */
class EscPosInterpreterTest {

    static Stream<SampleReceipts.Sample> samples() {
        return SampleReceipts.all().stream();
    }

    private static RenderedReceipt render(SampleReceipts.Sample sample) {
        byte[] bytes = new ReceiptEncoder().encode(sample.receipt(), sample.profile());
        return new EscPosInterpreter(sample.profile().paper(), sample.profile().charset()).render(bytes);
    }

    private static String scan(BufferedImage image, BarcodeFormat format) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(format),
                DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void paperIsAsWideAsThePrintHead(SampleReceipts.Sample sample) {
        RenderedReceipt rendered = render(sample);
        int expected = sample.profile().paper() == PaperWidth.MM58 ? 384 : 576;
        assertThat(rendered.image().getWidth()).isEqualTo(expected);
        assertThat(rendered.problems()).isEmpty();
        assertThat(rendered.cuts()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void printedTextIsTheLaidOutText(SampleReceipts.Sample sample) {
        var laidOut = new ReceiptLayout(sample.profile().paper(), sample.profile().charset()).layout(sample.receipt());
        assertThat(render(sample).textLines()).isEqualTo(laidOut.textLines());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void barcodeScansAsTheReceiptBarcode(SampleReceipts.Sample sample) throws Exception {
        RenderedReceipt rendered = render(sample);
        assertThat(rendered.barcodes()).containsExactly(sample.receipt().barcode());
        assertThat(scan(rendered.image(), BarcodeFormat.CODE_128)).isEqualTo(sample.receipt().barcode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void qrScansAsThePayload(SampleReceipts.Sample sample) throws Exception {
        RenderedReceipt rendered = render(sample);
        List<String> expected = sample.receipt().qr().map(ReceiptQr::payload).stream().toList();
        assertThat(rendered.qrCodes()).isEqualTo(expected);
        if (!expected.isEmpty()) {
            assertThat(scan(rendered.image(), BarcodeFormat.QR_CODE)).isEqualTo(expected.getFirst());
        }
    }

    @Test
    void chineseTextAndTheTotalReadBack() {
        RenderedReceipt rendered = render(SampleReceipts.chinese58WithPromotions());
        assertThat(rendered.textLines()).contains("合计     ￥52.71", "  第二件半价             -￥1.00",
                "谢谢惠顾，欢迎再次光临！");
    }

    @Test
    void gb18030FourByteCharactersDecode() {
        RenderedReceipt rendered = render(SampleReceipts.chineseTraining80());
        assertThat(rendered.textLines()).anyMatch(line -> line.startsWith("𠮷野家牛肉饭"));
        assertThat(rendered.textLines()).anyMatch(line -> line.startsWith("生日蛋糕□"));
    }

    @Test
    void pngIsWritten() throws Exception {
        RenderedReceipt rendered = render(SampleReceipts.english80SplitTender());
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(rendered.png()));
        assertThat(read.getWidth()).isEqualTo(576);
        assertThat(read.getHeight()).isEqualTo(rendered.image().getHeight());
    }

    @Test
    void chineseQrPayloadRoundTrips() throws Exception {
        String payload = "算盘小票 S01-T02-0042 ￥52.71";
        byte[] bytes = new EscPosBuilder(PrinterCharset.GBK).initialize().qr(payload, 6).toByteArray();
        RenderedReceipt rendered = new EscPosInterpreter(PaperWidth.MM58, PrinterCharset.GBK).render(bytes);
        assertThat(rendered.qrCodes()).containsExactly(payload);
        assertThat(scan(rendered.image(), BarcodeFormat.QR_CODE)).isEqualTo(payload);
    }

    @Test
    void code128WithoutCodeSetPrefixIsFlaggedAsARealPrinterWouldPrintNothing() {
        byte[] bytes = {0x1B, '@', 0x1D, 'k', 73, 4, 'A', 'B', '1', '2'};
        RenderedReceipt rendered = new EscPosInterpreter(PaperWidth.MM58, PrinterCharset.GBK).render(bytes);
        assertThat(rendered.barcodes()).isEmpty();
        assertThat(rendered.problems()).singleElement().asString().contains("code set");
    }

    @Test
    void textWiderThanThePaperIsFlagged() {
        byte[] bytes = new EscPosBuilder(PrinterCharset.GBK).initialize().chineseMode(true)
                .text("一二三四五六七八九十一二三四五六七").lineFeed().toByteArray();
        RenderedReceipt rendered = new EscPosInterpreter(PaperWidth.MM58, PrinterCharset.GBK).render(bytes);
        assertThat(rendered.textLines()).containsExactly("一二三四五六七八九十一二三四五六", "七");
        assertThat(rendered.problems()).singleElement().asString().contains("wider than the paper");
    }

    @Test
    void drawerKicksAndStatusRequestsPrintNothing() {
        byte[] bytes = new EscPosBuilder(PrinterCharset.GBK).initialize().drawerKick(DrawerKick.STANDARD)
                .raw(StatusRequest.all()).toByteArray();
        RenderedReceipt rendered = new EscPosInterpreter(PaperWidth.MM80, PrinterCharset.GBK).render(bytes);
        assertThat(rendered.drawerKicks()).isEqualTo(1);
        assertThat(rendered.textLines()).isEmpty();
        assertThat(rendered.problems()).isEmpty();
    }

    @Test
    void truncatedInputIsReportedNotThrown() {
        byte[] bytes = {0x1B, '@', 0x1D, 'v', '0', 0, 2, 0, 10, 0, 1, 2};
        RenderedReceipt rendered = new EscPosInterpreter(PaperWidth.MM58, PrinterCharset.GBK).render(bytes);
        assertThat(rendered.problems()).singleElement().asString().contains("cut short");
    }
}
