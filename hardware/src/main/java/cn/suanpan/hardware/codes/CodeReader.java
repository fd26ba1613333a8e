package cn.suanpan.hardware.codes;

import cn.suanpan.hardware.serial.DeviceException;
import cn.suanpan.hardware.i18n.HardwareMessage;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Finds a code in a picture: a payment code in a screenshot, a camera frame, a scanned receipt.
 * Only the {@link CodeFormat}s are looked for, with zxing's "try harder" (slower, finds codes
 * that are small, rotated or off-centre) and inverted (white on black) codes too.
 *
 * <p>Two binarizers are tried in turn: the local one suits photos with uneven light, the
 * global one clean screenshots with large flat areas.
 */
public final class CodeReader {

    private final Map<DecodeHintType, Object> hints;

    public CodeReader() {
        hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, Arrays.stream(CodeFormat.values()).map(CodeFormat::zxing).toList());
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.ALSO_INVERTED, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
    }

    /**
     * @throws DeviceException {@code device.code.unreadableImage} when the file is not a picture,
     *                         {@code device.code.notFound} when it holds no readable code
     */
    public DecodedCode decode(Path imageFile) {
        BufferedImage image;
        try {
            image = Files.isRegularFile(imageFile) ? ImageIO.read(imageFile.toFile()) : null;
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            throw new DeviceException(new HardwareMessage("device.code.unreadableImage", imageFile.getFileName().toString()));
        }
        return decode(image, imageFile.getFileName().toString());
    }

    /** @param source names the picture in the message when no code is found */
    public DecodedCode decode(BufferedImage image, String source) {
        LuminanceSource luminance = new BufferedImageLuminanceSource(image);
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints);
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(luminance)),
                new BinaryBitmap(new GlobalHistogramBinarizer(luminance)))) {
            try {
                Result r = reader.decodeWithState(bitmap);
                return new DecodedCode(CodeFormat.of(r.getBarcodeFormat()), r.getText());
            } catch (NotFoundException e) {
                // try the next binarizer
            } finally {
                reader.reset();
            }
        }
        throw new DeviceException(new HardwareMessage("device.code.notFound", source));
    }
}
