package cn.suanpan.core.catalog.index;

import java.util.Arrays;
import java.util.List;

/**
 * For each group of four consecutive digits (0000 to 9999), the products with a barcode
 * containing it. A partial barcode of four or more digits then needs to look only at the
 * products of one group, the smallest among the query's groups (about a thousand products
 * for a million 13-digit barcodes), instead of reading every barcode: it costs about 40 bytes
 * a product, against milliseconds of scanning per keystroke.
 *
 * <p>Only barcodes of digits are entered; the rare codes with letters are searched apart.
 * Search checks every product it takes from a group against its barcodes, so an entry left
 * behind costs a check, never a wrong result. Not thread-safe; {@link CatalogIndex} guards it.
 */
final class DigitGrams {

    static final int GRAM = 4;
    private static final int GRAMS = 10_000;
    private static final int[] NONE = new int[0];

    private final int[][] lists = new int[GRAMS][];
    private final int[] sizes = new int[GRAMS];
    /**
     * While building: (gram, ordinal) pairs in arrival order, distributed to the lists at the
     * end. Appending to ten thousand growing lists in turn would miss the CPU caches on
     * almost every entry and copy each list as it grows.
     */
    private int[] logGrams;
    private int[] logOrdinals;
    private int logSize;

    DigitGrams() {
        Arrays.fill(lists, NONE);
    }

    /** Starts a bulk build of an empty index: until {@link #finishBuild}, entries are logged. */
    void startBuild() {
        logGrams = new int[1 << 16];
        logOrdinals = new int[1 << 16];
        logSize = 0;
    }

    void finishBuild() {
        for (int i = 0; i < logSize; i++) {
            sizes[logGrams[i]]++;
        }
        int[] filled = new int[GRAMS];
        for (int g = 0; g < GRAMS; g++) {
            if (sizes[g] > 0) {
                lists[g] = new int[sizes[g]];
            }
        }
        for (int i = 0; i < logSize; i++) {
            int g = logGrams[i];
            lists[g][filled[g]++] = logOrdinals[i];
        }
        logGrams = null;
        logOrdinals = null;
        logSize = 0;
    }

    void add(int ordinal, List<String> codes) {
        int[] grams = gramsOf(codes);
        if (logGrams != null) {
            for (int g : grams) {
                if (logSize == logGrams.length) {
                    logGrams = Arrays.copyOf(logGrams, logSize * 2);
                    logOrdinals = Arrays.copyOf(logOrdinals, logSize * 2);
                }
                logGrams[logSize] = g;
                logOrdinals[logSize++] = ordinal;
            }
            return;
        }
        for (int g : grams) {
            int n = sizes[g];
            if (n == lists[g].length) {
                lists[g] = Arrays.copyOf(lists[g], Math.max(4, n + (n >> 1)));
            }
            lists[g][n] = ordinal;
            sizes[g] = n + 1;
        }
    }

    void remove(int ordinal, List<String> codes) {
        for (int g : gramsOf(codes)) {
            int[] list = lists[g];
            int n = sizes[g];
            for (int i = 0; i < n; i++) {
                if (list[i] == ordinal) {
                    list[i] = list[n - 1];
                    sizes[g] = n - 1;
                    break;
                }
            }
        }
    }

    /** The gram of {@code digits} (four or more ASCII digits) with the fewest products. */
    int rarest(String digits) {
        int best = -1;
        for (int i = 0; i + GRAM <= digits.length(); i++) {
            int g = gram(digits, i);
            if (best < 0 || sizes[g] < sizes[best]) {
                best = g;
            }
        }
        return best;
    }

    int[] list(int gram) {
        return lists[gram];
    }

    int size(int gram) {
        return sizes[gram];
    }

    /** The distinct grams of the digit-only codes. */
    private static int[] gramsOf(List<String> codes) {
        int[] grams = new int[16];
        int count = 0;
        for (String code : codes) {
            if (!isDigits(code)) {
                continue;
            }
            for (int i = 0; i + GRAM <= code.length(); i++) {
                int g = gram(code, i);
                boolean seen = false;
                for (int k = 0; k < count && !seen; k++) {
                    seen = grams[k] == g;
                }
                if (!seen) {
                    if (count == grams.length) {
                        grams = Arrays.copyOf(grams, count * 2);
                    }
                    grams[count++] = g;
                }
            }
        }
        return Arrays.copyOf(grams, count);
    }

    private static int gram(String digits, int at) {
        return (digits.charAt(at) - '0') * 1000 + (digits.charAt(at + 1) - '0') * 100
                + (digits.charAt(at + 2) - '0') * 10 + (digits.charAt(at + 3) - '0');
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
