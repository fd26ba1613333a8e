package cn.suanpan.app.ui.devices;

import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.preview.EscPosInterpreter;
import cn.suanpan.hardware.printer.preview.RenderedReceipt;
import cn.suanpan.hardware.printer.escpos.ReceiptEncoder;
import cn.suanpan.hardware.printer.receipt.Receipt;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A printer without paper: encodes each receipt to ESC/POS exactly as for a real printer
 * and runs the bytes through the interpreter, keeping what came out, so that tests and the
 * simulated-devices mode see the very receipt a customer would get.
 */
public final class SimulatedReceiptPrinter implements ReceiptPrinter {

    private final PrinterProfile profile;
    private final ReceiptEncoder encoder = new ReceiptEncoder();
    private final EscPosInterpreter interpreter;
    private final List<RenderedReceipt> printed = new CopyOnWriteArrayList<>();

    public SimulatedReceiptPrinter(PrinterProfile profile) {
        this.profile = profile;
        this.interpreter = new EscPosInterpreter(profile.paper(), profile.charset());
    }

    @Override
    public CompletableFuture<Void> print(Receipt receipt) {
        try {
            printed.add(preview(receipt));
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public RenderedReceipt preview(Receipt receipt) {
        return interpreter.render(encoder.encode(receipt, profile));
    }

    @Override
    public PrinterProfile profile() {
        return profile;
    }

    /** Everything printed so far, oldest first. */
    public List<RenderedReceipt> printed() {
        return List.copyOf(printed);
    }
}
