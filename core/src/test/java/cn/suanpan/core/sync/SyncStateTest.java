package cn.suanpan.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.secrets.SecretSeal;
import cn.suanpan.core.sync.SyncState.Cursor;
import cn.suanpan.core.sync.SyncState.Enrolment;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncStateTest {

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

    @Test
    void aStreamStartsAtZeroAndItsCursorMovesOnlyWithItsTransaction() {
        assertThat(SyncState.cursor(store.dsl(), "catalog")).isEqualTo(Cursor.start("catalog"));

        store.inTransactionRun(tx -> SyncState.saveCursor(tx, new Cursor("catalog", 40, true), AT));
        assertThatThrownBy(() -> store.inTransactionRun(tx -> {
            SyncState.saveCursor(tx, new Cursor("catalog", 80, false), AT);
            throw new IllegalStateException("the page failed to apply");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(SyncState.cursor(store.dsl(), "catalog")).isEqualTo(new Cursor("catalog", 40, true));
        assertThat(SyncState.cursor(store.dsl(), "members").position()).isZero();
    }

    @Test
    void anEnrolmentReplacesTheLastAndForgetsItsCursors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path keys) {
        SecretSeal seal = SecretSeal.keyFile(keys.resolve("sync.key"), "terminal-secret");
        assertThat(SyncState.enrolment(store.dsl(), seal)).isEmpty();
        Enrolment first = new Enrolment("http://a", UUID.randomUUID(), UUID.randomUUID(), "店", "s1", AT);
        store.inTransactionRun(tx -> SyncState.saveEnrolment(tx, first, seal));
        store.inTransactionRun(tx -> SyncState.saveCursor(tx, new Cursor("catalog", 9, false), AT));
        store.inTransactionRun(tx -> SyncState.markSeen(tx, "catalog", List.of(UUID.randomUUID())));

        Enrolment second = new Enrolment("http://b", UUID.randomUUID(), UUID.randomUUID(), null, "s2", AT);
        store.inTransactionRun(tx -> SyncState.saveEnrolment(tx, second, seal));

        assertThat(SyncState.enrolment(store.dsl(), seal)).contains(second);
        assertThat(SyncState.cursor(store.dsl(), "catalog").position()).isZero();
        assertThat(SyncState.seen(store.dsl(), "catalog")).isEmpty();
    }

    @Test
    void seenEntitiesAccumulateWithoutDuplicatesUntilCleared() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        store.inTransactionRun(tx -> SyncState.markSeen(tx, "catalog", List.of(a, a)));
        store.inTransactionRun(tx -> SyncState.markSeen(tx, "catalog", List.of(a, b)));
        store.inTransactionRun(tx -> SyncState.markSeen(tx, "members", List.of(a)));

        assertThat(SyncState.seen(store.dsl(), "catalog")).containsExactlyInAnyOrder(a, b);
        store.inTransactionRun(tx -> SyncState.clearSeen(tx, "catalog"));
        assertThat(SyncState.seen(store.dsl(), "catalog")).isEmpty();
        assertThat(SyncState.seen(store.dsl(), "members")).containsExactly(a);
    }

    @Test
    void aFullPageOfSeenEntitiesIsNotedInOneGo() {
        List<UUID> page = java.util.stream.Stream.generate(UUID::randomUUID).limit(2_000).toList();
        store.inTransactionRun(tx -> SyncState.markSeen(tx, "catalog", page.subList(0, 1_500)));
        store.inTransactionRun(tx -> SyncState.markSeen(tx, "catalog", page.subList(1_000, 2_000)));

        assertThat(SyncState.seen(store.dsl(), "catalog")).hasSize(2_000).containsAll(page);
    }
}
