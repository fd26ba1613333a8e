package cn.suanpan.cloud.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cloud's database: an H2 file in the data directory by default, PostgreSQL in
 * production (any {@code jdbc:postgresql:} URL). One schema for both, migrated by Flyway
 * from {@code db/cloud} on open; the jOOQ classes were generated once and the dialect is
 * chosen here from the URL. Several cloud processes may share one PostgreSQL.
 */
public final class CloudStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CloudStore.class);

    private final HikariDataSource pool;
    private final DSLContext dsl;
    private final SQLDialect dialect;
    private final Connection connection;

    private CloudStore(HikariDataSource pool, SQLDialect dialect, Connection connection) {
        this.pool = pool;
        this.connection = connection;
        this.dialect = dialect;
        this.dsl = DSL.using(pool, dialect, new Settings().withExecuteLogging(false));
    }

    /** Where the database is and who logs in. */
    public record Connection(String url, String user, String password, int poolSize) {

        /**
         * The embedded default: an H2 file under {@code dataDir}, in PostgreSQL mode with
         * lower-case names like the schema the jOOQ classes were generated from.
         * WRITE_DELAY=0: an acknowledged push has reached the file system.
         * OPTIMIZE_REUSE_RESULTS=FALSE: H2 may answer a query it ran before with its last
         * result when it thinks no table changed; a member settle that looked for the charge
         * again after waiting for the member's lock got the first "no charge" although the
         * charge had committed meanwhile. Every query is run.
         */
        public static Connection embedded(Path dataDir) {
            String file = dataDir.toAbsolutePath().resolve("cloud").toString();
            return new Connection("jdbc:h2:file:" + file
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;LOCK_TIMEOUT=20000;OPTIMIZE_REUSE_RESULTS=FALSE",
                    "sa", "", 8);
        }
    }

    public static CloudStore open(Connection c) {
        SQLDialect dialect = c.url().startsWith("jdbc:postgresql:") ? SQLDialect.POSTGRES : SQLDialect.H2;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(c.url());
        config.setUsername(c.user());
        config.setPassword(c.password());
        config.setMaximumPoolSize(c.poolSize());
        config.setPoolName("cloud");
        // jOOQ's transactions turn auto-commit off and back on themselves
        config.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure(CloudStore.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/cloud")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        log.info("Cloud store on {} ({})", redact(c.url()), dialect);
        return new CloudStore(pool, dialect, c);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /**
     * A connection of its own, outside the pool, for a caller that holds it for the
     * node's life (listening for notifications); the caller closes it.
     */
    public java.sql.Connection dedicatedConnection() {
        try {
            return java.sql.DriverManager.getConnection(connection.url(), connection.user(), connection.password());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    public <T> T inTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
    }

    public void inTransactionRun(Consumer<DSLContext> work) {
        dsl.transaction(cfg -> work.accept(cfg.dsl()));
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
