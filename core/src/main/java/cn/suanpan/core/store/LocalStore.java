package cn.suanpan.core.store;

import cn.suanpan.core.i18n.SuanpanException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's own database: one H2 file in the data directory, migrated by Flyway on
 * open, used through jOOQ. Only one process may hold it: a second terminal on the same
 * files is refused with a clear message, and so is a database from a newer release.
 */
public final class LocalStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStore.class);

    /** H2's "Database may be already in use" error. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    public static final String DB_NAME = "suanpan";

    private final Path file;
    private final StorePool pool;
    private final DSLContext dsl;
    private final String schemaVersion;

    private LocalStore(Path file, StorePool pool, String schemaVersion) {
        this.file = file;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** Opens (creating and migrating when needed) the database in {@code dbDir}. */
    public static LocalStore open(Path dbDir) {
        Path base = dbDir.toAbsolutePath().resolve(DB_NAME);
        try {
            Files.createDirectories(dbDir);
        } catch (java.io.IOException e) {
            throw new SuanpanException("store.dirNotWritable", dbDir);
        }
        // WRITE_DELAY=0: a commit reaches the operating system before the call returns,
        // so a killed process never loses an acknowledged sale.
        // QUERY_CACHE_SIZE: a sale commit runs more distinct statements than H2's default of 8
        // parsed statements per connection holds; parsing them again cost more than running
        // them (ADR 10). They stay parsed from one transaction to the next only because the
        // pool does not roll back connections that are not in a transaction (ADR 20).
        // MAX_LENGTH_INPLACE_LOB: an outbox event's payload (a CLOB of a few hundred bytes to a
        // few kilobytes) is kept in its row instead of H2's separate LOB storage, whose maps a
        // sale commit otherwise writes too (ADR 20).
        // OPTIMIZE_REUSE_RESULTS=FALSE: H2 may answer a parsed query again with its last result
        // when it thinks no table changed; once parsed queries outlived their transaction, a
        // later transaction got an earlier, stale answer (a snapshot's "anything awaited?" said
        // no after rows were added), so a query is always run (ADR 20).
        String url = "jdbc:h2:file:" + base
                + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=64;MAX_LENGTH_INPLACE_LOB=16384;OPTIMIZE_REUSE_RESULTS=FALSE";
        StorePool pool = new StorePool(url, 8, Duration.ofSeconds(30));
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, base);
        }
        try {
            String version = migrate(pool);
            log.info("Local store {} at schema version {}", base, version);
            return new LocalStore(base, pool, version);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static String migrate(StorePool pool) {
        List<String> applied = appliedVersions(pool);
        List<String> shipped = MigrationFiles.versions(LocalStore.class.getClassLoader()).stream()
                .map(MigrationVersion::getVersion).toList();
        if (!applied.isEmpty() && applied.equals(shipped)) {
            return applied.getLast(); // exactly the shipped migrations applied: no need to start Flyway
        }
        Flyway flyway = Flyway.configure(LocalStore.class.getClassLoader())
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load();
        MigrationInfo[] all = flyway.info().all();
        MigrationVersion newestKnown = Arrays.stream(all)
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null)
                .max(MigrationVersion::compareTo)
                .orElse(MigrationVersion.EMPTY);
        for (MigrationInfo m : all) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                throw new SuanpanException("store.newerVersion", m.getVersion().getVersion(), newestKnown.getVersion());
            }
        }
        flyway.migrate();
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /** The versions Flyway recorded as applied, oldest first; empty for a new database. */
    private static List<String> appliedVersions(StorePool pool) {
        var history = DSL.table(DSL.name("flyway_schema_history"));
        var version = DSL.field(DSL.name("version"), String.class);
        var success = DSL.field(DSL.name("success"), Boolean.class);
        var rank = DSL.field(DSL.name("installed_rank"), Integer.class);
        try {
            return DSL.using(pool, SQLDialect.H2).select(version).from(history)
                    .where(success.isTrue()).and(version.isNotNull())
                    .orderBy(rank).fetch(version).stream()
                    .map(v -> MigrationVersion.fromVersion(v).getVersion()).sorted(LocalStore::byVersion).toList();
        } catch (org.jooq.exception.DataAccessException e) {
            return List.of(); // no history table yet
        }
    }

    private static int byVersion(String a, String b) {
        return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b));
    }

    private static SuanpanException translate(SQLException e, Path base) {
        if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return new SuanpanException(new cn.suanpan.core.i18n.UserMessage("store.inUse", base.getParent()), e);
        }
        return new SuanpanException(new cn.suanpan.core.i18n.UserMessage("store.cannotOpen", base.getParent(), e.getMessage()), e);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Runs {@code work} in one transaction: all of it commits, or none of it. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
    }

    public void inTransactionRun(java.util.function.Consumer<DSLContext> work) {
        dsl.transaction(cfg -> work.accept(cfg.dsl()));
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
