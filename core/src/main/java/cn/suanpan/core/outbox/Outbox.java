package cn.suanpan.core.outbox;

import static cn.suanpan.core.store.schema.Tables.SYNC_OUTBOX;

import cn.suanpan.core.store.Counters;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Events waiting for the cloud. Appended in the same transaction as the change they
 * describe, numbered without gaps so the cloud can acknowledge the highest contiguous
 * sequence, and deleted only once acknowledged.
 */
public final class Outbox {

    static final String SEQUENCE = "outbox";

    private Outbox() {
    }

    /** Appends an event inside the caller's transaction and returns its sequence number. */
    public static long append(DSLContext tx, UUID eventId, String type, String payload, Instant at) {
        long seq = Counters.next(tx, SEQUENCE);
        tx.insertInto(SYNC_OUTBOX)
                .set(SYNC_OUTBOX.SEQ, seq)
                .set(SYNC_OUTBOX.EVENT_ID, eventId)
                .set(SYNC_OUTBOX.EVENT_TYPE, type)
                .set(SYNC_OUTBOX.PAYLOAD, payload)
                .set(SYNC_OUTBOX.CREATED_AT, at)
                .execute();
        return seq;
    }

    public static int pending(DSLContext dsl) {
        return dsl.fetchCount(SYNC_OUTBOX);
    }

    /** Deletes every event up to and including {@code seq}, once the cloud has acknowledged it. */
    public static int acknowledge(DSLContext tx, long seq) {
        return tx.deleteFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.SEQ.le(seq)).execute();
    }
}
