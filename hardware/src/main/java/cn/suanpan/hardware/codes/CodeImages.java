package cn.suanpan.hardware.codes;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Pictures of codes for screens and printouts: a QR code (a payment or mini-program link on the
 * customer display) and a CODE128 barcode (a receipt number). Black on white, with the quiet
 * zone scanners need.
 */
public final class CodeImages {

    private CodeImages() {
    }

    /**
     * A square QR code of about {@code sizePixels}, error correction M (survives a smudge or a
     * crease), four-module quiet zone. Text is encoded as UTF-8 and marked so (ECI), so Chinese
     * reads back as Chinese in WeChat and Alipay.
     */
    public static BufferedImage qr(String text, int sizePixels) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty QR content");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 4);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePixels, sizePixels, hints);
            return MatrixToImageWriter.toBufferedImage(m);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text.length() + " characters: " + e.getMessage(), e);
        }
    }

    /**
     * A CODE128 barcode at least {@code widthPixels} wide (wider when the content needs more
     * bars) and {@code heightPixels} high, with a ten-module quiet zone on both sides.
     *
     * @param content printable ASCII
     */
    public static BufferedImage code128(String content, int widthPixels, int heightPixels) {
        if (content.isEmpty() || !content.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("CODE128 content must be printable ASCII: " + content);
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 10);
        BitMatrix m = new Code128Writer().encode(content, BarcodeFormat.CODE_128, widthPixels, heightPixels, hints);
        return MatrixToImageWriter.toBufferedImage(m);
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
