package cn.suanpan.hardware.scale;

import cn.suanpan.hardware.serial.ConnectionStatus;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * In-process scale for the simulated-devices mode: {@link #place(long)} puts goods on it; it
 * reports ten readings a second through the same tare and stability logic as a real scale.
 */
public final class SimulatedScale implements Scale {

    private final ScaleModel model = new ScaleModel(4);
    private final ScaleEngine engine;
    private final ScheduledExecutorService ticker;
    private final List<Consumer<ConnectionStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionStatus status = ConnectionStatus.CONNECTED;

    public SimulatedScale() {
        this(ScaleSettings.continuous(), Duration.ofMillis(100));
    }

    public SimulatedScale(ScaleSettings settings, Duration readingInterval) {
        this.engine = new ScaleEngine(settings);
        this.ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("simulated-scale").factory());
        long every = readingInterval.toMillis();
        ticker.scheduleAtFixedRate(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** Puts goods of this weight on the platform (0 empties it). */
    public void place(long grams) {
        model.place(grams);
    }

    public void setOverload(boolean overload) {
        model.setOverload(overload);
    }

    /** Simulates pulling the cable out ({@code false}) or plugging it back in. */
    public void setPluggedIn(boolean pluggedIn) {
        ConnectionStatus next = pluggedIn ? ConnectionStatus.CONNECTED : ConnectionStatus.DISCONNECTED;
        if (status != next) {
            status = next;
            engine.onStatus(next);
            statusListeners.forEach(l -> l.accept(next));
        }
    }

    private void tick() {
        if (status == ConnectionStatus.CONNECTED) {
            engine.accept(model.nextFrame(), System.nanoTime());
        }
    }

    @Override
    public void addReadingListener(Consumer<ScaleReading> listener) {
        engine.addListener(listener);
    }

    @Override
    public CompletableFuture<ScaleReading.Weighed> readStableWeight(Duration timeout) {
        if (status != ConnectionStatus.CONNECTED) {
            return CompletableFuture.failedFuture(new ScaleException(ScaleException.Reason.NOT_CONNECTED));
        }
        return engine.readStable(timeout, false);
    }

    @Override
    public CompletableFuture<Long> tare(Duration timeout) {
        if (status != ConnectionStatus.CONNECTED) {
            return CompletableFuture.failedFuture(new ScaleException(ScaleException.Reason.NOT_CONNECTED));
        }
        return engine.tare(timeout);
    }

    @Override
    public void clearTare() {
        engine.clearTare();
    }

    @Override
    public long tareGrams() {
        return engine.tareGrams();
    }

    @Override
    public ConnectionStatus status() {
        return status;
    }

    @Override
    public void addStatusListener(Consumer<ConnectionStatus> listener) {
        statusListeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        setPluggedIn(false);
    }
}
