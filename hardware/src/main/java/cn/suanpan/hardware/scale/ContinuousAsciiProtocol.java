package cn.suanpan.hardware.scale;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The continuous ASCII line sent several times a second by many Chinese retail and counting
 * scales (and A&amp;D-style indicators):
 *
 * <pre>
 *   ST,GS,+  0.736kg CR LF
 *   │  │  │└─value─┘└unit
 *   │  │  └ sign: + or -
 *   │  └ mode: GS gross, NT net (optional: "ST,+  0.736kg" is accepted too)
 *   └ state: ST stable, US unstable, OL overload (the value is then ignored)
 * </pre>
 *
 * The value is digits with at most one decimal point, padded with spaces or zeros; the unit is
 * kg, g or lb. A line ends at LF (a CR before it is dropped) or at a lone CR. Lines that do not
 * parse are dropped: scales send noise while powering up.
 */
public final class ContinuousAsciiProtocol implements ScaleProtocol {

    private static final Logger log = LoggerFactory.getLogger(ContinuousAsciiProtocol.class);
    private static final int MAX_LINE = 40;
    private static final Pattern LINE = Pattern.compile(
            "(ST|US),(?:(GS|NT),)?\\s*([+-])?\\s*([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)?\\s*(kg|g|lb)?\\s*",
            Pattern.CASE_INSENSITIVE);

    private final StringBuilder line = new StringBuilder();
    private boolean overflow;

    @Override
    public synchronized List<ScaleFrame> accept(byte[] data) {
        List<ScaleFrame> out = new ArrayList<>(2);
        for (byte b : data) {
            if (b == '\r' || b == '\n') {
                if (!overflow && !line.isEmpty()) {
                    parse(line.toString()).ifPresentOrElse(out::add,
                            () -> log.debug("Scale line not understood: {}", line));
                }
                line.setLength(0);
                overflow = false;
            } else if (line.length() >= MAX_LINE) {
                overflow = true;
            } else {
                line.append((char) (b & 0xFF));
            }
        }
        return out;
    }

    @Override
    public Optional<byte[]> request() {
        return Optional.empty();
    }

    /** One line without its line ending. */
    public static Optional<ScaleFrame> parse(String text) {
        String line = text.strip();
        if (line.regionMatches(true, 0, "OL,", 0, 3)) {
            return Optional.of(new ScaleFrame.Overload()); // whatever the value field holds
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches() || m.group(4) == null || m.group(5) == null) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(4).endsWith(".") ? m.group(4) + "0" : m.group(4));
        if ("-".equals(m.group(3))) {
            value = value.negate();
        }
        WeightUnit unit = WeightUnit.ofSymbol(m.group(5)).orElseThrow();
        return Optional.of(new ScaleFrame.Weight(unit.toGrams(value), m.group(1).equalsIgnoreCase("ST")));
    }

    /** The line a scale would send for a frame (kg, three decimals), for simulators. */
    public static String encode(ScaleFrame frame) {
        return switch (frame) {
            case ScaleFrame.Weight w -> (w.stableFlag() ? "ST" : "US") + ",GS," + (w.grams() < 0 ? "-" : "+")
                    + pad(BigDecimal.valueOf(Math.abs(w.grams()), 3).toPlainString(), 7) + "kg\r\n";
            case ScaleFrame.Overload o -> "OL,GS,+" + pad("", 7) + "kg\r\n";
            case ScaleFrame.Motion mo -> "US,GS,+" + pad("0.000", 7) + "kg\r\n";
            case ScaleFrame.UnderZero u -> "US,GS,-" + pad("0.000", 7) + "kg\r\n";
        };
    }

    public static byte[] encodeBytes(ScaleFrame frame) {
        return encode(frame).getBytes(StandardCharsets.US_ASCII);
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
