package cn.suanpan.hardware.printer.connection;

import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import cn.suanpan.hardware.printer.sim.SimulatedPrinter;
import cn.suanpan.hardware.printer.sim.SimulatedPrinterState;
import java.time.Duration;
import java.util.Objects;

/**
 * The in-process connection to a {@link SimulatedPrinter}: the default printer of a new
 * terminal, whose receipts land as PNG files in a folder of the data directory. It behaves
 * like a real printer would: switched off it does not answer, and without paper or with the
 * cover open it does not print.
 */
public final class SimulatedPrinterConnection implements PrinterConnection {

    private final SimulatedPrinter printer;
    private volatile boolean closed;

    public SimulatedPrinterConnection(SimulatedPrinter printer) {
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    public SimulatedPrinter printer() {
        return printer;
    }

    @Override
    public String address() {
        return printer.folder().toString();
    }

    @Override
    public synchronized void write(byte[] bytes, Duration timeout) {
        SimulatedPrinterState state = ready();
        if (!state.status().canPrint()) {
            throw new PrinterException(PrinterException.Reason.NOT_READY, state.status().problems().getFirst());
        }
        printer.print(bytes);
    }

    @Override
    public boolean supportsStatus() {
        return true;
    }

    @Override
    public PrinterStatus status(Duration timeout) {
        return ready().status();
    }

    private SimulatedPrinterState ready() {
        if (closed) {
            throw new PrinterException(PrinterException.Reason.CLOSED, new HardwareMessage("printer.error.closed", address()));
        }
        SimulatedPrinterState state = printer.state();
        if (state.off()) {
            throw new PrinterException(PrinterException.Reason.NO_ANSWER, new HardwareMessage("printer.error.noAnswer", address()));
        }
        return state;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "SimulatedPrinterConnection[" + printer + "]";
    }
}
