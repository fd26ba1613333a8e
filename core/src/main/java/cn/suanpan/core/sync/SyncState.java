package cn.suanpan.core.sync;

import static cn.suanpan.core.store.schema.Tables.SYNC_CURSOR;
import static cn.suanpan.core.store.schema.Tables.SYNC_ENROLMENT;
import static cn.suanpan.core.store.schema.Tables.SYNC_SNAPSHOT_UNDELIVERED;

import cn.suanpan.core.secrets.SecretSeal;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * What the sync client keeps in the terminal's store: its enrolment with the cloud and a
 * cursor per pulled stream. A cursor is written with {@link #saveCursor} inside the
 * transaction that applies the page it follows, so a crash can never leave a page
 * applied without its cursor, or a cursor ahead of what was applied.
 */
public final class SyncState {

    private SyncState() {
    }

    /**
     * The terminal's enrolment: which cloud, which terminal it is there, and the signing
     * secret (in the store sealed by a {@link SecretSeal}, here in the clear).
     */
    public record Enrolment(String cloudUrl, UUID terminalId, UUID shopId, String shopName, String secret, Instant enrolledAt) {
    }

    /** How far a stream has been applied, and whether a full snapshot of it is under way. */
    public record Cursor(String stream, long position, boolean inSnapshot) {

        public static Cursor start(String stream) {
            return new Cursor(stream, 0, false);
        }
    }

    /** The enrolment with its secret opened by {@code seal} (the column holds it sealed). */
    public static Optional<Enrolment> enrolment(DSLContext dsl, SecretSeal seal) {
        return dsl.selectFrom(SYNC_ENROLMENT).where(SYNC_ENROLMENT.ID.eq(1)).fetchOptional(r -> new Enrolment(
                r.getCloudUrl(), r.getTerminalId(), r.getShopId(), r.getShopName(), seal.open(r.getSecret()), r.getEnrolledAt()));
    }

    /** Whether the terminal is enrolled, without opening its secret. */
    public static boolean enrolled(DSLContext dsl) {
        return dsl.fetchExists(SYNC_ENROLMENT, SYNC_ENROLMENT.ID.eq(1));
    }

    /**
     * Seals a secret stored in the clear by a version that did not seal it yet; true when
     * there was one.
     */
    public static boolean sealClearSecret(DSLContext tx, SecretSeal seal) {
        String stored = tx.select(SYNC_ENROLMENT.SECRET).from(SYNC_ENROLMENT).where(SYNC_ENROLMENT.ID.eq(1)).fetchOne(SYNC_ENROLMENT.SECRET);
        if (stored == null || SecretSeal.isSealed(stored)) {
            return false;
        }
        return tx.update(SYNC_ENROLMENT).set(SYNC_ENROLMENT.SECRET, seal.seal(stored)).where(SYNC_ENROLMENT.ID.eq(1)).execute() == 1;
    }

    /**
     * Records (or replaces) the enrolment. A new enrolment may point at another cloud or
     * shop, so the cursors of the old one are forgotten with it.
     */
    public static void saveEnrolment(DSLContext tx, Enrolment e, SecretSeal seal) {
        tx.deleteFrom(SYNC_ENROLMENT).execute();
        tx.deleteFrom(SYNC_CURSOR).execute();
        tx.deleteFrom(SYNC_SNAPSHOT_UNDELIVERED).execute();
        tx.insertInto(SYNC_ENROLMENT)
                .set(SYNC_ENROLMENT.ID, 1)
                .set(SYNC_ENROLMENT.CLOUD_URL, e.cloudUrl())
                .set(SYNC_ENROLMENT.TERMINAL_ID, e.terminalId())
                .set(SYNC_ENROLMENT.SHOP_ID, e.shopId())
                .set(SYNC_ENROLMENT.SHOP_NAME, e.shopName())
                .set(SYNC_ENROLMENT.SECRET, seal.seal(e.secret()))
                .set(SYNC_ENROLMENT.ENROLLED_AT, e.enrolledAt())
                .execute();
    }

    public static Cursor cursor(DSLContext dsl, String stream) {
        return dsl.selectFrom(SYNC_CURSOR).where(SYNC_CURSOR.STREAM.eq(stream))
                .fetchOptional(r -> new Cursor(stream, r.getPosition(), r.getInSnapshot()))
                .orElse(Cursor.start(stream));
    }

    /** Moves a stream's cursor; call in the transaction that applied the page. */
    public static void saveCursor(DSLContext tx, Cursor cursor, Instant at) {
        int updated = tx.update(SYNC_CURSOR)
                .set(SYNC_CURSOR.POSITION, cursor.position())
                .set(SYNC_CURSOR.IN_SNAPSHOT, cursor.inSnapshot())
                .set(SYNC_CURSOR.UPDATED_AT, at)
                .where(SYNC_CURSOR.STREAM.eq(cursor.stream()))
                .execute();
        if (updated == 0) {
            tx.insertInto(SYNC_CURSOR)
                    .set(SYNC_CURSOR.STREAM, cursor.stream())
                    .set(SYNC_CURSOR.POSITION, cursor.position())
                    .set(SYNC_CURSOR.IN_SNAPSHOT, cursor.inSnapshot())
                    .set(SYNC_CURSOR.UPDATED_AT, at)
                    .execute();
        }
    }

    /**
     * Starts a full snapshot of a stream: {@code held} is what the terminal holds of it now.
     * What the snapshot does not deliver of it is gone from the cloud. Only what was held is
     * listed, not what is delivered: a new terminal's first snapshot, of a catalog of any
     * size, lists nothing.
     */
    public static void startSnapshot(DSLContext tx, String stream, Collection<UUID> held) {
        tx.deleteFrom(SYNC_SNAPSHOT_UNDELIVERED).where(SYNC_SNAPSHOT_UNDELIVERED.STREAM.eq(stream)).execute();
        if (held.isEmpty()) {
            return;
        }
        var batch = tx.batch(tx.insertInto(SYNC_SNAPSHOT_UNDELIVERED, SYNC_SNAPSHOT_UNDELIVERED.STREAM,
                SYNC_SNAPSHOT_UNDELIVERED.ENTITY_ID).values((String) null, (UUID) null));
        for (UUID id : new java.util.LinkedHashSet<>(held)) {
            batch = batch.bind(stream, id);
        }
        batch.execute();
    }

    /** Notes entities a snapshot page delivered: they are no longer awaited. */
    public static void delivered(DSLContext tx, String stream, Collection<UUID> ids) {
        if (ids.isEmpty() || !tx.fetchExists(SYNC_SNAPSHOT_UNDELIVERED, SYNC_SNAPSHOT_UNDELIVERED.STREAM.eq(stream))) {
            return;
        }
        // one delete per entity, each found by its whole key: "entity_id IN (...)" made H2
        // scan the stream's whole list
        var batch = tx.batch(tx.deleteFrom(SYNC_SNAPSHOT_UNDELIVERED).where(SYNC_SNAPSHOT_UNDELIVERED.STREAM.eq((String) null))
                .and(SYNC_SNAPSHOT_UNDELIVERED.ENTITY_ID.eq((UUID) null)));
        for (UUID id : new java.util.LinkedHashSet<>(ids)) {
            batch = batch.bind(stream, id);
        }
        batch.execute();
    }

    /** What the terminal held when the stream's snapshot started and the snapshot has not delivered (yet). */
    public static java.util.Set<UUID> undelivered(DSLContext dsl, String stream) {
        return new java.util.HashSet<>(dsl.select(SYNC_SNAPSHOT_UNDELIVERED.ENTITY_ID).from(SYNC_SNAPSHOT_UNDELIVERED)
                .where(SYNC_SNAPSHOT_UNDELIVERED.STREAM.eq(stream)).fetch(SYNC_SNAPSHOT_UNDELIVERED.ENTITY_ID));
    }

    /** Forgets the stream's snapshot list, once its last page is applied. */
    public static void endSnapshot(DSLContext tx, String stream) {
        tx.deleteFrom(SYNC_SNAPSHOT_UNDELIVERED).where(SYNC_SNAPSHOT_UNDELIVERED.STREAM.eq(stream)).execute();
    }
}
