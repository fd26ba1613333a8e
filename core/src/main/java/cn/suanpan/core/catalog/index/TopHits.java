package cn.suanpan.core.catalog.index;

/**
 * The best {@code limit} matches seen so far, best first, one entry per product. Ranked by
 * match kind, then name length (shorter first: "可乐" before "可口可乐 500ml 整箱"), then
 * by a tie-break on name and SKU so that results do not depend on storage order.
 *
 * <p>A match no better than the current worst of a full list is rejected after one
 * comparison, which is what almost every match of a frequent query is; only accepted
 * matches pay for the duplicate check and the insertion.
 */
final class TopHits {

    interface TieBreak {
        int compare(int ordinalA, int ordinalB);
    }

    private static final MatchKind[] KINDS = MatchKind.values();
    private static final MatchField[] FIELDS = MatchField.values();

    private final int limit;
    private final TieBreak tieBreak;
    private final int[] ordinals;
    private final byte[] kinds;
    private final byte[] fields;
    private final int[] nameLengths;
    private int size;

    /** More results than a screen can show are never useful, and each costs insertion work. */
    static final int MAX_LIMIT = 10_000;

    TopHits(int limit, TieBreak tieBreak) {
        this.limit = Math.min(limit, MAX_LIMIT);
        this.tieBreak = tieBreak;
        int capacity = this.limit + 1;
        ordinals = new int[capacity];
        kinds = new byte[capacity];
        fields = new byte[capacity];
        nameLengths = new int[capacity];
    }

    /** False when a match of this kind and name length certainly cannot enter the list. */
    boolean admits(MatchKind kind, int nameLength) {
        if (size < limit) {
            return true;
        }
        int k = kind.ordinal();
        int worst = kinds[size - 1];
        return k < worst || k == worst && nameLength <= nameLengths[size - 1];
    }

    void offer(int ordinal, MatchKind kind, MatchField field, int nameLength) {
        byte k = (byte) kind.ordinal();
        if (size == limit && compare(k, nameLength, ordinal, size - 1) >= 0) {
            return;
        }
        for (int i = 0; i < size; i++) {
            if (ordinals[i] == ordinal) {
                if (compare(k, nameLength, ordinal, i) >= 0) {
                    return;
                }
                System.arraycopy(ordinals, i + 1, ordinals, i, size - i - 1);
                System.arraycopy(kinds, i + 1, kinds, i, size - i - 1);
                System.arraycopy(fields, i + 1, fields, i, size - i - 1);
                System.arraycopy(nameLengths, i + 1, nameLengths, i, size - i - 1);
                size--;
                break;
            }
        }
        int at = size;
        while (at > 0 && compare(k, nameLength, ordinal, at - 1) < 0) {
            at--;
        }
        int moved = Math.min(size, limit - 1) - at;
        if (moved > 0) {
            System.arraycopy(ordinals, at, ordinals, at + 1, moved);
            System.arraycopy(kinds, at, kinds, at + 1, moved);
            System.arraycopy(fields, at, fields, at + 1, moved);
            System.arraycopy(nameLengths, at, nameLengths, at + 1, moved);
        }
        ordinals[at] = ordinal;
        kinds[at] = k;
        fields[at] = (byte) field.ordinal();
        nameLengths[at] = nameLength;
        size = Math.min(size + 1, limit);
    }

    private int compare(byte kind, int nameLength, int ordinal, int i) {
        if (kind != kinds[i]) {
            return kind - kinds[i];
        }
        if (nameLength != nameLengths[i]) {
            return nameLength - nameLengths[i];
        }
        return ordinal == ordinals[i] ? 0 : tieBreak.compare(ordinal, ordinals[i]);
    }

    int size() {
        return size;
    }

    int ordinal(int i) {
        return ordinals[i];
    }

    MatchKind kind(int i) {
        return KINDS[kinds[i]];
    }

    MatchField field(int i) {
        return FIELDS[fields[i]];
    }
}
