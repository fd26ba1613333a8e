package cn.suanpan.hardware.serial;

import cn.suanpan.hardware.i18n.HardwareMessage;
import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SerialLink} over jSerialComm. A supervisor (virtual thread) opens the port, waits for
 * the first fault of that opening (disconnect event, read error, write error), closes it and
 * tries again with a doubling pause until the path is back.
 */
final class SerialPortLink implements SerialLink {

    private static final Logger log = LoggerFactory.getLogger(SerialPortLink.class);

    private final String path;
    private final SerialSettings settings;
    private final LinkOptions options;
    private final List<Consumer<byte[]>> dataListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ConnectionStatus>> statusListeners = new CopyOnWriteArrayList<>();
    /** One thread, so listeners see status changes in the order they happened. */
    private final ExecutorService events;
    private final CompletableFuture<Void> closing = new CompletableFuture<>();
    private final Object lock = new Object();
    private volatile ConnectionStatus status = ConnectionStatus.DISCONNECTED;
    private volatile PortConnection current;
    private Thread supervisor;

    SerialPortLink(String path, SerialSettings settings, LinkOptions options) {
        this.path = Objects.requireNonNull(path, "path").strip();
        if (this.path.isEmpty()) {
            throw new IllegalArgumentException("empty serial port path");
        }
        this.settings = Objects.requireNonNull(settings, "settings");
        this.options = Objects.requireNonNull(options, "options");
        this.events = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("serial-events " + this.path).factory());
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public ConnectionStatus status() {
        return status;
    }

    @Override
    public void addDataListener(Consumer<byte[]> listener) {
        dataListeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void addStatusListener(Consumer<ConnectionStatus> listener) {
        statusListeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void start() {
        synchronized (lock) {
            if (supervisor == null && !closing.isDone()) {
                supervisor = Thread.ofVirtual().name("serial-supervisor " + path).start(this::supervise);
            }
        }
    }

    @Override
    public WriteResult write(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (closing.isDone()) {
            return WriteResult.refused(WriteResult.Status.CLOSED, path);
        }
        PortConnection c = current;
        if (c == null || !c.isAlive()) {
            return WriteResult.refused(WriteResult.Status.NOT_CONNECTED, path);
        }
        CompletableFuture<Void> completion = new CompletableFuture<>();
        if (!c.offer(new PortConnection.PendingWrite(bytes.clone(), completion))) {
            return WriteResult.refused(c.isAlive() ? WriteResult.Status.QUEUE_FULL : WriteResult.Status.NOT_CONNECTED, path);
        }
        DeviceException timeout = new DeviceException(new HardwareMessage("device.error.writeTimeout", path,
                java.math.BigDecimal.valueOf(options.writeTimeout().toMillis(), 3).stripTrailingZeros()));
        CompletableFuture.delayedExecutor(options.writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> completion.completeExceptionally(timeout));
        return new WriteResult(WriteResult.Status.QUEUED, completion);
    }

    @Override
    public int pendingWrites() {
        PortConnection c = current;
        return c == null ? 0 : c.pending();
    }

    @Override
    public void close() {
        Thread s;
        synchronized (lock) {
            if (!closing.complete(null)) {
                return;
            }
            s = supervisor;
        }
        if (s == null) {
            setStatus(ConnectionStatus.DISCONNECTED);
            events.shutdown();
            return;
        }
        try {
            // the supervisor closes the port; jSerialComm may take up to half a second to stop its event thread
            if (!s.join(Duration.ofSeconds(3))) {
                log.warn("Serial port {} is slow to close", path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void supervise() {
        Backoff backoff = new Backoff(options.reconnectFirstDelay(), options.reconnectMaxDelay());
        boolean reportedMissing = false;
        try {
            while (!closing.isDone()) {
                PortConnection c = tryOpen(!reportedMissing);
                if (c == null) {
                    reportedMissing = true;
                    setStatus(ConnectionStatus.RECONNECTING);
                    if (!pause(backoff.next())) {
                        break;
                    }
                    continue;
                }
                reportedMissing = false;
                backoff.reset();
                current = c;
                setStatus(ConnectionStatus.CONNECTED);
                log.info("Serial port {} open ({})", path, settings);
                CompletableFuture.anyOf(c.fault(), closing).join();
                current = null;
                boolean closed = closing.isDone() && !c.fault().isDone();
                String reason = c.fault().getNow("link closed");
                c.shutdown(new DeviceException(new HardwareMessage(
                        closed ? "device.error.closed" : "device.error.notConnected", path)));
                if (closed) {
                    break;
                }
                log.warn("Serial port {} lost: {}", path, reason);
                setStatus(ConnectionStatus.DISCONNECTED);
                if (!pause(backoff.next())) {
                    break;
                }
            }
        } finally {
            PortConnection c = current;
            current = null;
            if (c != null) {
                c.shutdown(new DeviceException(new HardwareMessage("device.error.closed", path)));
            }
            setStatus(ConnectionStatus.DISCONNECTED);
            events.shutdown();
        }
    }

    /** Waits, or returns false at once when the link is closed meanwhile. */
    private boolean pause(Duration d) {
        try {
            closing.get(d.toMillis(), TimeUnit.MILLISECONDS);
            return false;
        } catch (TimeoutException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    private PortConnection tryOpen(boolean logFailure) {
        // a device path that is not there (unplugged USB adapter, stopped pty) is not worth asking jSerialComm about;
        // Windows names such as COM3 are not files, so only absolute paths are checked
        if (path.startsWith("/") && !Files.exists(Path.of(path))) {
            if (logFailure) {
                log.info("Serial port {} is not there; will keep trying", path);
            }
            return null;
        }
        SerialPort port;
        try {
            // asked afresh each time: a symlink (pty, /dev/serial/by-id) may point elsewhere after a replug
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            if (logFailure) {
                log.info("Serial port {} unusable: {}; will keep trying", path, e.toString());
            }
            return null;
        }
        configure(port);
        if (!port.openPort()) {
            if (logFailure) {
                log.warn("Serial port {} cannot be opened (error {}); will keep trying", path, port.getLastErrorCode());
            }
            return null;
        }
        return new PortConnection(path, port, options, this::deliver).start();
    }

    private void configure(SerialPort port) {
        int parity = switch (settings.parity()) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
        int stopBits = switch (settings.stopBits()) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
        int flow = switch (settings.flowControl()) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
        port.setComPortParameters(settings.baudRate(), settings.dataBits(), stopBits, parity);
        port.setFlowControl(flow);
        // Semi-blocking keeps the descriptor in blocking mode: in non-blocking mode jSerialComm
        // spins on EAGAIN when the far end stops reading. The reader only reads what is waiting.
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
    }

    private void deliver(byte[] chunk) {
        for (Consumer<byte[]> l : dataListeners) {
            l.accept(chunk);
        }
    }

    private void setStatus(ConnectionStatus next) {
        synchronized (lock) {
            if (status == next) {
                return;
            }
            status = next;
            try {
                events.execute(() -> notifyStatus(next));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed: nobody is listening any more
            }
        }
    }

    private void notifyStatus(ConnectionStatus s) {
        for (Consumer<ConnectionStatus> l : statusListeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                log.error("Status listener of {} failed", path, e);
            }
        }
    }

    @Override
    public String toString() {
        return "SerialLink[" + path + ", " + status + "]";
    }
}
