package cn.suanpan.app.ui.devices;

import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.escpos.ReceiptEncoder;
import cn.suanpan.hardware.printer.preview.EscPosInterpreter;
import cn.suanpan.hardware.printer.preview.RenderedReceipt;
import cn.suanpan.hardware.printer.queue.JobKind;
import cn.suanpan.hardware.printer.queue.PrintQueue;
import cn.suanpan.hardware.printer.receipt.Receipt;
import java.util.concurrent.CompletableFuture;

/**
 * Receipts through the durable print queue: {@link #print} is done once the job is on disk,
 * not once it is on paper. A printer that is off or out of paper keeps the job waiting, and
 * the status bar says so; the sale that asked for it has long gone on.
 */
final class QueuedReceiptPrinter implements ReceiptPrinter {

    private final PrintQueue queue;
    private final JobKind kind;
    private final PrinterProfile profile;
    private final ReceiptEncoder encoder = new ReceiptEncoder();
    private final EscPosInterpreter interpreter;

    QueuedReceiptPrinter(PrintQueue queue, JobKind kind, PrinterProfile profile) {
        this.queue = queue;
        this.kind = kind;
        this.profile = profile;
        this.interpreter = new EscPosInterpreter(profile.paper(), profile.charset());
    }

    @Override
    public CompletableFuture<Void> print(Receipt receipt) {
        try {
            queue.submit(kind, receipt);
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
}
