package cn.suanpan.hardware.scale;

import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.serial.SerialLink;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A scale on a serial port, continuous or request/response. */
public final class SerialScale implements Scale {

    private final SerialLink link;
    private final ScaleProtocol protocol;
    private final ScaleEngine engine;
    private final ScheduledExecutorService poller;

    /** Takes over the link (not started yet) and starts it. */
    public SerialScale(SerialLink link, ScaleSettings settings) {
        this.link = Objects.requireNonNull(link, "link");
        this.protocol = settings.protocol().create(settings.unit());
        this.engine = new ScaleEngine(settings);
        link.addDataListener(this::onBytes);
        link.addStatusListener(engine::onStatus);
        if (protocol.request().isPresent()) {
            poller = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("scale-poll " + link.path()).factory());
            long every = settings.pollInterval().toMillis();
            poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        } else {
            poller = null;
        }
        link.start();
    }

    private void poll() {
        if (link.status() == ConnectionStatus.CONNECTED && link.pendingWrites() == 0) {
            // a refused request is simply asked again next time
            protocol.request().ifPresent(link::write);
        }
    }

    private void onBytes(byte[] data) {
        long now = System.nanoTime();
        for (ScaleFrame frame : protocol.accept(data)) {
            engine.accept(frame, now);
        }
    }

    @Override
    public void addReadingListener(Consumer<ScaleReading> listener) {
        engine.addListener(listener);
    }

    @Override
    public CompletableFuture<ScaleReading.Weighed> readStableWeight(Duration timeout) {
        if (link.status() != ConnectionStatus.CONNECTED) {
            return CompletableFuture.failedFuture(new ScaleException(ScaleException.Reason.NOT_CONNECTED));
        }
        return engine.readStable(timeout, false);
    }

    @Override
    public CompletableFuture<Long> tare(Duration timeout) {
        if (link.status() != ConnectionStatus.CONNECTED) {
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
        return link.status();
    }

    @Override
    public void addStatusListener(Consumer<ConnectionStatus> listener) {
        link.addStatusListener(listener);
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
        link.close();
    }
}
