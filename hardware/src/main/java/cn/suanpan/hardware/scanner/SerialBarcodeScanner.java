package cn.suanpan.hardware.scanner;

import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.serial.SerialLink;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A scanner on a serial port (or a USB scanner in serial/CDC mode). */
public final class SerialBarcodeScanner implements BarcodeScanner {

    private static final Logger log = LoggerFactory.getLogger(SerialBarcodeScanner.class);

    private final SerialLink link;
    private final CodeAssembler assembler;
    private final long expireDelayNanos;
    private final List<Consumer<String>> scanListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<CodeAssembler.Discarded>> discardListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer;

    /** Takes over the link (not started yet) and starts it. */
    public SerialBarcodeScanner(SerialLink link, ScannerSettings settings) {
        this.link = Objects.requireNonNull(link, "link");
        this.assembler = new CodeAssembler(settings);
        this.expireDelayNanos = settings.frameTimeout().toNanos() + TimeUnit.MILLISECONDS.toNanos(5);
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("scanner-timer " + link.path()).factory());
        link.addDataListener(this::onBytes);
        link.start();
    }

    @Override
    public void addScanListener(Consumer<String> listener) {
        scanListeners.add(Objects.requireNonNull(listener));
    }

    /** Garbage that was thrown away, for diagnostics (it is also logged). */
    public void addDiscardListener(Consumer<CodeAssembler.Discarded> listener) {
        discardListeners.add(Objects.requireNonNull(listener));
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
        link.close();
        timer.shutdownNow();
    }

    private void onBytes(byte[] data) {
        dispatch(assembler.accept(data, System.nanoTime()));
        if (assembler.hasPartial() && !timer.isShutdown()) {
            // a frame without its suffix is finished (or thrown away) once the line stays quiet
            try {
                timer.schedule(() -> dispatch(assembler.expire(System.nanoTime())), expireDelayNanos, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing
            }
        }
    }

    private void dispatch(List<CodeAssembler.Result> results) {
        for (CodeAssembler.Result r : results) {
            switch (r) {
                case CodeAssembler.Code code -> {
                    for (Consumer<String> l : scanListeners) {
                        try {
                            l.accept(code.text());
                        } catch (RuntimeException e) {
                            log.error("Scan listener failed on {}", code.text(), e);
                        }
                    }
                }
                case CodeAssembler.Discarded d -> {
                    log.warn("Scanner on {} sent garbage ({}), discarded: {}", link.path(), d.reason(), d.bytesHex());
                    for (Consumer<CodeAssembler.Discarded> l : discardListeners) {
                        try {
                            l.accept(d);
                        } catch (RuntimeException e) {
                            log.error("Discard listener failed", e);
                        }
                    }
                }
            }
        }
    }
}
