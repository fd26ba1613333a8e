package cn.suanpan.hardware.printer.connection;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a printer for its real-time status (DLE EOT 1–4) every {@code interval} and tells
 * listeners when it changes: paper near end, paper out, cover open, cutter error, drawer open,
 * or no answer at all. With the default half-second interval and answer wait, a change
 * reaches the UI within a second.
 *
 * <p>A poll that finds the connection busy sending a job is skipped rather than reported:
 * the job's own outcome tells whether the printer is there. Connections that cannot ask
 * ({@link PrinterConnection#supportsStatus()} false) are not polled at all.
 */
public final class PrinterStatusMonitor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PrinterStatusMonitor.class);

    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(500);

    private final String name;
    private final PrinterConnection connection;
    private final Duration interval;
    private final Duration answerTimeout;
    private final List<Consumer<StatusReport>> listeners = new CopyOnWriteArrayList<>();
    private volatile StatusReport current;
    private volatile boolean closed;
    private Thread poller;

    /**
     * @param name          the printer's role ("receipt", "kitchen"), for logs
     * @param answerTimeout how long a poll waits for the answers before reporting no answer
     */
    public PrinterStatusMonitor(String name, PrinterConnection connection, Duration interval, Duration answerTimeout) {
        this.name = Objects.requireNonNull(name, "name");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.answerTimeout = Objects.requireNonNull(answerTimeout, "answerTimeout");
    }

    public PrinterStatusMonitor(String name, PrinterConnection connection) {
        this(name, connection, DEFAULT_INTERVAL, Duration.ofMillis(450));
    }

    /** Called on the monitor's thread with each change, starting with the first report. */
    public void addListener(Consumer<StatusReport> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** The last report, empty before the first poll or when the connection cannot be asked. */
    public Optional<StatusReport> current() {
        return Optional.ofNullable(current);
    }

    public synchronized void start() {
        if (poller != null || closed) {
            return;
        }
        if (!connection.supportsStatus()) {
            log.info("Printer {} ({}) cannot report its status; not monitored", name, connection.address());
            return;
        }
        poller = Thread.ofVirtual().name("printer-status " + name).start(this::pollLoop);
    }

    /** Polls once now, on the caller's thread (the {@code device status} command). */
    public StatusReport pollOnce() {
        Optional<StatusReport> report = poll();
        report.ifPresent(this::publish);
        return report.orElseGet(() -> current().orElse(
                new StatusReport.Unreachable(new HardwareMessage("printer.error.busy", connection.address()))));
    }

    private void pollLoop() {
        while (!closed) {
            long started = System.nanoTime();
            poll().ifPresent(this::publish);
            long left = interval.toNanos() - (System.nanoTime() - started);
            if (left > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private Optional<StatusReport> poll() {
        try {
            return Optional.of(new StatusReport.Answered(connection.status(answerTimeout)));
        } catch (PrinterException e) {
            return switch (e.reason()) {
                case BUSY -> Optional.empty();
                default -> Optional.of(new StatusReport.Unreachable(e.userMessage()));
            };
        } catch (RuntimeException e) {
            log.error("Status poll of printer {} failed", name, e);
            return Optional.empty();
        }
    }

    private void publish(StatusReport report) {
        if (report.equals(current)) {
            return;
        }
        current = report;
        if (report.problems().isEmpty()) {
            log.info("Printer {} ready", name);
        } else {
            log.info("Printer {}: {}", name, report.problems());
        }
        for (Consumer<StatusReport> l : listeners) {
            try {
                l.accept(report);
            } catch (RuntimeException e) {
                log.error("Status listener of printer {} failed", name, e);
            }
        }
    }

    @Override
    public void close() {
        Thread p;
        synchronized (this) {
            closed = true;
            p = poller;
        }
        if (p != null) {
            p.interrupt();
            try {
                p.join(Duration.ofSeconds(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
