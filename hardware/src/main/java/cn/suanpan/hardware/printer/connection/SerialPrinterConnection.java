package cn.suanpan.hardware.printer.connection;

import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.serial.DeviceException;
import cn.suanpan.hardware.serial.SerialLink;
import cn.suanpan.hardware.serial.WriteResult;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A printer on a serial port, over a {@link SerialLink}: the link reopens the port by itself
 * after an unplug, and its writes never block (a printer that stops reading fills the link's
 * queue, and the job fails with {@code TIMEOUT} instead of hanging).
 *
 * <p>A job is sent in pieces, each waited for before the next: the link times out a write
 * that is not handed over within its write timeout, which a whole receipt at 9600 baud
 * (about a millisecond a byte) could exceed while printing normally.
 */
public final class SerialPrinterConnection extends StreamPrinterConnection {

    /** Half a second at 9600 baud. */
    static final int PIECE = 512;

    private final SerialLink link;

    /** Takes over the link (not started yet) and starts it. */
    public SerialPrinterConnection(SerialLink link, DrawerSensor sensor) {
        super(sensor);
        this.link = Objects.requireNonNull(link, "link");
        link.addDataListener(chunk -> answers.offer(chunk, chunk.length));
        link.start();
    }

    @Override
    public String address() {
        return link.path();
    }

    public ConnectionStatus linkStatus() {
        return link.status();
    }

    public void addLinkStatusListener(Consumer<ConnectionStatus> listener) {
        link.addStatusListener(listener);
    }

    @Override
    protected void send(byte[] bytes, long deadlineNanos) {
        for (int offset = 0; offset < bytes.length; offset += PIECE) {
            byte[] piece = Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + PIECE));
            WriteResult result = link.write(piece);
            switch (result.status()) {
                case QUEUED -> await(result, deadlineNanos);
                case QUEUE_FULL -> throw timeout(null);
                case NOT_CONNECTED -> throw notConnected(null);
                case CLOSED -> throw closed();
            }
        }
    }

    private void await(WriteResult result, long deadlineNanos) {
        try {
            result.completion().get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timeout(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timeout(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DeviceException d) {
                throw switch (d.userMessage().key()) {
                    case "device.error.writeTimeout", "device.error.queueFull" -> timeout(d);
                    case "device.error.closed" -> closed();
                    default -> notConnected(d);
                };
            }
            throw new PrinterException(PrinterException.Reason.FAILED,
                    new HardwareMessage("printer.error.failed", address(), String.valueOf(e.getCause())), e.getCause());
        }
    }

    private PrinterException timeout(Throwable cause) {
        return new PrinterException(PrinterException.Reason.TIMEOUT, new HardwareMessage("printer.error.timeout", address()), cause);
    }

    private PrinterException notConnected(Throwable cause) {
        return new PrinterException(PrinterException.Reason.NOT_CONNECTED,
                new HardwareMessage("printer.error.notConnected", address()), cause);
    }

    private PrinterException closed() {
        return new PrinterException(PrinterException.Reason.CLOSED, new HardwareMessage("printer.error.closed", address()));
    }

    @Override
    public void close() {
        link.close();
    }

    @Override
    public String toString() {
        return "SerialPrinterConnection[" + link.path() + "]";
    }
}
