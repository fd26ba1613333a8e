package cn.suanpan.app.ui.devices;

import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.preview.RenderedReceipt;
import cn.suanpan.hardware.printer.receipt.Receipt;
import java.util.concurrent.CompletableFuture;

/**
 * Where the sale screen sends receipts. The seam for the durable print queue: the screen
 * only asks for a receipt to be printed and hears back when it was (or why not), and never
 * waits for paper.
 */
public interface ReceiptPrinter {

    CompletableFuture<Void> print(Receipt receipt);

    /** What the receipt looks like on this printer's paper, for the on-screen preview. */
    RenderedReceipt preview(Receipt receipt);

    PrinterProfile profile();
}
