package cn.suanpan.hardware.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * CODE128 content as the data bytes of GS k 73. ESC/POS wants an explicit code set before
 * the data ("{B" for text), a doubled "{" for a literal brace, and in code set C one byte of
 * value 0–99 per digit pair. Runs of digits go into code set C, which halves their width:
 * on a 58 mm roll that decides whether a receipt number fits at all.
 *
 * @param data    the bytes after GS k 73 n
 * @param symbols the number of 11-module symbols, start and check symbol included
 */
public record Code128Data(byte[] data, int symbols) {

    /** Width of the whole symbol in modules: the symbols plus the 13-module stop pattern. */
    public int modules() {
        return symbols * 11 + 13;
    }

    /** Quiet zone a scanner needs on each side, in modules. */
    public static final int QUIET_ZONE = 10;

    /**
     * @throws IllegalArgumentException if the content is empty or not printable ASCII
     */
    public static Code128Data of(String content) {
        if (content.isEmpty() || !content.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("CODE128 content must be printable ASCII: " + content);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length() + 8);
        int symbols = 2; // start and check symbol
        char set = 0;
        int n = content.length();
        int i = 0;
        while (i < n) {
            int digits = digitRun(content, i);
            boolean useC = set == 'C' ? digits >= 2
                    : set == 0 ? digits >= 4
                    : digits >= 6 || (digits >= 4 && i + digits == n);
            if (useC) {
                if (digits % 2 == 1 && set != 'C') {
                    // odd run: the first digit goes in code set B so the rest pairs up
                    symbols += switchTo('B', set, out);
                    set = 'B';
                    out.write(content.charAt(i++));
                    symbols++;
                    digits--;
                }
                symbols += switchTo('C', set, out);
                set = 'C';
                while (digits >= 2) {
                    out.write((content.charAt(i) - '0') * 10 + (content.charAt(i + 1) - '0'));
                    symbols++;
                    i += 2;
                    digits -= 2;
                }
            } else {
                symbols += switchTo('B', set, out);
                set = 'B';
                char c = content.charAt(i++);
                out.write(c);
                if (c == '{') {
                    out.write('{');
                }
                symbols++;
            }
        }
        return new Code128Data(out.toByteArray(), symbols);
    }

    private static int switchTo(char wanted, char current, ByteArrayOutputStream out) {
        if (wanted == current) {
            return 0;
        }
        out.write('{');
        out.write(wanted);
        return current == 0 ? 0 : 1; // the start symbol is already counted
    }

    private static int digitRun(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /**
     * The widest bar module, in dots, at which the symbol and its quiet zones fit the paper:
     * 3 dots when there is room, never less than {@code minModule}, or 0 if it does not fit.
     */
    public int moduleWidthFor(int paperDots, int minModule) {
        for (int module = 3; module >= minModule; module--) {
            if ((modules() + 2 * QUIET_ZONE) * module <= paperDots) {
                return module;
            }
        }
        return 0;
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Code128Data other && other.symbols == symbols && Arrays.equals(other.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + symbols;
    }

    @Override
    public String toString() {
        return "Code128Data[" + symbols + " symbols]";
    }
}
