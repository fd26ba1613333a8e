package cn.suanpan.cloud.orders;

import java.time.Duration;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Wakes the long polls of a shop's counters when its online orders change, whichever
 * node the change went through. On PostgreSQL the change's transaction sends a
 * notification that every node listens for ({@link PostgresOrderSignals}); on H2 (one
 * embedded node) there is nobody else to tell and the long poll looks again every quarter
 * second ({@link #POLLING}). Either way a poll that is woken, or that waits its turn out,
 * asks the database: a signal only says "look now".
 */
public interface OrderSignals extends AutoCloseable {

    /** The notification channel; its payload is the shop's id. */
    String CHANNEL = "suanpan_orders";

    /** Where the shop's signals stand; take it before reading the database. */
    long mark(UUID shopId);

    /**
     * Waits until a signal for the shop comes after {@code mark}, or at most
     * {@code max}. True when a signal came, false when the time ran out.
     */
    boolean await(UUID shopId, long mark, Duration max) throws InterruptedException;

    @Override
    default void close() {
    }

    /**
     * Tells every node, when the caller's transaction commits, that the shop's orders
     * changed. PostgreSQL delivers a notification only on commit, and only once however
     * often it is sent in one transaction; on other databases this does nothing.
     */
    static void changed(DSLContext tx, UUID shopId) {
        if (tx.dialect().family() == SQLDialect.POSTGRES) {
            tx.select(DSL.function("pg_notify", Object.class, DSL.val(CHANNEL), DSL.val(shopId.toString()))).fetch();
        }
    }

    /** No signals: every wait looks again after a quarter second. */
    OrderSignals POLLING = new OrderSignals() {
        @Override
        public long mark(UUID shopId) {
            return 0;
        }

        @Override
        public boolean await(UUID shopId, long mark, Duration max) throws InterruptedException {
            Thread.sleep(Math.max(0, Math.min(max.toMillis(), 250)));
            return false;
        }
    };
}
