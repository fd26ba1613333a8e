package cn.suanpan.hardware.printer.connection;

import cn.suanpan.hardware.drawer.CashDrawer;
import cn.suanpan.hardware.drawer.DrawerState;
import cn.suanpan.hardware.printer.escpos.DrawerKick;
import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import cn.suanpan.hardware.serial.DeviceException;
import cn.suanpan.hardware.i18n.HardwareMessage;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A cash drawer on a receipt printer's kick-out connector: {@link #open()} sends ESC p with
 * the configured pin and pulse times, straight to the printer and not through the print queue,
 * so a no-sale opens the drawer even while receipts wait for paper. (Like any ESC/POS command
 * the kick is carried out once the printer is online again; a printer without paper or with
 * its cover open holds it.)
 *
 * <p>When the drawer's switch is wired back to the printer, its state is taken from the
 * drawer bit of the printer's status: feed {@link #onStatus} from a {@link PrinterStatusMonitor}.
 */
public final class PrinterCashDrawer implements CashDrawer {

    private static final Duration KICK_TIMEOUT = Duration.ofSeconds(5);

    private final PrinterConnection printer;
    private final DrawerKick kick;
    private final boolean sensorWired;
    private volatile PrinterStatus lastStatus;

    /**
     * @param sensorWired whether the drawer's open switch is connected (pin 3); without it the
     *                    printer's drawer bit means nothing and {@link #state()} is empty
     */
    public PrinterCashDrawer(PrinterConnection printer, DrawerKick kick, boolean sensorWired) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.kick = Objects.requireNonNull(kick, "kick");
        this.sensorWired = sensorWired;
    }

    public DrawerKick kick() {
        return kick;
    }

    @Override
    public CompletableFuture<Void> open() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofVirtual().name("drawer-kick " + printer.address()).start(() -> {
            try {
                printer.write(kick.bytes(), KICK_TIMEOUT);
                done.complete(null);
            } catch (PrinterException e) {
                done.completeExceptionally(new DeviceException(
                        new HardwareMessage("device.drawer.printerUnavailable", printer.address()), e));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    @Override
    public Optional<DrawerState> state() {
        PrinterStatus s = lastStatus;
        if (!sensorWired || s == null) {
            return Optional.empty();
        }
        return Optional.of(s.drawerOpen() ? DrawerState.OPEN : DrawerState.CLOSED);
    }

    /** Takes the drawer bit from a status report; a printer that does not answer leaves the state unknown. */
    public void onStatus(StatusReport report) {
        lastStatus = report instanceof StatusReport.Answered(PrinterStatus s) ? s : null;
    }
}
