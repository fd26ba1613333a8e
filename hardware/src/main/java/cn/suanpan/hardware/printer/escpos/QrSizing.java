package cn.suanpan.hardware.printer.escpos;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Chooses the QR module size. The printer picks the QR version itself, so the symbol's
 * width is estimated by encoding the payload the same way (byte mode, level M) and the
 * module is made as large as keeps the code within about 60 % of the paper — big enough for
 * a phone camera, small enough to leave the receipt short.
 */
final class QrSizing {

    static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;
    private static final int MAX_MODULE = 8;
    private static final int QUIET_ZONE = 4;

    private QrSizing() {
    }

    /** Module size in dots, or 0 if the payload cannot be printed as a QR code on this paper. */
    static int moduleSize(String payload, int paperDots) {
        int dimension;
        try {
            boolean ascii = payload.chars().allMatch(c -> c < 0x80);
            Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.CHARACTER_SET,
                    (ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8).name());
            dimension = Encoder.encode(payload, LEVEL, hints).getVersion().getDimensionForVersion();
        } catch (WriterException e) {
            return 0; // longer than the largest QR version holds
        }
        int size = Math.min(MAX_MODULE, paperDots * 6 / 10 / (dimension + 2 * QUIET_ZONE));
        if (size < 1) {
            size = dimension <= paperDots ? 1 : 0;
        }
        return size;
    }
}
