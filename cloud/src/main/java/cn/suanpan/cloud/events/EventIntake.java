package cn.suanpan.cloud.events;

import static cn.suanpan.cloud.store.schema.Tables.TERMINAL;
import static cn.suanpan.cloud.store.schema.Tables.TERMINAL_EVENT;

import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.store.schema.tables.records.TerminalRecord;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.EventResult;
import cn.suanpan.sync.protocol.EventStatus;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.ProtocolException;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.PushRequest;
import cn.suanpan.sync.protocol.PushResponse;
import cn.suanpan.sync.protocol.PushedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Takes a terminal's pushed batch in one transaction: each event is applied once (the
 * key is terminal and event id), a repeat gets its original result back, and the answer
 * carries the highest sequence up to which the cloud holds every event of the terminal.
 * The terminal's row is locked first, so two deliveries of the same batch (a retry
 * racing a slow original) are applied one after the other, never both.
 */
public final class EventIntake {

    private final CloudStore store;
    private final EventApplier rules;
    private final JsonCodec codec;
    private final Clock clock;

    public EventIntake(CloudStore store, EventApplier rules, JsonCodec codec, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.codec = codec;
        this.clock = clock;
    }

    public PushResponse push(UUID terminalId, PushRequest request) {
        List<Runnable> afterCommit = new ArrayList<>();
        PushResponse response = store.inTransaction(tx -> {
            afterCommit.clear();
            TerminalRecord terminal = tx.selectFrom(TERMINAL).where(TERMINAL.ID.eq(terminalId)).forUpdate().fetchOne();
            if (terminal == null) {
                throw new ProtocolException(ErrorCode.UNKNOWN_TERMINAL, "terminal " + terminalId + " is not enrolled here");
            }
            Instant now = clock.instant();
            List<UUID> ids = request.events().stream().map(PushedEvent::eventId).toList();
            Map<UUID, Held> known = new HashMap<>();
            Map<Long, UUID> seqHolders = new HashMap<>();
            if (!ids.isEmpty()) {
                // by event id alone, so the database takes the event id's index (with the
                // terminal in the condition too, H2 scans all of the terminal's events)
                tx.select(TERMINAL_EVENT.TERMINAL_ID, TERMINAL_EVENT.EVENT_ID, TERMINAL_EVENT.STATUS, TERMINAL_EVENT.REASON)
                        .from(TERMINAL_EVENT).where(TERMINAL_EVENT.EVENT_ID.in(ids))
                        .forEach(r -> {
                            if (r.value1().equals(terminalId)) {
                                known.put(r.value2(), new Held(EventStatus.valueOf(r.value3()), r.value4()));
                            }
                        });
                // a range on (terminal, seq) uses the index; a list of 500 seqs would not
                long lowest = request.events().stream().mapToLong(PushedEvent::seq).min().orElseThrow();
                long highest = request.events().stream().mapToLong(PushedEvent::seq).max().orElseThrow();
                tx.select(TERMINAL_EVENT.SEQ, TERMINAL_EVENT.EVENT_ID).from(TERMINAL_EVENT)
                        .where(TERMINAL_EVENT.TERMINAL_ID.eq(terminalId))
                        .and(TERMINAL_EVENT.SEQ.between(lowest, highest))
                        .forEach(r -> seqHolders.putIfAbsent(r.value1(), r.value2()));
            }
            BatchBookings bookings = new BatchBookings(request.events(), terminal.getShopId(), terminalId);
            bookings.lockStock(tx);
            EventApplier.Context ctx = new EventApplier.Context(terminal.getShopId(), terminalId, now, afterCommit, bookings);
            List<EventResult> results = new ArrayList<>(request.events().size());
            // one insert bound once per event (jOOQ's batchInsert of records renders each anew)
            var stored = tx.batch(tx.insertInto(TERMINAL_EVENT, TERMINAL_EVENT.TERMINAL_ID, TERMINAL_EVENT.EVENT_ID,
                            TERMINAL_EVENT.SEQ, TERMINAL_EVENT.EVENT_TYPE, TERMINAL_EVENT.PAYLOAD, TERMINAL_EVENT.CREATED_AT,
                            TERMINAL_EVENT.RECEIVED_AT, TERMINAL_EVENT.STATUS, TERMINAL_EVENT.REASON)
                    .values((UUID) null, null, null, null, null, null, null, null, null));
            int storing = 0;
            for (PushedEvent e : request.events()) {
                Held original = known.get(e.eventId());
                if (original != null) {
                    results.add(new EventResult(e.seq(), e.eventId(), original.status(), true, original.reason()));
                    continue;
                }
                UUID holder = seqHolders.get(e.seq());
                Outcome outcome = holder != null
                        // a terminal restored from an old backup numbers new events again:
                        // keep them for review rather than guess which one is right
                        ? Outcome.parked("sequence " + e.seq() + " was already used by event " + holder)
                        : rules.apply(tx, ctx, e);
                seqHolders.putIfAbsent(e.seq(), e.eventId());
                String reason = cut(outcome.reason());
                stored = stored.bind(terminalId, e.eventId(), e.seq(), e.type(), codec.write(e.payload()), e.createdAt(), now,
                        outcome.status().name(), reason);
                storing++;
                known.put(e.eventId(), new Held(outcome.status(), reason));
                results.add(new EventResult(e.seq(), e.eventId(), outcome.status(), false, reason));
            }
            ctx.bookings().flush();
            if (storing > 0) {
                stored.execute();
            }
            long acknowledged = contiguousFrom(tx, terminalId, terminal.getAcknowledgedSeq());
            tx.update(TERMINAL).set(TERMINAL.ACKNOWLEDGED_SEQ, acknowledged).set(TERMINAL.LAST_SEEN_AT, now)
                    .where(TERMINAL.ID.eq(terminalId)).execute();
            return new PushResponse(Protocol.VERSION, acknowledged, results);
        });
        for (Runnable r : afterCommit) {
            try {
                r.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(EventIntake.class).warn("after-commit action failed", e);
            }
        }
        return response;
    }

    /** What the cloud holds of an event: its status and reason, all a repeat is answered. */
    private record Held(EventStatus status, String reason) {
    }

    /** The highest n such that every sequence number in (from, n] is held for the terminal. */
    private static long contiguousFrom(DSLContext tx, UUID terminalId, long from) {
        long acknowledged = from;
        while (true) {
            // ordered like the (terminal, seq) index, so H2 reads it in order instead of sorting
            List<Long> seqs = tx.select(TERMINAL_EVENT.SEQ).from(TERMINAL_EVENT)
                    .where(TERMINAL_EVENT.TERMINAL_ID.eq(terminalId)).and(TERMINAL_EVENT.SEQ.gt(acknowledged))
                    .orderBy(TERMINAL_EVENT.TERMINAL_ID, TERMINAL_EVENT.SEQ).limit(2_000).fetch(TERMINAL_EVENT.SEQ);
            long before = acknowledged;
            for (long seq : seqs) {
                if (seq == acknowledged + 1) {
                    acknowledged = seq;
                } else if (seq > acknowledged + 1) {
                    return acknowledged;
                }
            }
            if (seqs.size() < 2_000 || acknowledged == before) {
                return acknowledged;
            }
        }
    }

    private static String cut(String reason) {
        return reason == null || reason.length() <= 400 ? reason : reason.substring(0, 400);
    }
}
