package cn.suanpan.core.store;

import static cn.suanpan.core.store.schema.Tables.COUNTER;

import org.jooq.DSLContext;

/**
 * Gapless numbers (outbox sequence, receipt numbers). The counter row is locked and
 * advanced inside the caller's transaction, so a number is used exactly when the
 * transaction that took it commits.
 */
public final class Counters {

    private Counters() {
    }

    /** The next value of {@code name}, starting at 1; call inside a transaction. */
    public static long next(DSLContext tx, String name) {
        return next(tx, name, 1);
    }

    /**
     * Takes {@code count} consecutive values of {@code name} at once and returns the first:
     * a sale numbers its outbox events with one statement, not one per event. The update
     * locks the row until the transaction ends, as a {@code SELECT ... FOR UPDATE} would.
     */
    public static long next(DSLContext tx, String name, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        Long after = tx.update(COUNTER).set(COUNTER.NEXT_VALUE, COUNTER.NEXT_VALUE.plus((long) count))
                .where(COUNTER.NAME.eq(name))
                .returningResult(COUNTER.NEXT_VALUE).fetchOne(COUNTER.NEXT_VALUE);
        if (after == null) {
            tx.insertInto(COUNTER).set(COUNTER.NAME, name).set(COUNTER.NEXT_VALUE, 1L + count).execute();
            return 1;
        }
        return after - count;
    }

    /** The value {@link #next} would return, without taking it. */
    public static long peek(DSLContext dsl, String name) {
        Long value = dsl.select(COUNTER.NEXT_VALUE).from(COUNTER).where(COUNTER.NAME.eq(name)).fetchOne(COUNTER.NEXT_VALUE);
        return value == null ? 1 : value;
    }
}
