package cn.suanpan.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.h2.jdbc.JdbcConnection;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorePoolTest {

    private static final Table<?> THING = DSL.table(DSL.name("thing"));
    private static final Field<Integer> ID = DSL.field(DSL.name("id"), SQLDataType.INTEGER.notNull());

    @TempDir
    Path tmp;

    private StorePool pool;
    private DSLContext dsl;

    @BeforeEach
    void open() {
        pool = new StorePool("jdbc:h2:file:" + tmp.resolve("db") + ";QUERY_CACHE_SIZE=64", 2, Duration.ofMillis(200));
        dsl = DSL.using(pool, SQLDialect.H2);
        dsl.createTable(THING).column(ID).primaryKey(ID).execute();
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    private static Object session(Connection c) throws SQLException {
        return c.unwrap(JdbcConnection.class).getSession();
    }

    /**
     * The statements H2 keeps parsed for a session. H2 offers no way to see them but its own
     * field; this is what the pool exists to keep (ADR 20), so the test looks there.
     */
    private static Set<Object> parsed(Connection c) throws Exception {
        Object session = session(c);
        java.lang.reflect.Field cache = session.getClass().getDeclaredField("queryCache");
        cache.setAccessible(true);
        Map<?, ?> statements = (Map<?, ?>) cache.get(session);
        return statements == null ? Set.of() : new HashSet<>(statements.keySet());
    }

    @Test
    void statementsStayParsedFromOneTransactionToTheNext() throws Exception {
        String sql = dsl.render(dsl.selectCount().from(THING).where(ID.eq(1)));
        for (int i = 0; i < 3; i++) {
            dsl.transaction(cfg -> cfg.dsl().selectCount().from(THING).where(ID.eq(1)).fetchOne());
        }

        try (Connection c = pool.getConnection()) {
            assertThat(parsed(c)).contains(sql);
        }
    }

    @Test
    void theConnectionGivenBackLastIsHandedOutFirst() throws Exception {
        Connection a = pool.getConnection();
        Connection b = pool.getConnection();
        Object sessionB = session(b);
        a.close();
        b.close();

        try (Connection next = pool.getConnection()) {
            assertThat(session(next)).isSameAs(sessionB);
        }
    }

    @Test
    void aConnectionGivenBackInsideATransactionIsRolledBack() throws Exception {
        Connection c = pool.getConnection();
        c.setAutoCommit(false);
        DSL.using(c, SQLDialect.H2).insertInto(THING).columns(ID).values(1).execute();
        c.close();

        try (Connection next = pool.getConnection()) {
            assertThat(next.getAutoCommit()).isTrue();
            assertThat(DSL.using(next, SQLDialect.H2).fetchCount(THING)).isZero();
        }
    }

    @Test
    void aUserWaitsForAFreeConnectionAndGivesUpAfterTheTimeout() throws Exception {
        Connection a = pool.getConnection();
        Connection b = pool.getConnection();

        assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class).hasMessageContaining("came free");

        b.close();
        try (Connection c = pool.getConnection()) {
            assertThat(c.isValid(1)).isTrue();
        }
        a.close();
    }

    @Test
    void aConnectionGivenBackTwiceIsGivenBackOnceAndCannotBeUsedAfter() throws Exception {
        Connection c = pool.getConnection();
        c.close();
        c.close();

        assertThat(c.isClosed()).isTrue();
        assertThatThrownBy(c::createStatement).isInstanceOf(SQLException.class);
        Connection a = pool.getConnection();
        Connection b = pool.getConnection();
        assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);
        a.close();
        b.close();
    }

    @Test
    void disposingClosesIdleConnectionsAndThoseInUseWhenGivenBack() throws Exception {
        Connection idle = pool.getConnection();
        JdbcConnection idlePhysical = idle.unwrap(JdbcConnection.class);
        Connection inUse = pool.getConnection();
        JdbcConnection inUsePhysical = inUse.unwrap(JdbcConnection.class);
        idle.close();

        pool.dispose();

        assertThat(idlePhysical.isClosed()).isTrue();
        assertThat(inUsePhysical.isClosed()).isFalse();
        inUse.close();
        assertThat(inUsePhysical.isClosed()).isTrue();
        assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);
    }
}
