package cn.suanpan.core.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The local store's connections to its H2 database, at most a few at a time.
 *
 * <p>H2's own pool rolls a connection back when it hands it out and again when it is given
 * back, and in H2 a rollback empties the session's parsed statements
 * ({@code QUERY_CACHE_SIZE}): every transaction parsed all its statements again, about a
 * seventh of a sale commit's CPU time (ADR 20). This pool rolls back only a connection
 * given back inside a transaction (one whose work was neither committed nor rolled back), and
 * hands out the connection given back last, so that a thread committing sale after sale finds
 * its statements parsed.
 */
final class StorePool implements DataSource {

    private final JdbcDataSource source;
    private final Semaphore permits;
    private final Duration timeout;
    /** Connections not in use, the one given back last first. */
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean disposed;

    StorePool(String url, int maxConnections, Duration timeout) {
        source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        source.setPassword("");
        permits = new Semaphore(maxConnections, true);
        this.timeout = timeout;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (disposed) {
            throw new SQLException("the local store is closed");
        }
        try {
            if (!permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SQLException("no connection to the local store came free within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection to the local store", e);
        }
        try {
            Connection physical = idle.pollFirst();
            if (physical == null) {
                physical = source.getConnection();
            }
            return handle(physical);
        } catch (SQLException | RuntimeException | Error e) {
            permits.release();
            throw e;
        }
    }

    /** Closes the connections; those in use are closed when they are given back. */
    void dispose() {
        disposed = true;
        for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
            closeQuietly(c);
        }
    }

    private void giveBack(Connection physical) {
        try {
            if (disposed || physical.isClosed()) {
                closeQuietly(physical);
                return;
            }
            if (!physical.getAutoCommit()) {
                // given back inside a transaction: its work must not reach the next user
                physical.rollback();
                physical.setAutoCommit(true);
            }
            idle.addFirst(physical);
            if (disposed && idle.remove(physical)) {
                closeQuietly(physical);
            }
        } catch (SQLException e) {
            closeQuietly(physical);
        } finally {
            permits.release();
        }
    }

    /** What the user holds: closing it gives the connection back, once. */
    private Connection handle(Connection physical) {
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> {
                        if (closed.compareAndSet(false, true)) {
                            giveBack(physical);
                        }
                        yield null;
                    }
                    case "isClosed" -> closed.get() || physical.isClosed();
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "StorePool connection " + physical;
                    default -> {
                        if (closed.get()) {
                            throw new SQLException("connection already given back to the pool");
                        }
                        try {
                            yield method.invoke(physical, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing: nothing left to do with it
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the local store has one user");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log writer: the store logs through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the pool's own timeout applies
    }

    @Override
    public int getLoginTimeout() {
        return (int) timeout.toSeconds();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
