package cn.suanpan.hardware.printer.escpos;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * What the printer reported about itself, decoded from the DLE EOT answers.
 *
 * @param offline               the printer does not accept data (cover open, paper out, error)
 * @param coverOpen             the roll cover is open
 * @param paperNearEnd          the roll is nearly used up: print on, change the roll soon
 * @param paperOut              the roll is empty
 * @param cutterError           the cutter is jammed or failed
 * @param unrecoverableError    a fault that needs the printer switched off (head, voltage)
 * @param autoRecoverableError  e.g. head too hot; the printer resumes by itself
 * @param drawerOpen            the cash drawer's switch reads open
 */
public record PrinterStatus(
        boolean offline,
        boolean coverOpen,
        boolean paperNearEnd,
        boolean paperOut,
        boolean cutterError,
        boolean unrecoverableError,
        boolean autoRecoverableError,
        boolean drawerOpen) {

    /** A printer with nothing to report: online, paper in, cover shut, drawer closed. */
    public static final PrinterStatus READY = new PrinterStatus(false, false, false, false, false, false, false, false);

    /** Whether a receipt sent now would be printed. A nearly empty roll still prints. */
    public boolean canPrint() {
        return !offline && !coverOpen && !paperOut && !cutterError && !unrecoverableError;
    }

    /** What to tell the cashier, most urgent first; empty when all is well. */
    public List<HardwareMessage> problems() {
        List<HardwareMessage> problems = new ArrayList<>();
        if (paperOut) {
            problems.add(new HardwareMessage("printer.status.paperOut"));
        }
        if (coverOpen) {
            problems.add(new HardwareMessage("printer.status.coverOpen"));
        }
        if (cutterError) {
            problems.add(new HardwareMessage("printer.status.cutterError"));
        }
        if (unrecoverableError) {
            problems.add(new HardwareMessage("printer.status.unrecoverableError"));
        }
        if (autoRecoverableError) {
            problems.add(new HardwareMessage("printer.status.autoRecoverableError"));
        }
        if (offline && problems.isEmpty()) {
            problems.add(new HardwareMessage("printer.status.offline"));
        }
        if (paperNearEnd && !paperOut) {
            problems.add(new HardwareMessage("printer.status.paperNearEnd"));
        }
        if (drawerOpen) {
            problems.add(new HardwareMessage("printer.status.drawerOpen"));
        }
        return problems;
    }
}
