package cn.suanpan.hardware.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.suanpan.hardware.serial.DeviceException;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.oned.EAN8Writer;
import com.google.zxing.oned.UPCAWriter;
import com.google.zxing.pdf417.PDF417Writer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes made by {@link CodeImages} (or zxing) and read back by {@link CodeReader}. */
class CodesTest {

    @TempDir
    Path dir;

    private final CodeReader reader = new CodeReader();

    @Test
    void aChineseQrCodeReadsBackFromItsPngFile() throws Exception {
        String text = "https://suanpan.example/pay?shop=算盘便利店&amount=52.71";
        Path file = dir.resolve("qr.png");
        Files.write(file, CodeImages.png(CodeImages.qr(text, 240)));
        assertThat(reader.decode(file)).isEqualTo(new DecodedCode(CodeFormat.QR_CODE, text));
    }

    @Test
    void aReceiptNumberBarcodeReadsBack() throws Exception {
        Path file = dir.resolve("code128.png");
        Files.write(file, CodeImages.png(CodeImages.code128("S01-T02-20250314-0042", 400, 80)));
        assertThat(reader.decode(file)).isEqualTo(new DecodedCode(CodeFormat.CODE_128, "S01-T02-20250314-0042"));
    }

    @Test
    void aSmallPaymentCodeInTheCornerOfALargeScreenshotIsFound() {
        // 18-digit WeChat payment codes start with 10-15
        BufferedImage screen = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = screen.createGraphics();
        g.setColor(new Color(0xEDEDED));
        g.fillRect(0, 0, 1280, 800);
        g.setColor(new Color(0x07C160));
        g.fillRect(0, 0, 1280, 90);
        g.drawImage(CodeImages.qr("134567890123456789", 150), 1080, 600, null);
        g.dispose();
        assertThat(reader.decode(screen, "screenshot")).isEqualTo(new DecodedCode(CodeFormat.QR_CODE, "134567890123456789"));
    }

    @Test
    void goodsBarcodesReadBack() throws Exception {
        assertThat(reader.decode(MatrixToImageWriter.toBufferedImage(new EAN13Writer().encode("6901234567892", BarcodeFormat.EAN_13, 300, 100)), "ean13"))
                .isEqualTo(new DecodedCode(CodeFormat.EAN_13, "6901234567892"));
        assertThat(reader.decode(MatrixToImageWriter.toBufferedImage(new EAN8Writer().encode("96385074", BarcodeFormat.EAN_8, 200, 100)), "ean8"))
                .isEqualTo(new DecodedCode(CodeFormat.EAN_8, "96385074"));
        assertThat(reader.decode(MatrixToImageWriter.toBufferedImage(new UPCAWriter().encode("036000291452", BarcodeFormat.UPC_A, 300, 100)), "upca"))
                .isEqualTo(new DecodedCode(CodeFormat.UPC_A, "036000291452"));
    }

    @Test
    void otherSymbologiesAreNotLookedFor() throws Exception {
        BufferedImage pdf417 = MatrixToImageWriter.toBufferedImage(new PDF417Writer().encode("not for us", BarcodeFormat.PDF_417, 400, 150));
        DeviceException e = catchThrowableOfType(DeviceException.class, () -> reader.decode(pdf417, "ticket.png"));
        assertThat(e.userMessage().key()).isEqualTo("device.code.notFound");
    }

    @Test
    void noCodeAndNoPictureAreToldApart() throws Exception {
        Path blank = dir.resolve("blank.png");
        BufferedImage white = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 300);
        g.dispose();
        ImageIO.write(white, "png", blank.toFile());
        DeviceException none = catchThrowableOfType(DeviceException.class, () -> reader.decode(blank));
        assertThat(none.userMessage().format(Locale.ENGLISH)).startsWith("No QR code or barcode was found in blank.png.");
        assertThat(none.userMessage().format(Locale.SIMPLIFIED_CHINESE)).startsWith("在 blank.png 中没有找到二维码或条码");

        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello");
        DeviceException notPicture = catchThrowableOfType(DeviceException.class, () -> reader.decode(text));
        assertThat(notPicture.userMessage().key()).isEqualTo("device.code.unreadableImage");
        assertThat(catchThrowableOfType(DeviceException.class, () -> reader.decode(dir.resolve("missing.png"))).userMessage().key())
                .isEqualTo("device.code.unreadableImage");
    }

    @Test
    void badContentIsRefused() {
        assertThatThrownBy(() -> CodeImages.code128("收据", 200, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodeImages.qr("", 200)).isInstanceOf(IllegalArgumentException.class);
    }
}
