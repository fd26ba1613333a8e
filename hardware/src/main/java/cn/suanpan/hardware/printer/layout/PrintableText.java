package cn.suanpan.hardware.printer.layout;

import cn.suanpan.hardware.printer.PrinterCharset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes text printable on one printer before it is measured and encoded. Characters the
 * printer has no glyph for are replaced by a visible mark of the same width — □ (U+25A1,
 * in GBK) for wide ones, ? for narrow ones — so columns still line up, and every
 * replacement is recorded so the cashier can be told. Control characters are replaced too:
 * a product name must never reach the printer as a command.
 */
public final class PrintableText {

    public static final String WIDE_MARK = "□";
    public static final String NARROW_MARK = "?";

    private final PrinterCharset charset;
    private final List<Replacement> replacements = new ArrayList<>();

    public PrintableText(PrinterCharset charset) {
        this.charset = charset;
    }

    /** Returns {@code text} with every unprintable character replaced. */
    public String clean(String text) {
        if (isPlainAscii(text)) {
            return text;
        }
        // composed form first: "e" + U+0301 becomes "é", which GBK can print
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!charset.isPrintable(cp)) {
                if (out == null) {
                    out = new StringBuilder(composed.length()).append(composed, 0, i);
                }
                if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
                    out.append(' '); // no-break and other spaces (common in imported names) are just spaces
                } else {
                    String mark = markFor(cp);
                    replacements.add(new Replacement(cp, mark));
                    out.append(mark);
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? composed : out.toString();
    }

    /** What was replaced so far, in order. */
    public List<Replacement> replacements() {
        return List.copyOf(replacements);
    }

    private static String markFor(int codePoint) {
        if (isDefaultIgnorable(codePoint)) {
            return "";
        }
        return TextWidth.of(codePoint) == 2 ? WIDE_MARK : NARROW_MARK;
    }

    /** Invisible characters that only steer the rendering of their neighbours. */
    private static boolean isDefaultIgnorable(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F)          // variation selectors (emoji presentation)
                || (cp >= 0xE0100 && cp <= 0xE01EF)    // variation selectors supplement
                || (cp >= 0x200B && cp <= 0x200F)      // zero width space, joiners, direction marks
                || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }
}
