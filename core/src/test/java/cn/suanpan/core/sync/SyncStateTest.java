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
        store.inTransactionRun(tx -> SyncState.startSnapshot(tx, "catalog", List.of(UUID.randomUUID())));

        Enrolment second = new Enrolment("http://b", UUID.randomUUID(), UUID.randomUUID(), null, "s2", AT);
        store.inTransactionRun(tx -> SyncState.saveEnrolment(tx, second, seal));

        assertThat(SyncState.enrolment(store.dsl(), seal)).contains(second);
        assertThat(SyncState.cursor(store.dsl(), "catalog").position()).isZero();
        assertThat(SyncState.undelivered(store.dsl(), "catalog")).isEmpty();
    }

    @Test
    void aSnapshotAwaitsWhatWasHeldUntilDeliveredOrEnded() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        store.inTransactionRun(tx -> SyncState.startSnapshot(tx, "catalog", List.of(a, b, b, c)));
        store.inTransactionRun(tx -> SyncState.startSnapshot(tx, "members", List.of(a)));
        store.inTransactionRun(tx -> SyncState.delivered(tx, "catalog", List.of(a, a, UUID.randomUUID())));

        assertThat(SyncState.undelivered(store.dsl(), "catalog")).containsExactlyInAnyOrder(b, c);
        assertThat(SyncState.undelivered(store.dsl(), "members")).containsExactly(a);
        // a snapshot started again awaits what is held then, not what the last one left
        store.inTransactionRun(tx -> SyncState.startSnapshot(tx, "catalog", List.of(c)));
        assertThat(SyncState.undelivered(store.dsl(), "catalog")).containsExactly(c);
        store.inTransactionRun(tx -> SyncState.endSnapshot(tx, "catalog"));
        assertThat(SyncState.undelivered(store.dsl(), "catalog")).isEmpty();
        assertThat(SyncState.undelivered(store.dsl(), "members")).containsExactly(a);
    }

    @Test
    void aSnapshotAfterAnEmptyOneStrikesOffWhatItDelivers() {
        // the terminal's first snapshot held nothing, so "is anything awaited?" answered no;
        // the same question asked again in a later transaction, after rows were added, must
        // not be answered from that earlier result (ADR 20: parsed statements outlive their
        // transaction, so H2's reuse of a query's last result is switched off)
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        store.inTransactionRun(tx -> SyncState.startSnapshot(tx, "catalog", List.of()));
        store.inTransactionRun(tx -> SyncState.delivered(tx, "catalog", List.of(a)));

        store.inTransactionRun(tx -> {
            SyncState.startSnapshot(tx, "catalog", List.of(a, b));
            SyncState.delivered(tx, "catalog", List.of(a));
        });

        assertThat(SyncState.undelivered(store.dsl(), "catalog")).containsExactly(b);
    }

    @Test
    void aSnapshotOfANewTerminalListsNothingAndAPageIsStruckOffInOneGo() {
        store.inTransactionRun(tx -> SyncState.startSnapshot(tx, "catalog", List.of()));
        store.inTransactionRun(tx -> SyncState.delivered(tx, "catalog", List.of(UUID.randomUUID())));
        assertThat(SyncState.undelivered(store.dsl(), "catalog")).isEmpty();

        List<UUID> held = java.util.stream.Stream.generate(UUID::randomUUID).limit(3_000).toList();
        store.inTransactionRun(tx -> SyncState.startSnapshot(tx, "catalog", held));
        store.inTransactionRun(tx -> SyncState.delivered(tx, "catalog", held.subList(0, 2_000)));

        assertThat(SyncState.undelivered(store.dsl(), "catalog")).hasSize(1_000).containsAll(held.subList(2_000, 3_000));
    }

    @Test
    void aSnapshotUnderWayWhenItsListChangedMeaningStartsAgain(@TempDir Path old) {
        store.close();
        // a store of the release before (schema 5), pulling a catalog snapshot when it stopped
        var dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + old.toAbsolutePath().resolve(LocalStore.DB_NAME));
        dataSource.setUser("sa");
        org.flywaydb.core.Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("5").load().migrate();
        try (var connection = dataSource.getConnection()) {
            var dsl = org.jooq.impl.DSL.using(connection, org.jooq.SQLDialect.H2);
            var cursor = cn.suanpan.core.store.schema.Tables.SYNC_CURSOR;
            dsl.insertInto(cursor, cursor.STREAM, cursor.POSITION, cursor.IN_SNAPSHOT, cursor.UPDATED_AT)
                    .values("catalog", 40L, true, AT).values("members", 7L, false, AT).execute();
            dsl.insertInto(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("SYNC_SNAPSHOT_SEEN")),
                    org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("STREAM")), org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("ENTITY_ID")))
                    .values("catalog", UUID.randomUUID()).execute();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }

        store = LocalStore.open(old);

        assertThat(SyncState.cursor(store.dsl(), "catalog")).isEqualTo(new Cursor("catalog", 0, false));
        assertThat(SyncState.cursor(store.dsl(), "members")).isEqualTo(new Cursor("members", 7, false));
        assertThat(SyncState.undelivered(store.dsl(), "catalog")).isEmpty();
    }
}
