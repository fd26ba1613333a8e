package cn.suanpan.app.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker thread for the store: H2 serialises writers anyway, and a single queue keeps
 * the order of a cashier's actions (scan, scan, pay) without locks in the view models.
 * {@link #busyProperty()} counts unfinished tasks so the status bar can show progress.
 */
public final class BackgroundTaskExecutor implements TaskExecutor, AutoCloseable {

    /** Made on first use: the window builds its executor before the first frame, logging starts after it. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskExecutor.class);
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "store-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper busy = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailure) {
        if (worker.isShutdown()) {
            // the window is closing: late work (a clock tick, say) has nowhere to go
            Log.LOG.debug("Task after close ignored");
            return;
        }
        busy.set(busy.get() + 1);
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                Log.LOG.debug("Task failed", e);
                Platform.runLater(() -> {
                    busy.set(busy.get() - 1);
                    onFailure.accept(e);
                });
                return;
            }
            Platform.runLater(() -> {
                busy.set(busy.get() - 1);
                onDone.accept(result);
            });
        });
    }

    /** Tasks submitted and not yet handed back; read on the JavaFX thread. */
    public ReadOnlyIntegerProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
