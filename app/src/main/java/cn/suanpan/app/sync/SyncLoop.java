package cn.suanpan.app.sync;

import cn.suanpan.sync.client.SyncStatus;
import cn.suanpan.sync.protocol.OnlineOrder;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's sync in the background, off the UI thread, while it is enrolled with a
 * cloud. Two virtual threads: one pushes the outbox and pulls the streams every
 * {@code interval} (sooner when {@link #nudge() nudged} after a sale), the other holds the
 * order long poll open, so a new online order reaches the counter within a second while
 * pushes go on beside it. Failures are logged and retried next round; the status bar hears
 * of every round through {@link #addStatusListener}.
 */
public final class SyncLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SyncLoop.class);
    /** The cloud holds an order poll open this long at most. */
    static final Duration ORDER_WAIT = Duration.ofSeconds(25);

    private final CloudSync cloud;
    private final Duration interval;
    private final Duration retryPause;
    private final List<Runnable> catalogListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> settingsListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<OnlineOrder>>> orderListeners = new CopyOnWriteArrayList<>();
    private final Semaphore wake = new Semaphore(0);
    private final List<Consumer<SyncStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private Thread exchange;
    private Thread orderPoll;

    /**
     * @param interval   pause between two rounds of push and pull
     * @param retryPause pause after a failed order poll
     */
    public SyncLoop(CloudSync cloud, Duration interval, Duration retryPause) {
        this.cloud = Objects.requireNonNull(cloud);
        this.interval = interval;
        this.retryPause = retryPause;
    }

    public CloudSync cloud() {
        return cloud;
    }

    /** Run on the sync thread after a pull applied the shop's settings (the store's name, the receipt's lines). */
    public void addSettingsListener(Runnable listener) {
        settingsListeners.add(listener);
    }

    /** Run on the sync thread after a pull changed the catalog. */
    public void addCatalogListener(Runnable listener) {
        catalogListeners.add(listener);
    }

    /** Given every batch of changed orders, on the order thread, before the order cursor moves on. */
    public void addOrderListener(Consumer<List<OnlineOrder>> listener) {
        orderListeners.add(listener);
    }

    public synchronized void start() {
        if (exchange != null || closed) {
            return;
        }
        exchange = Thread.ofVirtual().name("sync").start(this::exchangeLoop);
        orderPoll = Thread.ofVirtual().name("sync-orders").start(this::orderLoop);
    }

    /** Push soon: something new waits in the outbox. */
    public void nudge() {
        wake.release();
    }

    /** Told after every round, on the sync thread. */
    public void addStatusListener(Consumer<SyncStatus> listener) {
        statusListeners.add(listener);
    }

    /** One round now on the calling thread: push, pull, report. For tests and the first round. */
    public void runOnce() {
        if (cloud.enrolled()) {
            try {
                cloud.push();
                CloudSync.Pulled pulled = cloud.pull();
                if (pulled.catalog()) {
                    catalogListeners.forEach(Runnable::run);
                }
                if (pulled.settings()) {
                    settingsListeners.forEach(Runnable::run);
                }
            } catch (RuntimeException e) {
                log.info("Sync round failed, trying again later: {}", e.getMessage());
            }
        }
        publish();
    }

    private void publish() {
        try {
            SyncStatus s = cloud.status();
            statusListeners.forEach(l -> l.accept(s));
        } catch (RuntimeException e) {
            log.warn("Cannot read the sync status: {}", e.toString());
        }
    }

    private void exchangeLoop() {
        while (!closed) {
            runOnce();
            try {
                if (wake.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void orderLoop() {
        while (!closed) {
            try {
                if (cloud.enrolled()) {
                    cloud.pollOrders(ORDER_WAIT, batch -> orderListeners.forEach(l -> l.accept(batch)));
                    continue;
                }
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                log.info("Order poll failed, trying again in {} s: {}", retryPause.toSeconds(), e.getMessage());
            }
            try {
                Thread.sleep(retryPause);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (exchange != null) {
            exchange.interrupt();
            orderPoll.interrupt();
        }
    }
}
