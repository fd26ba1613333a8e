package cn.suanpan.app.ui.devices;

import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.queue.PrintJob;
import java.util.List;
import java.util.Optional;

/**
 * What the status bar shows of the devices: the printers' problems (paper, cover, offline),
 * whether the cash drawer stands open, and the print jobs still waiting with why the first
 * of them did not print.
 *
 * @param problems   printer problems, most urgent first, without the drawer
 * @param drawerOpen the drawer's switch reads open (only where a switch is wired back)
 * @param waiting    jobs not printed yet, oldest first
 */
public record DeviceAlerts(List<HardwareMessage> problems, boolean drawerOpen, List<PrintJob> waiting) {

    public static final DeviceAlerts NONE = new DeviceAlerts(List.of(), false, List.of());

    public DeviceAlerts {
        problems = List.copyOf(problems);
        waiting = List.copyOf(waiting);
    }

    /** Why the oldest waiting job did not print yet, when it was tried. */
    public Optional<HardwareMessage> lastError() {
        return waiting.isEmpty() ? Optional.empty() : waiting.getFirst().lastError();
    }

    public boolean printerTrouble() {
        return !problems.isEmpty() || !waiting.isEmpty();
    }
}
