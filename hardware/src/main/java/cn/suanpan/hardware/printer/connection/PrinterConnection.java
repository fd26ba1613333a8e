package cn.suanpan.hardware.printer.connection;

import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import java.time.Duration;

/**
 * A way to reach one ESC/POS printer: a serial port, a network socket (raw TCP 9100), a
 * printer installed in the operating system, or a simulated printer.
 *
 * <p>Calls block for at most the timeout they are given and are meant for worker threads
 * (the print queue's, the status monitor's), never for the sale: the sale hands its receipt
 * to the {@linkplain cn.suanpan.hardware.printer.queue.PrintQueue print queue}. Calls from
 * several threads are serialised, so a status request never lands inside a receipt's bytes.
 */
public interface PrinterConnection extends AutoCloseable {

    /** Where the printer is, as configured: a port path, {@code host:port}, a printer name, a folder. */
    String address();

    /**
     * Sends bytes to the printer and returns once they were all handed over.
     *
     * @throws PrinterException when the printer is not there, not ready, or does not take the
     *                          bytes within {@code timeout}; some of them may have been printed
     */
    void write(byte[] bytes, Duration timeout);

    /** Whether {@link #status} can ask the printer (DLE EOT); printers installed in the OS cannot. */
    boolean supportsStatus();

    /**
     * Asks the printer for its real-time status (DLE EOT 1–4) and waits at most {@code timeout}
     * for the four answers.
     *
     * @throws PrinterException {@code NO_ANSWER}, {@code NOT_CONNECTED}, {@code BUSY} (a job is
     *                          being sent; ask again later) or {@code STATUS_UNAVAILABLE}
     */
    PrinterStatus status(Duration timeout);

    /** Releases the port or socket for good. */
    @Override
    void close();
}
