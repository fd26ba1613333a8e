package cn.suanpan.hardware.display;

import java.text.Normalizer;
import java.util.Map;

/**
 * Makes any text showable on a plain ASCII pole display. Chinese-capable VFDs are rare, and
 * the ones sold with most POS kits show garbage for anything above 0x7F, so:
 * full-width forms become ASCII ("ＡＢＣ１２３" → "ABC123"), accents are dropped ("Café" →
 * "Cafe"), a few symbols get an ASCII stand-in ("¥" → "Y", "×" → "x"), and whatever is left
 * (Chinese characters) is removed, runs of it leaving a single space. A caller that can
 * transliterate Chinese (to pinyin, say) does so before handing text to the display.
 */
public final class DisplayText {

    private static final Map<Character, String> STAND_INS = Map.ofEntries(
            Map.entry('¥', "Y"), Map.entry('￥', "Y"), Map.entry('×', "x"), Map.entry('÷', "/"),
            Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('‘', "'"), Map.entry('’', "'"),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('·', "."), Map.entry('•', "."),
            Map.entry('…', "..."), Map.entry('、', ","), Map.entry('。', "."), Map.entry('，', ","),
            Map.entry('：', ":"), Map.entry('（', "("), Map.entry('）', ")"), Map.entry('€', "EUR"),
            Map.entry('°', "o"), Map.entry('ß', "ss"), Map.entry('Æ', "AE"), Map.entry('æ', "ae"),
            Map.entry('Ø', "O"), Map.entry('ø', "o"), Map.entry('Đ', "D"), Map.entry('đ', "d"));

    private static final java.util.regex.Pattern EMPTY_BRACKETS = java.util.regex.Pattern.compile("\\(\\s*\\)|\\[\\s*\\]");

    private DisplayText() {}

    /** Printable ASCII only, single spaces, no leading or trailing space. */
    public static String toAscii(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder mapped = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String standIn = STAND_INS.get(c);
            mapped.append(standIn != null ? standIn : String.valueOf(c));
        }
        String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // the accent of a decomposed letter
            }
            if (c > 0x20 && c < 0x7F) {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else {
                pendingSpace = true; // spaces, controls and anything unshowable
            }
        }
        // brackets whose Chinese content was removed say nothing
        return EMPTY_BRACKETS.matcher(out).replaceAll("").replaceAll(" {2,}", " ").strip();
    }

    /** Exactly {@code width} characters: cut, or padded on the right. */
    public static String fit(String ascii, int width) {
        return ascii.length() >= width ? ascii.substring(0, width) : ascii + " ".repeat(width - ascii.length());
    }

    /** {@code left} and {@code right} on one line of {@code width}: the right part is kept whole, the left is cut. */
    public static String spread(String left, String right, int width) {
        if (right.length() >= width) {
            return right.substring(right.length() - width);
        }
        int room = width - right.length() - (left.isEmpty() ? 0 : 1);
        String l = left.length() > room ? left.substring(0, Math.max(0, room)) : left;
        return l + " ".repeat(width - l.length() - right.length()) + right;
    }

    /** Centred on a line of {@code width}. */
    public static String center(String ascii, int width) {
        if (ascii.length() >= width) {
            return ascii.substring(0, width);
        }
        int left = (width - ascii.length()) / 2;
        return " ".repeat(left) + ascii + " ".repeat(width - ascii.length() - left);
    }

    /** Fen as yuan with two decimals: 1250 → "12.50", -5 → "-0.05". */
    public static String yuan(long fen) {
        long abs = Math.abs(fen);
        return (fen < 0 ? "-" : "") + (abs / 100) + "." + (abs % 100 < 10 ? "0" : "") + (abs % 100);
    }
}
