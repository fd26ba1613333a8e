package cn.suanpan.core.outbox;

import static cn.suanpan.core.store.schema.Tables.SYNC_OUTBOX;

import cn.suanpan.core.store.Counters;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** An event to append with {@link #appendAll}. */
    public record NewEvent(UUID eventId, String type, String payload, Instant at) {
    }

    /**
     * Appends events inside the caller's transaction, numbered in the order given, with one
     * counter update and one insert whatever their number; returns the first sequence number.
     */
    public static long appendAll(DSLContext tx, List<NewEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("no events to append");
        }
        long first = Counters.next(tx, SEQUENCE, events.size());
        var insert = tx.insertInto(SYNC_OUTBOX, SYNC_OUTBOX.SEQ, SYNC_OUTBOX.EVENT_ID, SYNC_OUTBOX.EVENT_TYPE,
                SYNC_OUTBOX.PAYLOAD, SYNC_OUTBOX.CREATED_AT);
        for (int i = 0; i < events.size(); i++) {
            NewEvent e = events.get(i);
            insert = insert.values(first + i, e.eventId(), e.type(), e.payload(), e.at());
        }
        insert.execute();
        return first;
    }

    public static int pending(DSLContext dsl) {
        return dsl.fetchCount(SYNC_OUTBOX);
    }

    /** Deletes every event up to and including {@code seq}, once the cloud has acknowledged it. */
    public static int acknowledge(DSLContext tx, long seq) {
        return tx.deleteFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.SEQ.le(seq)).execute();
    }

    /** An event waiting to be sent, as stored. */
    public record PendingEvent(long seq, UUID eventId, String type, String payload, Instant createdAt, int attempts,
                               String lastError) {
    }

    /** The oldest {@code limit} events, in sequence order, without taking them out. */
    public static List<PendingEvent> peekBatch(DSLContext dsl, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return dsl.selectFrom(SYNC_OUTBOX).orderBy(SYNC_OUTBOX.SEQ).limit(limit)
                .fetch(r -> new PendingEvent(r.getSeq(), r.getEventId(), r.getEventType(), r.getPayload(), r.getCreatedAt(),
                        r.getAttempts(), r.getLastError()));
    }

    /**
     * The highest sequence number this terminal no longer holds: everything up to it was
     * acknowledged (0 for a terminal that never sent anything). A new enrolment tells the
     * cloud to count from here.
     */
    public static long acknowledgedThrough(DSLContext dsl) {
        Long lowest = dsl.select(org.jooq.impl.DSL.min(SYNC_OUTBOX.SEQ)).from(SYNC_OUTBOX).fetchOne(0, Long.class);
        return lowest != null ? lowest - 1 : Counters.peek(dsl, SEQUENCE) - 1;
    }

    /** When the oldest waiting event was made, or empty when nothing waits. */
    public static Optional<Instant> oldestPendingAt(DSLContext dsl) {
        return dsl.select(SYNC_OUTBOX.CREATED_AT).from(SYNC_OUTBOX).orderBy(SYNC_OUTBOX.SEQ).limit(1)
                .fetchOptional(SYNC_OUTBOX.CREATED_AT);
    }

    /**
     * Counts a failed attempt to send the events {@code fromSeq..toSeq} and keeps the reason
     * (cut to the column's size), so a queue that does not drain can be explained.
     */
    public static int recordFailure(DSLContext tx, long fromSeq, long toSeq, String error) {
        String reason = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        return tx.update(SYNC_OUTBOX)
                .set(SYNC_OUTBOX.ATTEMPTS, SYNC_OUTBOX.ATTEMPTS.plus(1))
                .set(SYNC_OUTBOX.LAST_ERROR, reason)
                .where(SYNC_OUTBOX.SEQ.between(fromSeq, toSeq))
                .execute();
    }
}
