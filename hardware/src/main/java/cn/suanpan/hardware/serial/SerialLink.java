package cn.suanpan.hardware.serial;

import java.util.function.Consumer;

/**
 * A byte pipe to one device on a serial port that never blocks its caller: input arrives on a
 * listener, writes are queued, and a lost port is reopened by itself.
 *
 * <p>Register listeners, then {@link #start()}. Data listeners are called on the link's reader
 * thread, one chunk at a time, in order; keep them short. Status listeners are called in order
 * on the link's event thread.
 */
public interface SerialLink extends AutoCloseable {

    /** The port as the user typed it, e.g. {@code /dev/ttyUSB0}, {@code /dev/serial/by-id/...} or {@code COM3}. */
    String path();

    ConnectionStatus status();

    void addDataListener(Consumer<byte[]> listener);

    void addStatusListener(Consumer<ConnectionStatus> listener);

    /** Opens the port in the background and keeps it open until {@link #close()}. Idempotent. */
    void start();

    /**
     * Queues bytes for the device and returns at once. A refusal is reported in the result's
     * status, and its completion has already failed with a {@link DeviceException}.
     */
    WriteResult write(byte[] bytes);

    /** Writes waiting for the port. */
    int pendingWrites();

    /** Stops for good: closes the port, fails waiting writes, reports {@link ConnectionStatus#DISCONNECTED}. */
    @Override
    void close();

    /** A link over a real (or virtual) serial port; not started yet. */
    static SerialLink create(String path, SerialSettings settings, LinkOptions options) {
        return new SerialPortLink(path, settings, options);
    }

    static SerialLink create(String path, SerialSettings settings) {
        return create(path, settings, LinkOptions.DEFAULT);
    }
}
