package cn.suanpan.hardware.scale;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Toledo 8213 "demand" protocol, spoken by many POS scales (and by CAS and Aclas scales set to
 * the Toledo/8213 protocol). The host sends {@code W} (0x57); the scale answers
 *
 * <pre>
 *   STX d d . d d d CR        weight record, e.g. 02 "01.234" 0D  (no unit: the scale's unit is configured)
 *   STX ? s CR                status record, when the weight cannot be given
 * </pre>
 *
 * Status byte {@code s} (bit set = true): b0 motion, b1 out of range (overload), b2 under zero,
 * b3 outside zero capture range, b4 centre of zero, b5 and b6 always 1, b7 parity (ignored).
 * A weight record is only sent when the scale is not in motion, so it counts as stable.
 */
public final class Toledo8213Protocol implements ScaleProtocol {

    private static final Logger log = LoggerFactory.getLogger(Toledo8213Protocol.class);

    public static final byte STX = 0x02;
    public static final byte CR = 0x0D;
    public static final byte[] WEIGHT_REQUEST = {'W'};
    public static final int MOTION = 0x01;
    public static final int OVER_RANGE = 0x02;
    public static final int UNDER_ZERO = 0x04;
    private static final int ALWAYS_SET = 0x60;
    private static final int MAX_FRAME = 16;
    private static final Pattern WEIGHT = Pattern.compile("\\s*[0-9]*\\.?[0-9]+\\s*");

    private final WeightUnit unit;
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
    private boolean inFrame;

    public Toledo8213Protocol(WeightUnit unit) {
        this.unit = unit;
    }

    @Override
    public synchronized List<ScaleFrame> accept(byte[] data) {
        List<ScaleFrame> out = new ArrayList<>(1);
        for (byte b : data) {
            if (b == STX) {
                inFrame = true;
                frame.reset();
            } else if (!inFrame) {
                // bytes outside STX..CR are noise
            } else if (b == CR) {
                inFrame = false;
                parse(frame.toByteArray()).ifPresentOrElse(out::add,
                        () -> log.debug("Scale record not understood: {}", frame));
            } else if (frame.size() >= MAX_FRAME) {
                inFrame = false;
            } else {
                frame.write(b);
            }
        }
        return out;
    }

    @Override
    public Optional<byte[]> request() {
        return Optional.of(WEIGHT_REQUEST.clone());
    }

    private Optional<ScaleFrame> parse(byte[] body) {
        if (body.length == 2 && body[0] == '?') {
            int status = body[1] & 0x7F;
            if ((status & OVER_RANGE) != 0) {
                return Optional.of(new ScaleFrame.Overload());
            }
            if ((status & UNDER_ZERO) != 0) {
                return Optional.of(new ScaleFrame.UnderZero());
            }
            if ((status & MOTION) != 0) {
                return Optional.of(new ScaleFrame.Motion());
            }
            return Optional.empty(); // e.g. the answer to a zero command
        }
        String text = new String(body, StandardCharsets.US_ASCII);
        if (!WEIGHT.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ScaleFrame.Weight(unit.toGrams(new BigDecimal(text.strip())), true));
    }

    /** The record a scale would answer for a frame, with three decimals in the given unit, for simulators. */
    public static byte[] encode(ScaleFrame frame, WeightUnit unit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(STX);
        switch (frame) {
            case ScaleFrame.Weight w when w.stableFlag() && w.grams() >= 0 -> {
                String value = unit.fromGrams(w.grams(), 3).toPlainString();
                out.writeBytes(("0".repeat(Math.max(0, 6 - value.length())) + value).getBytes(StandardCharsets.US_ASCII));
            }
            case ScaleFrame.Weight w when w.grams() < 0 -> status(out, UNDER_ZERO);
            case ScaleFrame.Weight w -> status(out, MOTION);
            case ScaleFrame.Motion m -> status(out, MOTION);
            case ScaleFrame.UnderZero u -> status(out, UNDER_ZERO);
            case ScaleFrame.Overload o -> status(out, OVER_RANGE);
        }
        out.write(CR);
        return out.toByteArray();
    }

    private static void status(ByteArrayOutputStream out, int bits) {
        out.write('?');
        out.write(ALWAYS_SET | bits);
    }

}
