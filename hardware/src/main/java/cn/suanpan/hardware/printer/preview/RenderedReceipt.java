package cn.suanpan.hardware.printer.preview;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * What a simulated printer put on paper.
 *
 * @param image     the paper, one pixel per printer dot (384 or 576 wide)
 * @param textLines every printed line of text in order, as decoded from the bytes
 *                  (the human-readable text under a barcode is not included)
 * @param barcodes  the content of each CODE128 symbol
 * @param qrCodes   the payload of each QR code
 * @param cuts      how many times the paper was cut
 * @param drawerKicks how many drawer pulses were sent
 * @param problems  commands the simulator did not understand or that would misprint on a
 *                  real printer (text wider than the paper, a barcode that does not fit)
 */
public record RenderedReceipt(
        BufferedImage image,
        List<String> textLines,
        List<String> barcodes,
        List<String> qrCodes,
        int cuts,
        int drawerKicks,
        List<String> problems) {

    public RenderedReceipt {
        textLines = List.copyOf(textLines);
        barcodes = List.copyOf(barcodes);
        qrCodes = List.copyOf(qrCodes);
        problems = List.copyOf(problems);
    }

    public byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void writePng(Path file) throws IOException {
        Files.write(file, png());
    }
}
