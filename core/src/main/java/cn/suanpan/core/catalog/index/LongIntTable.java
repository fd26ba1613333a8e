package cn.suanpan.core.catalog.index;

import java.util.Arrays;

/**
 * A map from non-negative {@code long} to {@code int} by open addressing with linear
 * probing, in one flat array instead of a {@code HashMap}'s boxed key, boxed value and entry
 * per mapping (about 21 bytes a mapping at most three-quarters full, against some 60). Key
 * and value sit side by side, so a lookup in a table far bigger than the CPU caches costs
 * one cache miss. Removal shifts the following entries back, so no tombstones build up
 * under updates. Not thread-safe; {@link CatalogIndex} guards it.
 */
final class LongIntTable {

    static final int ABSENT = -1;
    private static final long EMPTY = -1L;

    /** Slot i holds its key at 2i and its value at 2i + 1. */
    private long[] table;
    private int capacity;
    private int size;
    private int shift;

    LongIntTable(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 29, expected * 4L / 3 + 1)) - 1) << 1);
    }

    int size() {
        return size;
    }

    int get(long key) {
        int mask = capacity - 1;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = table[2 * i];
            if (k == key) {
                return (int) table[2 * i + 1];
            }
            if (k == EMPTY) {
                return ABSENT;
            }
        }
    }

    /** Maps {@code key} to {@code value}; returns the previous value or {@link #ABSENT}. */
    int put(long key, int value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        int mask = capacity - 1;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = table[2 * i];
            if (k == key) {
                int old = (int) table[2 * i + 1];
                table[2 * i + 1] = value;
                return old;
            }
            if (k == EMPTY) {
                table[2 * i] = key;
                table[2 * i + 1] = value;
                if (++size > capacity / 4 * 3) {
                    grow();
                }
                return ABSENT;
            }
        }
    }

    /** Removes {@code key}; returns its value or {@link #ABSENT}. */
    int remove(long key) {
        int mask = capacity - 1;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = table[2 * i];
            if (k == EMPTY) {
                return ABSENT;
            }
            if (k == key) {
                int old = (int) table[2 * i + 1];
                shiftBack(i, mask);
                size--;
                return old;
            }
        }
    }

    /** Fills the hole at {@code hole} with a later entry of the same probe run, repeatedly. */
    private void shiftBack(int hole, int mask) {
        int j = hole;
        while (true) {
            j = (j + 1) & mask;
            long k = table[2 * j];
            if (k == EMPTY) {
                break;
            }
            int home = slot(k);
            // the entry at j may stay unless its home lies cyclically outside (hole, j]
            boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!stays) {
                table[2 * hole] = k;
                table[2 * hole + 1] = table[2 * j + 1];
                hole = j;
            }
        }
        table[2 * hole] = EMPTY;
    }

    private int slot(long key) {
        // Fibonacci hashing: the multiply spreads sequential codes over the whole table
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void allocate(int newCapacity) {
        capacity = newCapacity;
        table = new long[2 * newCapacity];
        Arrays.fill(table, EMPTY);
        shift = 64 - Integer.numberOfTrailingZeros(newCapacity);
    }

    private void grow() {
        long[] old = table;
        allocate(capacity * 2);
        int mask = capacity - 1;
        for (int j = 0; j < old.length; j += 2) {
            long k = old[j];
            if (k != EMPTY) {
                int i = slot(k);
                while (table[2 * i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                table[2 * i] = k;
                table[2 * i + 1] = old[j + 1];
            }
        }
    }
}
