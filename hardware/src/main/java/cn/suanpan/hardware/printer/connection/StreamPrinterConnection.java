package cn.suanpan.hardware.printer.connection;

import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import cn.suanpan.hardware.printer.escpos.PrinterStatusParser;
import cn.suanpan.hardware.printer.escpos.StatusRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A printer on a two-way byte stream (serial port, TCP socket): writes and status requests
 * take turns on one lock, so a DLE EOT never lands inside a receipt (where, in the middle of
 * a raster image, the printer would take it for picture data).
 */
abstract class StreamPrinterConnection implements PrinterConnection {

    protected final StatusAnswerBuffer answers = new StatusAnswerBuffer();
    private final ReentrantLock turn = new ReentrantLock();
    private final DrawerSensor sensor;

    StreamPrinterConnection(DrawerSensor sensor) {
        this.sensor = Objects.requireNonNull(sensor, "sensor");
    }

    /** Hands the bytes over before the deadline, or throws. Called holding the turn. */
    protected abstract void send(byte[] bytes, long deadlineNanos);

    @Override
    public final void write(byte[] bytes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        takeTurn(timeout);
        try {
            send(bytes, deadline);
        } finally {
            turn.unlock();
        }
    }

    @Override
    public boolean supportsStatus() {
        return true;
    }

    /**
     * Waits up to {@code timeout} for a job in progress to be sent ({@code BUSY} otherwise), then
     * up to {@code timeout} for the answers.
     */
    @Override
    public final PrinterStatus status(Duration timeout) {
        takeTurn(timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            answers.clear();
            send(StatusRequest.all(), deadline);
            byte[] got = answers.take(4, deadline);
            if (got == null) {
                throw new PrinterException(PrinterException.Reason.NO_ANSWER,
                        new HardwareMessage("printer.error.noAnswer", address()));
            }
            return PrinterStatusParser.parse(got, sensor);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrinterException(PrinterException.Reason.NO_ANSWER,
                    new HardwareMessage("printer.error.noAnswer", address()), e);
        } finally {
            turn.unlock();
        }
    }

    private void takeTurn(Duration wait) {
        try {
            if (!turn.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new PrinterException(PrinterException.Reason.BUSY, new HardwareMessage("printer.error.busy", address()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrinterException(PrinterException.Reason.BUSY, new HardwareMessage("printer.error.busy", address()), e);
        }
    }
}
