package cn.suanpan.hardware.printer.connection;

import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;

/**
 * A printer installed in the operating system (the usual way for USB receipt printers on
 * Windows, or a CUPS raw queue on Linux), sent the ESC/POS bytes unchanged through
 * javax.print as {@link DocFlavor.BYTE_ARRAY#AUTOSENSE}: the driver must pass them through
 * raw ("Generic / Text Only" on Windows, a raw queue in CUPS).
 *
 * <p>The spooler does not give DLE EOT answers back, so this connection cannot tell paper out
 * or cover open: {@link #supportsStatus()} is false and a job counts as printed once the
 * spooler has taken it.
 */
public final class SystemPrinterConnection implements PrinterConnection {

    private final String printerName;
    private volatile boolean closed;

    public SystemPrinterConnection(String printerName) {
        this.printerName = Objects.requireNonNull(printerName, "printerName").strip();
        if (this.printerName.isEmpty()) {
            throw new IllegalArgumentException("empty printer name");
        }
    }

    /** Names of the printers the operating system knows, for the settings screen and {@code device list}. */
    public static List<String> installedPrinters() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).sorted().toList();
    }

    @Override
    public String address() {
        return printerName;
    }

    @Override
    public void write(byte[] bytes, Duration timeout) {
        if (closed) {
            throw new PrinterException(PrinterException.Reason.CLOSED, new HardwareMessage("printer.error.closed", printerName));
        }
        // looked up for every job: the printer may have been installed or renamed since the last one
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equalsIgnoreCase(printerName))
                .findFirst()
                .orElseThrow(() -> new PrinterException(PrinterException.Reason.NOT_FOUND,
                        new HardwareMessage("printer.error.notFound", printerName)));
        if (!service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.AUTOSENSE)) {
            throw new PrinterException(PrinterException.Reason.FAILED,
                    new HardwareMessage("printer.error.notRaw", printerName));
        }
        DocPrintJob job = service.createPrintJob();
        HashPrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName("Suanpan", null));
        byte[] copy = bytes.clone();
        CompletableFuture<Void> done = new CompletableFuture<>();
        // some drivers block in print() while the device is busy: the caller waits at most the timeout
        Thread.ofVirtual().name("system-print " + printerName).start(() -> {
            try {
                job.print(new SimpleDoc(copy, DocFlavor.BYTE_ARRAY.AUTOSENSE, null), attributes);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new PrinterException(PrinterException.Reason.TIMEOUT, new HardwareMessage("printer.error.timeout", printerName), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrinterException(PrinterException.Reason.TIMEOUT, new HardwareMessage("printer.error.timeout", printerName), e);
        } catch (ExecutionException e) {
            throw new PrinterException(PrinterException.Reason.FAILED,
                    new HardwareMessage("printer.error.failed", printerName, String.valueOf(e.getCause().getMessage())), e.getCause());
        }
    }

    @Override
    public boolean supportsStatus() {
        return false;
    }

    @Override
    public PrinterStatus status(Duration timeout) {
        throw new PrinterException(PrinterException.Reason.STATUS_UNAVAILABLE,
                new HardwareMessage("printer.error.statusUnavailable", printerName));
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "SystemPrinterConnection[" + printerName + "]";
    }
}
