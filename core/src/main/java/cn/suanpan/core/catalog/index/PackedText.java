package cn.suanpan.core.catalog.index;

import java.util.Arrays;

/**
 * One text column of a {@link Segment}: every product's value in one {@code String}, each
 * value preceded by {@link #SEP} and the last one followed by it
 * ({@code SEP v0 SEP v1 SEP ... v(n-1) SEP}).
 *
 * <p>Why packed: a million products have seven texts each, and a {@code String} per text
 * would cost about 40 bytes of headers before the first character. Packed, a column of a
 * thousand products is two objects, and values with only Latin-1 characters (pinyin,
 * English, barcodes) take one byte per character (the JDK's compact strings). The word
 * dictionaries of {@link WordIndex} are packed the same way and searched with
 * {@link String#indexOf}, which the JIT compiles to a vectorised scan.
 *
 * <p>Instances are immutable; a change makes a new column ({@link #with}) at the cost of
 * copying it, which is cheap for one segment of a thousand products.
 */
final class PackedText {

    /** Precedes every value; never part of a value or a query. */
    static final char SEP = '\u0000';

    final String text;
    /** {@code start[i]} is the first character of value i; {@code start[count]} is text.length(). */
    private final int[] start;
    final int count;

    private PackedText(String text, int[] start, int count) {
        this.text = text;
        this.start = start;
        this.count = count;
    }

    static PackedText empty() {
        return new PackedText(String.valueOf(SEP), new int[] {1}, 0);
    }

    static PackedText of(String[] values, int n) {
        int chars = 1;
        for (int i = 0; i < n; i++) {
            chars += values[i].length() + 1;
        }
        // bulk copies into one char array, then one compacting String constructor: much
        // cheaper than appending value by value to a builder that may have to widen itself
        char[] buffer = new char[chars];
        int[] start = new int[n + 1];
        int at = 0;
        buffer[at++] = SEP;
        for (int i = 0; i < n; i++) {
            start[i] = at;
            String v = clean(values[i]);
            v.getChars(0, v.length(), buffer, at);
            at += v.length();
            buffer[at++] = SEP;
        }
        start[n] = at;
        return new PackedText(new String(buffer), start, n);
    }

    int start(int i) {
        return start[i];
    }

    /** Index of the separator that ends value i. */
    int end(int i) {
        return start[i + 1] - 1;
    }

    int length(int i) {
        return start[i + 1] - 1 - start[i];
    }

    String value(int i) {
        return text.substring(start[i], start[i + 1] - 1);
    }

    /** The value that holds character {@code pos} (a separator belongs to the value after it). */
    int slotAt(int pos) {
        int i = Arrays.binarySearch(start, 0, count, pos);
        return i >= 0 ? i : -i - 2;
    }

    boolean valueEquals(int i, String s) {
        return length(i) == s.length() && text.startsWith(s, start[i]);
    }

    /** Whether value i, folded, equals {@code folded}. */
    boolean valueEqualsFolded(int i, String folded) {
        if (length(i) != folded.length()) {
            return false;
        }
        int from = start[i];
        for (int k = 0; k < folded.length(); k++) {
            if (foldChar(text.charAt(from + k)) != folded.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Compares value i here with value j of {@code other}, by UTF-16 code units. */
    int compareValues(int i, PackedText other, int j) {
        int a = start[i];
        int b = other.start[j];
        int la = length(i);
        int lb = other.length(j);
        int n = Math.min(la, lb);
        for (int k = 0; k < n; k++) {
            char ca = text.charAt(a + k);
            char cb = other.text.charAt(b + k);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return la - lb;
    }

    /** A copy with value i replaced, or appended when {@code i == count}. */
    PackedText with(int i, String value) {
        String v = clean(value);
        boolean append = i == count;
        int from = append ? text.length() : start[i];
        int to = append ? text.length() : end(i);
        String tail = append ? String.valueOf(SEP) : "";
        String text2 = text.substring(0, from) + v + tail + text.substring(to);
        int[] start2 = Arrays.copyOf(start, append ? count + 2 : count + 1);
        if (append) {
            start2[count + 1] = text2.length();
        } else {
            int delta = v.length() - (to - from);
            for (int k = i + 1; k <= count; k++) {
                start2[k] += delta;
            }
        }
        return new PackedText(text2, start2, append ? count + 1 : count);
    }

    /**
     * Folds character by character, so that offsets stay valid: lower case, and full-width
     * ASCII forms (what a Chinese input method types in full-width mode) as plain ASCII.
     * Returns the same instance when nothing changes.
     */
    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (foldChar(c) != c) {
                char[] chars = s.toCharArray();
                for (int k = i; k < chars.length; k++) {
                    chars[k] = foldChar(chars[k]);
                }
                return new String(chars);
            }
        }
        return s;
    }

    static char foldChar(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c >= '\u3400' && c <= '\u9FFF') {
            return c; // CJK ideographs have no case: the common case of a name, kept cheap
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            return ' ';
        }
        return Character.toLowerCase(c);
    }

    private static String clean(String v) {
        return v.indexOf(SEP) < 0 ? v : v.replace(SEP, ' ');
    }

}
