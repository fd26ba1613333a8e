package cn.suanpan.core.outbox;

import static cn.suanpan.core.store.schema.Tables.SYNC_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.store.LocalStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    private static final Instant AT = Instant.parse("2025-03-01T02:03:04Z");

    @TempDir
    Path tmp;

    private LocalStore store;

    @BeforeEach
    void open() {
        store = LocalStore.open(tmp);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long append(String type) {
        return store.inTransaction(tx -> Outbox.append(tx, UUID.randomUUID(), type, "{\"n\":1}", AT));
    }

    @Test
    void appendedEventsAreNumberedInOrderAndStored() {
        UUID eventId = UUID.randomUUID();
        long first = store.inTransaction(tx -> Outbox.append(tx, eventId, "sale.completed", "{\"total\":350}", AT));
        long second = append("sale.completed");
        long third = append("shift.closed");

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(third).isEqualTo(3);
        assertThat(Outbox.pending(store.dsl())).isEqualTo(3);
        var row = store.dsl().selectFrom(SYNC_OUTBOX).where(SYNC_OUTBOX.SEQ.eq(1L)).fetchOne();
        assertThat(row.getEventId()).isEqualTo(eventId);
        assertThat(row.getEventType()).isEqualTo("sale.completed");
        assertThat(row.getPayload()).isEqualTo("{\"total\":350}");
        assertThat(row.getCreatedAt()).isEqualTo(AT);
        assertThat(row.getAttempts()).isZero();
    }

    /**
     * Payloads up to 16 KB are kept in their row, longer ones in H2's LOB storage (ADR 20):
     * both come back whole, after the store is opened again too.
     */
    @Test
    void payloadsShortAndLongerThanTheInPlaceLimitComeBackWhole() {
        String small = "{\"name\":\"可口可乐\"}";
        String nearLimit = "{\"pad\":\"" + "算".repeat(5_000) + "\"}";
        String large = "{\"pad\":\"" + "x".repeat(200_000) + "\"}";
        store.inTransactionRun(tx -> {
            Outbox.append(tx, UUID.randomUUID(), "t", small, AT);
            Outbox.append(tx, UUID.randomUUID(), "t", nearLimit, AT);
            Outbox.append(tx, UUID.randomUUID(), "t", large, AT);
        });
        store.close();
        store = LocalStore.open(tmp);

        assertThat(Outbox.peekBatch(store.dsl(), 10)).extracting(Outbox.PendingEvent::payload)
                .containsExactly(small, nearLimit, large);
    }

    @Test
    void eventsAppendedTogetherAreNumberedInTheOrderGiven() {
        append("shift.opened");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();

        long first = store.inTransaction(tx -> Outbox.appendAll(tx, java.util.List.of(
                new Outbox.NewEvent(a, "sale.completed", "{\"n\":1}", AT), new Outbox.NewEvent(b, "stock.moved", "{\"n\":2}", AT))));

        assertThat(first).isEqualTo(2);
        assertThat(Outbox.peekBatch(store.dsl(), 10)).extracting(Outbox.PendingEvent::seq, Outbox.PendingEvent::eventId,
                Outbox.PendingEvent::payload).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, Outbox.peekBatch(store.dsl(), 1).getFirst().eventId(), "{\"n\":1}"),
                org.assertj.core.groups.Tuple.tuple(2L, a, "{\"n\":1}"),
                org.assertj.core.groups.Tuple.tuple(3L, b, "{\"n\":2}"));
        assertThat(append("shift.closed")).isEqualTo(4);
    }

    @Test
    void acknowledgeDeletesUpToTheSequenceAndNumberingGoesOn() {
        append("a");
        append("b");
        append("c");

        int deleted = store.inTransaction(tx -> Outbox.acknowledge(tx, 2));

        assertThat(deleted).isEqualTo(2);
        assertThat(Outbox.pending(store.dsl())).isEqualTo(1);
        assertThat(store.dsl().selectFrom(SYNC_OUTBOX).fetch(SYNC_OUTBOX.SEQ)).containsExactly(3L);
        // sequence numbers are never reused, even once their rows are gone
        assertThat(append("d")).isEqualTo(4);
        int again = store.inTransaction(tx -> Outbox.acknowledge(tx, 2));
        assertThat(again).isZero();
    }

    @Test
    void anEventOfARolledBackChangeIsNeitherStoredNorNumbered() {
        append("a");
        assertThatThrownBy(() -> store.inTransactionRun(tx -> {
            Outbox.append(tx, UUID.randomUUID(), "sale.completed", "{}", AT);
            throw new IllegalStateException("the sale itself failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Outbox.pending(store.dsl())).isEqualTo(1);
        assertThat(append("b")).isEqualTo(2);
    }

    @Test
    void peekReturnsTheOldestEventsInOrderAndTakesNothingOut() {
        UUID first = UUID.randomUUID();
        store.inTransaction(tx -> Outbox.append(tx, first, "stock.moved", "{\"q\":-1000}", AT));
        append("b");
        append("c");
        store.inTransaction(tx -> Outbox.acknowledge(tx, 1));

        var batch = Outbox.peekBatch(store.dsl(), 5);
        assertThat(batch).extracting(Outbox.PendingEvent::seq).containsExactly(2L, 3L);
        assertThat(Outbox.peekBatch(store.dsl(), 1)).extracting(Outbox.PendingEvent::seq).containsExactly(2L);
        assertThat(Outbox.pending(store.dsl())).isEqualTo(2);
        assertThat(batch.get(0).type()).isEqualTo("b");
        assertThat(batch.get(0).payload()).isEqualTo("{\"n\":1}");
        assertThat(batch.get(0).createdAt()).isEqualTo(AT);
        assertThatThrownBy(() -> Outbox.peekBatch(store.dsl(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oldestPendingIsTheFirstInSequenceAndEmptyWhenDrained() {
        assertThat(Outbox.oldestPendingAt(store.dsl())).isEmpty();
        store.inTransaction(tx -> Outbox.append(tx, UUID.randomUUID(), "a", "{}", AT));
        store.inTransaction(tx -> Outbox.append(tx, UUID.randomUUID(), "b", "{}", AT.minusSeconds(60)));
        assertThat(Outbox.oldestPendingAt(store.dsl())).contains(AT);
        store.inTransaction(tx -> Outbox.acknowledge(tx, 2));
        assertThat(Outbox.oldestPendingAt(store.dsl())).isEmpty();
    }

    @Test
    void aFailedAttemptIsCountedWithItsReasonOnTheEventsSent() {
        append("a");
        append("b");
        append("c");
        store.inTransaction(tx -> Outbox.recordFailure(tx, 1, 2, "connection refused"));
        store.inTransaction(tx -> Outbox.recordFailure(tx, 1, 2, "x".repeat(5000)));

        var batch = Outbox.peekBatch(store.dsl(), 3);
        assertThat(batch).extracting(Outbox.PendingEvent::attempts).containsExactly(2, 2, 0);
        assertThat(batch.get(0).lastError()).hasSize(1000);
        assertThat(batch.get(2).lastError()).isNull();
        assertThat(Outbox.pending(store.dsl())).isEqualTo(3);
    }

    @Test
    void acknowledgedThroughIsJustBelowTheOldestHeldEvent() {
        assertThat(Outbox.acknowledgedThrough(store.dsl())).isZero();
        append("a");
        append("b");
        assertThat(Outbox.acknowledgedThrough(store.dsl())).isZero();
        store.inTransaction(tx -> Outbox.acknowledge(tx, 1));
        assertThat(Outbox.acknowledgedThrough(store.dsl())).isEqualTo(1);
        store.inTransaction(tx -> Outbox.acknowledge(tx, 2));
        assertThat(Outbox.acknowledgedThrough(store.dsl())).isEqualTo(2);
    }
}
