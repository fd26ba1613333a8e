package cn.suanpan.hardware.serial;

import cn.suanpan.hardware.i18n.HardwareMessage;
import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One opening of a port: a reader, a writer and the disconnect watch, all ending in one
 * {@link #fault} that the link's supervisor waits on.
 */
final class PortConnection {

    private static final Logger log = LoggerFactory.getLogger(PortConnection.class);

    /** Small writes, so a write stuck on a far end that stopped reading holds back little. */
    private static final int WRITE_CHUNK = 256;

    record PendingWrite(byte[] bytes, CompletableFuture<Void> completion) {}

    private final String path;
    private final SerialPort port;
    private final LinkOptions options;
    private final Consumer<byte[]> sink;
    private final BlockingQueue<PendingWrite> queue;
    private final CompletableFuture<String> fault = new CompletableFuture<>();
    private final Object queueLock = new Object();
    private volatile boolean alive = true;
    private Thread writer;

    PortConnection(String path, SerialPort port, LinkOptions options, Consumer<byte[]> sink) {
        this.path = path;
        this.port = port;
        this.options = options;
        this.sink = sink;
        this.queue = new ArrayBlockingQueue<>(options.writeQueueCapacity());
    }

    PortConnection start() {
        port.addDataListener(new SerialPortDataListener() {
            @Override
            public int getListeningEvents() {
                return SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
            }

            @Override
            public void serialEvent(SerialPortEvent event) {
                // jSerialComm repeats this event until the port is closed: fault() acts on the first only
                fault("port disconnected");
            }
        });
        // Virtual reader: it only calls into the port when input is waiting, so it never pins a carrier thread.
        Thread.ofVirtual().name("serial-reader " + path).start(this::readLoop);
        // Platform writer: a native write blocks for as long as the far end does not read.
        writer = Thread.ofPlatform().daemon().name("serial-writer " + path).start(this::writeLoop);
        return this;
    }

    /** Completes with the reason of the first fault. */
    CompletableFuture<String> fault() {
        return fault;
    }

    void fault(String reason) {
        fault.complete(reason);
    }

    /** Queues a write, or returns false when the queue is full or the connection is ending. */
    boolean offer(PendingWrite write) {
        synchronized (queueLock) {
            return alive && queue.offer(write);
        }
    }

    boolean isAlive() {
        return alive;
    }

    int pending() {
        return queue.size();
    }

    /** Closes the port and fails every write still waiting. Called once, by the supervisor. */
    void shutdown(DeviceException reason) {
        List<PendingWrite> left = new ArrayList<>();
        synchronized (queueLock) {
            alive = false;
            queue.drainTo(left);
        }
        // closing also unblocks a writer stuck in a native write and stops jSerialComm's event thread
        port.closePort();
        if (writer != null) {
            writer.interrupt();
        }
        for (PendingWrite w : left) {
            w.completion().completeExceptionally(reason);
        }
    }

    private void readLoop() {
        byte[] buffer = new byte[4096];
        try {
            while (alive) {
                int available = port.bytesAvailable();
                if (available < 0) {
                    fault("read failed (error " + port.getLastErrorCode() + ")");
                    return;
                }
                if (available == 0) {
                    Thread.sleep(options.readPollInterval());
                    continue;
                }
                int n = port.readBytes(buffer, Math.min(available, buffer.length));
                if (n < 0) {
                    fault("read failed (error " + port.getLastErrorCode() + ")");
                    return;
                }
                if (n > 0 && alive) {
                    deliver(Arrays.copyOf(buffer, n));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(byte[] chunk) {
        try {
            sink.accept(chunk);
        } catch (RuntimeException e) {
            log.error("Listener of {} failed on {} bytes", path, chunk.length, e);
        }
    }

    private void writeLoop() {
        try {
            while (alive) {
                PendingWrite w = queue.poll(200, TimeUnit.MILLISECONDS);
                if (w == null || w.completion().isDone()) {
                    // a write that timed out while waiting is dropped: a late drawer kick or stale
                    // display text would surprise the cashier more than a reported failure
                    continue;
                }
                if (!writeFully(w)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean writeFully(PendingWrite w) {
        byte[] bytes = w.bytes();
        int offset = 0;
        while (offset < bytes.length) {
            if (!alive) {
                return false;
            }
            int n = port.writeBytes(bytes, Math.min(WRITE_CHUNK, bytes.length - offset), offset);
            if (n <= 0) {
                // a blocking write of at least one byte never returns 0: the port is gone
                DeviceException failure = new DeviceException(new HardwareMessage("device.error.writeFailed", path));
                w.completion().completeExceptionally(failure);
                fault("write failed (error " + port.getLastErrorCode() + ")");
                return false;
            }
            offset += n;
        }
        w.completion().complete(null);
        return true;
    }
}
