package cn.suanpan.core.catalog.index;

/**
 * Turns a string of 1 to 18 digits into a distinct non-negative {@code long}, so that
 * barcodes and scale codes can key a {@link LongIntTable}. Leading zeros count: "0123" and
 * "123" get different keys (codes of each length occupy their own range).
 */
final class NumericCode {

    static final int MAX_DIGITS = 18;
    static final long NONE = -1;

    /** OFFSET[n] = number of digit strings shorter than n (lengths 1..n-1). */
    private static final long[] OFFSET = new long[MAX_DIGITS + 1];

    static {
        long power = 10;
        for (int n = 2; n <= MAX_DIGITS; n++) {
            OFFSET[n] = OFFSET[n - 1] + power;
            power *= 10;
        }
    }

    private NumericCode() {
    }

    /** The key of {@code code}, or {@link #NONE} when it is not 1 to 18 ASCII digits. */
    static long key(CharSequence code) {
        int n = code.length();
        if (n == 0 || n > MAX_DIGITS) {
            return NONE;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return NONE;
            }
            value = value * 10 + (c - '0');
        }
        return OFFSET[n] + value;
    }

    /** The numeric value of 1 to 18 ASCII digits (leading zeros ignored), or {@link #NONE}. */
    static long value(CharSequence code) {
        long key = key(code);
        return key == NONE ? NONE : key - OFFSET[code.length()];
    }
}
