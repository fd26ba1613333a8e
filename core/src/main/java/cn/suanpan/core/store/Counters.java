package cn.suanpan.core.store;

import static cn.suanpan.core.store.schema.Tables.COUNTER;

import cn.suanpan.core.store.schema.tables.records.CounterRecord;
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
        CounterRecord row = tx.selectFrom(COUNTER).where(COUNTER.NAME.eq(name)).forUpdate().fetchOne();
        if (row == null) {
            tx.insertInto(COUNTER).set(COUNTER.NAME, name).set(COUNTER.NEXT_VALUE, 2L).execute();
            return 1;
        }
        long value = row.getNextValue();
        tx.update(COUNTER).set(COUNTER.NEXT_VALUE, value + 1).where(COUNTER.NAME.eq(name)).execute();
        return value;
    }

    /** The value {@link #next} would return, without taking it. */
    public static long peek(DSLContext dsl, String name) {
        Long value = dsl.select(COUNTER.NEXT_VALUE).from(COUNTER).where(COUNTER.NAME.eq(name)).fetchOne(COUNTER.NEXT_VALUE);
        return value == null ? 1 : value;
    }
}
