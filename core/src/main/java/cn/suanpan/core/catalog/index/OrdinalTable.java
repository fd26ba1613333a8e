package cn.suanpan.core.catalog.index;

/**
 * A hash set of product ordinals keyed by a string that the products themselves hold (the
 * SKU): the table stores only the ordinal and the key's hash, and asks {@link Keys} to
 * compare the key, so the SKU text is kept once, in its packed column. Open addressing with
 * linear probing and backward-shift removal, like {@link LongIntTable}. Not thread-safe.
 */
final class OrdinalTable {

    interface Keys {
        boolean keyEquals(int ordinal, String key);
    }

    static final int ABSENT = -1;

    private final Keys keys;
    /** ordinal + 1, or 0 for an empty slot. */
    private int[] slots;
    private int[] hashes;
    private int size;

    OrdinalTable(Keys keys, int expected) {
        this.keys = keys;
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, expected * 2L)) - 1) << 1;
        slots = new int[capacity];
        hashes = new int[capacity];
    }

    int find(String key) {
        int h = hash(key);
        int mask = slots.length - 1;
        for (int i = h & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && keys.keyEquals(slots[i] - 1, key)) {
                return slots[i] - 1;
            }
        }
        return ABSENT;
    }

    /** Adds an ordinal whose key is not in the table yet. */
    void add(String key, int ordinal) {
        insert(hash(key), ordinal);
        if (++size > slots.length / 2) {
            grow();
        }
    }

    /** The ordinal holding {@code key}; if none, adds {@code ordinal} for it and returns {@link #ABSENT}. */
    int findOrAdd(String key, int ordinal) {
        int h = hash(key);
        int mask = slots.length - 1;
        int i = h & mask;
        for (; slots[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && keys.keyEquals(slots[i] - 1, key)) {
                return slots[i] - 1;
            }
        }
        slots[i] = ordinal + 1;
        hashes[i] = h;
        if (++size > slots.length / 2) {
            grow();
        }
        return ABSENT;
    }

    boolean remove(String key) {
        int h = hash(key);
        int mask = slots.length - 1;
        for (int i = h & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && keys.keyEquals(slots[i] - 1, key)) {
                shiftBack(i, mask);
                size--;
                return true;
            }
        }
        return false;
    }

    private void insert(int h, int ordinal) {
        int mask = slots.length - 1;
        int i = h & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = ordinal + 1;
        hashes[i] = h;
    }

    private void shiftBack(int hole, int mask) {
        int j = hole;
        while (true) {
            j = (j + 1) & mask;
            if (slots[j] == 0) {
                break;
            }
            int home = hashes[j] & mask;
            boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!stays) {
                slots[hole] = slots[j];
                hashes[hole] = hashes[j];
                hole = j;
            }
        }
        slots[hole] = 0;
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != 0) {
                insert(oldHashes[j], oldSlots[j] - 1);
            }
        }
    }

    private static int hash(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
