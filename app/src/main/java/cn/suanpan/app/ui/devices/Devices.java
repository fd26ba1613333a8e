package cn.suanpan.app.ui.devices;

import cn.suanpan.hardware.config.DeviceConfig;
import cn.suanpan.hardware.display.CustomerDisplay;
import cn.suanpan.hardware.display.DisplayLines;
import cn.suanpan.hardware.display.SimulatedCustomerDisplay;
import cn.suanpan.hardware.drawer.CashDrawer;
import cn.suanpan.hardware.drawer.SimulatedCashDrawer;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.connection.StatusReport;
import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import cn.suanpan.hardware.printer.queue.JobKind;
import cn.suanpan.hardware.printer.queue.PrintQueue;
import cn.suanpan.hardware.printer.queue.PrinterRouter;
import cn.suanpan.hardware.printer.queue.QueueState;
import cn.suanpan.hardware.scale.Scale;
import cn.suanpan.hardware.scale.ScaleReading;
import cn.suanpan.hardware.scale.SimulatedScale;
import cn.suanpan.hardware.scanner.BarcodeScanner;
import cn.suanpan.hardware.scanner.SimulatedBarcodeScanner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devices of this counter as the screens use them. In the terminal they are built from the
 * {@code devices.*} settings by the hardware module ({@link cn.suanpan.hardware.config.Devices}):
 * receipts go through its durable print queue, the printers' status monitors feed
 * {@link #addAlertListener}, and a new configuration from the settings screen replaces the
 * running devices without a restart ({@link #reconfigure}). Listeners for scans and weights
 * are kept here, not on a device, so they survive that replacement.
 *
 * <p>{@link #simulated()} is the in-process variant for screen tests: plain simulators and a
 * printer that renders at once, no queue, no files.
 */
public final class Devices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Devices.class);

    /** One set of running devices; replaced whole on reconfiguration. */
    private record Current(DeviceConfig config, BarcodeScanner scanner, Scale scale, CashDrawer drawer,
                           CustomerDisplay display, ReceiptPrinter printer, ReceiptPrinter tickets,
                           Optional<PrintQueue> queue, Optional<cn.suanpan.hardware.config.Devices> hardware) {
    }

    private final Path dataDir;
    private final Clock clock;
    private volatile Current current;
    private volatile DeviceAlerts alerts = DeviceAlerts.NONE;
    private volatile DisplayLines lastShown;
    private final List<Consumer<String>> scanListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ScaleReading>> scaleListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<DeviceAlerts>> alertListeners = new CopyOnWriteArrayList<>();

    private Devices(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** In-process simulators without files: what the screen tests drive. */
    public static Devices simulated() {
        Devices d = new Devices(null, Clock.systemUTC());
        d.install(new Current(DeviceConfig.defaults(), new SimulatedBarcodeScanner(), new SimulatedScale(), new SimulatedCashDrawer(),
                new SimulatedCustomerDisplay(),
                new SimulatedReceiptPrinter(PrinterProfile.standard(PaperWidth.MM80, PrinterCharset.GBK)),
                new SimulatedReceiptPrinter(PrinterProfile.standard(PaperWidth.MM80, PrinterCharset.GBK)),
                Optional.empty(), Optional.empty()));
        return d;
    }

    /**
     * The devices of {@code config}, with the print queue and simulated printers' pages under
     * {@code dataDir}.
     *
     * @throws cn.suanpan.hardware.serial.DeviceException when a setting cannot be used
     */
    public static Devices open(DeviceConfig config, Path dataDir, Clock clock) {
        Devices d = new Devices(dataDir, clock);
        d.install(d.build(config));
        return d;
    }

    private Current build(DeviceConfig config) {
        cn.suanpan.hardware.config.Devices hw = cn.suanpan.hardware.config.Devices.open(config, dataDir, clock);
        Optional<PrintQueue> queue = hw.printQueue();
        ReceiptPrinter printer = queue.isPresent() && hw.printer(DeviceConfig.RECEIPT).isPresent()
                ? new QueuedReceiptPrinter(queue.get(), JobKind.RECEIPT, hw.printer(DeviceConfig.RECEIPT).get().profile())
                : MissingDevices.printer();
        // tickets go to the kitchen printer when there is one, else to the receipt printer (the router decides)
        ReceiptPrinter tickets = queue.<ReceiptPrinter>map(q -> new QueuedReceiptPrinter(q, JobKind.KITCHEN,
                hw.printer(DeviceConfig.KITCHEN).or(() -> hw.printer(DeviceConfig.RECEIPT)).orElseThrow().profile()))
                .orElseGet(MissingDevices::printer);
        queue.ifPresent(q -> q.addListener(state -> publish(state, config)));
        return new Current(config,
                hw.scanner().orElseGet(SimulatedBarcodeScanner::new),
                hw.scale().orElseGet(MissingDevices::scale),
                hw.drawer().orElseGet(MissingDevices::drawer),
                hw.display().orElseGet(MissingDevices::display),
                printer, tickets, queue, Optional.of(hw));
    }

    private void install(Current next) {
        next.scanner().addScanListener(code -> {
            if (current == next) {
                scanListeners.forEach(l -> l.accept(code));
            }
        });
        next.scale().addReadingListener(r -> {
            if (current == next) {
                scaleListeners.forEach(l -> l.accept(r));
            }
        });
        current = next;
        if (lastShown != null) {
            next.display().show(lastShown);
        }
        next.queue().ifPresent(q -> publish(q.state(), next.config()));
    }

    /**
     * Replaces the running devices with those of {@code config}. The new ones are opened
     * first: when a setting cannot be used, this throws and the old devices stay.
     * Jobs waiting in the print queue stay on disk and are printed by the new queue.
     */
    public synchronized void reconfigure(DeviceConfig config) {
        if (dataDir == null) {
            Current c = current;
            current = new Current(config, c.scanner(), c.scale(), c.drawer(), c.display(), c.printer(), c.tickets(), c.queue(), c.hardware());
            return;
        }
        Current old = current;
        // the old queue lets go of its folder before the new one reads it
        old.hardware().ifPresent(cn.suanpan.hardware.config.Devices::close);
        Current next;
        try {
            next = build(config);
        } catch (RuntimeException e) {
            log.warn("New device settings cannot be used, keeping the old ones: {}", e.toString());
            install(build(old.config()));
            throw e;
        }
        install(next);
        log.info("Devices reconfigured");
    }

    private void publish(QueueState state, DeviceConfig config) {
        List<HardwareMessage> problems = new ArrayList<>();
        boolean drawerOpen = false;
        for (Map.Entry<String, StatusReport> e : state.printers().entrySet()) {
            for (HardwareMessage m : e.getValue().problems()) {
                if (!m.key().equals("printer.status.drawerOpen")) {
                    problems.add(m);
                }
            }
            boolean drawerHere = config.drawer().type() == cn.suanpan.hardware.config.DrawerType.PRINTER
                    && config.drawer().printer().equals(e.getKey()) && config.drawer().sensor().isPresent();
            if (drawerHere && e.getValue() instanceof StatusReport.Answered(PrinterStatus s) && s.drawerOpen()) {
                drawerOpen = true;
            }
        }
        DeviceAlerts next = new DeviceAlerts(problems, drawerOpen, state.waiting());
        alerts = next;
        alertListeners.forEach(l -> l.accept(next));
    }

    // ---- what the screens use

    public BarcodeScanner scanner() {
        return current.scanner();
    }

    public Scale scale() {
        return current.scale();
    }

    public CashDrawer drawer() {
        return current.drawer();
    }

    public CustomerDisplay poleDisplay() {
        return current.display();
    }

    /** Shows {@code lines} on the pole display, and again on a display that replaces it. */
    public void show(DisplayLines lines) {
        lastShown = lines;
        current.display().show(lines);
    }

    public ReceiptPrinter printer() {
        return current.printer();
    }

    /** Where order tickets go: the kitchen printer when one is set up, else the receipt printer. */
    public ReceiptPrinter ticketPrinter() {
        return current.tickets();
    }

    public DeviceConfig config() {
        return current.config();
    }

    /** The print queue; absent in the in-process test devices and when no printer is set up. */
    public Optional<PrintQueue> printQueue() {
        return current.queue();
    }

    /** The hardware module's devices, absent in the in-process test devices. */
    public Optional<cn.suanpan.hardware.config.Devices> hardware() {
        return current.hardware();
    }

    public DeviceAlerts alerts() {
        return alerts;
    }

    /** Codes from a serial scanner, on the scanner's thread. */
    public void addScanListener(Consumer<String> listener) {
        scanListeners.add(listener);
    }

    /** Every scale reading, on the scale's thread. */
    public void addScaleListener(Consumer<ScaleReading> listener) {
        scaleListeners.add(listener);
    }

    /** Printer problems, the drawer and waiting jobs, on the print queue's thread, on every change. */
    public void addAlertListener(Consumer<DeviceAlerts> listener) {
        alertListeners.add(listener);
    }

    @Override
    public void close() {
        Current c = current;
        if (c.hardware().isPresent()) {
            c.hardware().get().close();
        } else {
            c.scanner().close();
            c.scale().close();
            c.display().close();
        }
    }
}
