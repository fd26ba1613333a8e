package cn.suanpan.cloud.orders;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one connection of its own for the notifications of {@link OrderSignals#CHANNEL}
 * and wakes the long polls of the shop each one names. If the connection fails the node
 * keeps serving: it connects again, and meanwhile (and every {@code fallback} in any case)
 * a waiting poll looks at the database itself, so a notification lost in between delays
 * an order by at most that long, never loses it.
 */
public final class PostgresOrderSignals implements OrderSignals {

    private static final Logger log = LoggerFactory.getLogger(PostgresOrderSignals.class);
    /** While not listening, polls look again this often. */
    private static final long OFFLINE_POLL_MILLIS = 250;

    private final Supplier<Connection> connect;
    private final Duration fallback;
    private final Object lock = new Object();
    private final Map<UUID, Long> generations = new HashMap<>();
    private final Thread listener;
    private volatile boolean listening;
    private volatile boolean closed;
    private volatile Connection current;
    private long received;

    /**
     * Starts listening at once (so no order placed after this returns goes unheard, unless
     * the connection fails). {@code fallback}: the longest a poll waits without looking.
     */
    public PostgresOrderSignals(Supplier<Connection> connect, Duration fallback) {
        this.connect = connect;
        this.fallback = fallback;
        Connection first = null;
        try {
            first = listen();
        } catch (RuntimeException | SQLException e) {
            log.warn("Cannot listen for order notifications yet; polling until it can: {}", e.getMessage());
        }
        Connection start = first;
        listener = Thread.ofPlatform().daemon().name("order-signals").start(() -> run(start));
    }

    private Connection listen() throws SQLException {
        Connection c = connect.get();
        try (Statement s = c.createStatement()) {
            // jOOQ has no LISTEN statement: this constant is the one statement written by hand
            s.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        current = c;
        listening = true;
        return c;
    }

    private void run(Connection start) {
        Connection c = start;
        while (!closed) {
            try {
                if (c == null) {
                    c = listen();
                    log.info("Listening for order notifications again");
                    wakeAll(); // whatever was missed meanwhile: let every poll look
                }
                PGNotification[] notes = c.unwrap(PGConnection.class).getNotifications(1_000);
                if (notes != null) {
                    for (PGNotification n : notes) {
                        wake(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (closed) {
                    return;
                }
                log.warn("Order notifications interrupted; polling meanwhile: {}", e.getMessage());
                closeQuietly(c);
                c = null;
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
        closeQuietly(c);
    }

    private void wake(String shop) {
        UUID shopId;
        try {
            shopId = UUID.fromString(shop);
        } catch (IllegalArgumentException e) {
            return;
        }
        synchronized (lock) {
            generations.merge(shopId, 1L, Long::sum);
            received++;
            lock.notifyAll();
        }
    }

    private void wakeAll() {
        synchronized (lock) {
            generations.replaceAll((shop, g) -> g + 1);
            lock.notifyAll();
        }
    }

    @Override
    public long mark(UUID shopId) {
        synchronized (lock) {
            return generations.computeIfAbsent(shopId, s -> 0L);
        }
    }

    @Override
    public boolean await(UUID shopId, long mark, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + Math.min(max.toNanos(), fallback.toNanos());
        synchronized (lock) {
            while (generations.getOrDefault(shopId, 0L) == mark) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return false;
                }
                lock.wait(listening ? left : Math.min(left, OFFLINE_POLL_MILLIS));
                if (!listening) {
                    return generations.getOrDefault(shopId, 0L) != mark;
                }
            }
            return true;
        }
    }

    /** Whether the node is listening now (false while it reconnects). */
    public boolean listening() {
        return listening;
    }

    /** Notifications received so far, for tests and diagnostics. */
    public long received() {
        synchronized (lock) {
            return received;
        }
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
        closeQuietly(current);
        try {
            listener.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
