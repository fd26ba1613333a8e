package cn.suanpan.hardware.scale;

import cn.suanpan.hardware.serial.ConnectionStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** A weighing scale. Weights are whole grams ({@code long}), never floating point. */
public interface Scale extends AutoCloseable {

    /** Every reading as it comes (for a live weight on screen), on the scale's own thread. */
    void addReadingListener(Consumer<ScaleReading> listener);

    /**
     * The next stable net weight. Fails with a {@link ScaleException}: {@code TIMEOUT} when the
     * weight does not settle in time, {@code OVERLOAD}, {@code NEGATIVE} (below zero or below the
     * tare), or {@code NOT_CONNECTED}.
     */
    CompletableFuture<ScaleReading.Weighed> readStableWeight(Duration timeout);

    /** Takes the next stable gross weight as tare and returns it in grams. */
    CompletableFuture<Long> tare(Duration timeout);

    void clearTare();

    long tareGrams();

    ConnectionStatus status();

    void addStatusListener(Consumer<ConnectionStatus> listener);

    @Override
    void close();
}
