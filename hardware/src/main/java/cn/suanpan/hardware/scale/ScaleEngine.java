package cn.suanpan.hardware.scale;

import cn.suanpan.hardware.serial.ConnectionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every scale does with its frames, whatever the protocol or whether it is simulated:
 * tare, stability, reading listeners and the waits for a stable weight.
 */
final class ScaleEngine {

    private static final Logger log = LoggerFactory.getLogger(ScaleEngine.class);

    private record Waiter(CompletableFuture<ScaleReading.Weighed> future, boolean gross) {}

    private final StabilityDetector stability;
    private final List<Consumer<ScaleReading>> listeners = new CopyOnWriteArrayList<>();
    private final List<Waiter> waiters = new CopyOnWriteArrayList<>();
    private volatile long tareGrams;

    ScaleEngine(ScaleSettings settings) {
        this.stability = new StabilityDetector(settings.stableReadings(), settings.stableWindow());
    }

    void addListener(Consumer<ScaleReading> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** A frame received at {@code nowNanos}. */
    void accept(ScaleFrame frame, long nowNanos) {
        ScaleReading reading = switch (frame) {
            case ScaleFrame.Weight w -> {
                boolean stable = stability.accept(w.grams(), w.stableFlag(), nowNanos);
                long tare = tareGrams;
                yield new ScaleReading.Weighed(w.grams() - tare, tare, stable);
            }
            case ScaleFrame.Motion m -> {
                stability.reset();
                yield new ScaleReading.InMotion();
            }
            case ScaleFrame.UnderZero u -> {
                stability.reset();
                yield new ScaleReading.UnderZero();
            }
            case ScaleFrame.Overload o -> {
                stability.reset();
                yield new ScaleReading.Overload();
            }
        };
        for (Consumer<ScaleReading> l : listeners) {
            try {
                l.accept(reading);
            } catch (RuntimeException e) {
                log.error("Scale listener failed", e);
            }
        }
        resolveWaiters(reading);
    }

    CompletableFuture<ScaleReading.Weighed> readStable(Duration timeout, boolean gross) {
        CompletableFuture<ScaleReading.Weighed> future = new CompletableFuture<>();
        Waiter waiter = new Waiter(future, gross);
        waiters.add(waiter);
        future.whenComplete((r, e) -> waiters.remove(waiter));
        BigDecimal seconds = BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros();
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> future.completeExceptionally(new ScaleException(ScaleException.Reason.TIMEOUT, seconds)));
        return future;
    }

    CompletableFuture<Long> tare(Duration timeout) {
        return readStable(timeout, true).thenApply(w -> {
            tareGrams = w.grossGrams();
            return tareGrams;
        });
    }

    void clearTare() {
        tareGrams = 0;
    }

    long tareGrams() {
        return tareGrams;
    }

    /** The scale went away: nobody should wait for it until it is back. */
    void onStatus(ConnectionStatus status) {
        if (status != ConnectionStatus.CONNECTED) {
            failWaiters(new ScaleException(ScaleException.Reason.NOT_CONNECTED));
            stability.reset();
        }
    }

    private void resolveWaiters(ScaleReading reading) {
        if (waiters.isEmpty()) {
            return;
        }
        switch (reading) {
            case ScaleReading.Weighed w when w.stable() -> {
                for (Waiter waiter : waiters) {
                    long value = waiter.gross() ? w.grossGrams() : w.grams();
                    if (value < 0) {
                        waiter.future().completeExceptionally(new ScaleException(ScaleException.Reason.NEGATIVE));
                    } else {
                        waiter.future().complete(w);
                    }
                }
            }
            case ScaleReading.Overload o -> failWaiters(new ScaleException(ScaleException.Reason.OVERLOAD));
            case ScaleReading.UnderZero u -> failWaiters(new ScaleException(ScaleException.Reason.NEGATIVE));
            default -> {
                // moving: keep waiting
            }
        }
    }

    private void failWaiters(ScaleException e) {
        for (Waiter waiter : waiters) {
            waiter.future().completeExceptionally(e);
        }
    }
}
