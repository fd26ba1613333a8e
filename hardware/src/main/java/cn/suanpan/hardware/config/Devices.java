package cn.suanpan.hardware.config;

import cn.suanpan.hardware.display.CustomerDisplay;
import cn.suanpan.hardware.display.SerialCustomerDisplay;
import cn.suanpan.hardware.display.SimulatedCustomerDisplay;
import cn.suanpan.hardware.drawer.CashDrawer;
import cn.suanpan.hardware.drawer.SerialCashDrawer;
import cn.suanpan.hardware.drawer.SimulatedCashDrawer;
import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.connection.NetworkPrinterConnection;
import cn.suanpan.hardware.printer.connection.PrinterCashDrawer;
import cn.suanpan.hardware.printer.connection.PrinterConnection;
import cn.suanpan.hardware.printer.connection.PrinterStatusMonitor;
import cn.suanpan.hardware.printer.connection.SerialPrinterConnection;
import cn.suanpan.hardware.printer.connection.SimulatedPrinterConnection;
import cn.suanpan.hardware.printer.connection.SystemPrinterConnection;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.printer.queue.PrintQueue;
import cn.suanpan.hardware.printer.queue.PrinterRouter;
import cn.suanpan.hardware.printer.queue.RetryPolicy;
import cn.suanpan.hardware.printer.sim.SimulatedPrinter;
import cn.suanpan.hardware.scale.Scale;
import cn.suanpan.hardware.scale.ScaleProtocol;
import cn.suanpan.hardware.scale.ScaleSettings;
import cn.suanpan.hardware.scale.SerialScale;
import cn.suanpan.hardware.scale.SimulatedScale;
import cn.suanpan.hardware.scanner.BarcodeScanner;
import cn.suanpan.hardware.scanner.ScannerSettings;
import cn.suanpan.hardware.scanner.SerialBarcodeScanner;
import cn.suanpan.hardware.scanner.SimulatedBarcodeScanner;
import cn.suanpan.hardware.serial.DeviceException;
import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.serial.SerialLink;
import cn.suanpan.hardware.serial.SerialSettings;
import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devices of one counter, built from a {@link DeviceConfig} and running: printers behind
 * the durable print queue (in {@code <data>/print-queue/}) with a status monitor each, the
 * cash drawer, scanner, scale and customer display. Simulated printers write their pages to
 * {@code <data>/printer-sim/} and read their state from {@code <data>/printer-sim/<role>.state}.
 */
public final class Devices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Devices.class);

    public static final String SIMULATED_PRINTER_FOLDER = "printer-sim";
    public static final String QUEUE_FOLDER = "print-queue";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final DeviceConfig config;
    private final Map<String, PrinterRouter.Destination> printers = new LinkedHashMap<>();
    private final Map<String, SimulatedPrinter> simulatedPrinters = new LinkedHashMap<>();
    private final Map<String, PrinterStatusMonitor> monitors = new LinkedHashMap<>();
    /** Everything to close, closed last-made first. */
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private PrintQueue queue;
    private CashDrawer drawer;
    private BarcodeScanner scanner;
    private Scale scale;
    private CustomerDisplay display;

    private Devices(DeviceConfig config) {
        this.config = config;
    }

    /**
     * Builds every configured device and starts the print queue and status monitors.
     *
     * @throws DeviceException {@code device.config.*} when a setting cannot be used (a serial
     *                         device without a port, a network printer without a host)
     */
    public static Devices open(DeviceConfig config, Path dataDir, Clock clock) {
        Devices d = new Devices(config);
        try {
            d.build(dataDir, clock);
            return d;
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private void build(Path dataDir, Clock clock) {
        DrawerConfig drawerConfig = config.drawer();
        for (Map.Entry<String, PrinterConfig> e : config.printers().entrySet()) {
            String role = e.getKey();
            PrinterConfig pc = e.getValue();
            boolean drawerHere = drawerConfig.type() == DrawerType.PRINTER && drawerConfig.printer().equals(role);
            DrawerSensor sensor = drawerHere ? drawerConfig.sensor().orElse(DrawerSensor.OPEN_WHEN_HIGH) : DrawerSensor.OPEN_WHEN_HIGH;
            PrinterConnection connection = connect(role, pc, sensor, dataDir);
            resources.push(connection);
            PrinterProfile profile = new PrinterProfile(role + " (" + DeviceConfig.word(pc.type()) + ")", pc.paper(),
                    pc.charset(), pc.cut(), 2, true, sensor);
            printers.put(role, new PrinterRouter.Destination(role, connection, profile));
        }
        if (!printers.isEmpty()) {
            PrinterRouter.Builder router = PrinterRouter.builder();
            printers.values().forEach(router::printer);
            queue = new PrintQueue(dataDir.resolve(QUEUE_FOLDER), router.build(), clock, RetryPolicy.DEFAULT);
            resources.push(queue);
            for (PrinterRouter.Destination p : printers.values()) {
                PrinterStatusMonitor m = new PrinterStatusMonitor(p.name(), p.connection());
                m.addListener(queue.statusListener(p.name()));
                monitors.put(p.name(), m);
                resources.push(m);
            }
        }
        drawer = makeDrawer(drawerConfig);
        scanner = makeScanner(config.scanner());
        scale = makeScale(config.scale());
        display = makeDisplay(config.display());
        if (queue != null) {
            queue.start();
        }
        monitors.values().forEach(PrinterStatusMonitor::start);
    }

    private PrinterConnection connect(String role, PrinterConfig pc, DrawerSensor sensor, Path dataDir) {
        String key = DeviceConfig.PREFIX + "printer." + role + ".address";
        return switch (pc.type()) {
            case SIMULATED -> {
                Path folder = dataDir.resolve(SIMULATED_PRINTER_FOLDER);
                SimulatedPrinter printer = new SimulatedPrinter(role, folder, pc.paper(), pc.charset(), sensor,
                        folder.resolve(role + ".state"));
                simulatedPrinters.put(role, printer);
                resources.push(printer);
                yield new SimulatedPrinterConnection(printer);
            }
            case SERIAL -> new SerialPrinterConnection(
                    SerialLink.create(required(key, pc.address()), SerialSettings.ofBaudRate(pc.baud())), sensor);
            case NETWORK -> {
                try {
                    yield NetworkPrinterConnection.of(required(key, pc.address()), CONNECT_TIMEOUT, sensor);
                } catch (IllegalArgumentException e) {
                    throw new DeviceException(new HardwareMessage("device.config.invalid", key, pc.address()), e);
                }
            }
            case SYSTEM -> new SystemPrinterConnection(required(key, pc.address()));
            case NONE -> throw new IllegalStateException("no printer");
        };
    }

    private CashDrawer makeDrawer(DrawerConfig c) {
        return switch (c.type()) {
            case PRINTER -> {
                PrinterRouter.Destination p = printers.get(c.printer());
                if (p == null) {
                    throw new DeviceException(new HardwareMessage("device.config.invalid", DeviceConfig.PREFIX + "drawer.printer", c.printer()));
                }
                PrinterCashDrawer d = new PrinterCashDrawer(p.connection(), c.kick(), c.sensor().isPresent());
                PrinterStatusMonitor m = monitors.get(c.printer());
                if (m != null) {
                    m.addListener(d::onStatus);
                }
                yield d;
            }
            case SERIAL -> {
                SerialCashDrawer d = new SerialCashDrawer(link(DeviceConfig.PREFIX + "drawer.port", c.port(), c.baud()), c.kick().bytes());
                resources.push(d);
                yield d;
            }
            case SIMULATED -> new SimulatedCashDrawer();
            case NONE -> null;
        };
    }

    private BarcodeScanner makeScanner(ScannerConfig c) {
        BarcodeScanner s = switch (c.type()) {
            case SIMULATED -> new SimulatedBarcodeScanner();
            case SERIAL -> new SerialBarcodeScanner(link(DeviceConfig.PREFIX + "scanner.port", c.port(), c.baud()),
                    ScannerSettings.DEFAULT.withSuffix(c.suffix()));
            case NONE -> null;
        };
        if (s != null) {
            resources.push(s);
        }
        return s;
    }

    private Scale makeScale(ScaleConfig c) {
        ScaleSettings settings = (c.protocol() == ScaleProtocol.Kind.CONTINUOUS_ASCII
                ? ScaleSettings.continuous() : ScaleSettings.toledo8213()).withUnit(c.unit());
        Scale s = switch (c.type()) {
            case SIMULATED -> new SimulatedScale();
            case SERIAL -> new SerialScale(link(DeviceConfig.PREFIX + "scale.port", c.port(), c.baud()), settings);
            case NONE -> null;
        };
        if (s != null) {
            resources.push(s);
        }
        return s;
    }

    private CustomerDisplay makeDisplay(DisplayConfig c) {
        CustomerDisplay d = switch (c.type()) {
            case SIMULATED -> new SimulatedCustomerDisplay();
            case SERIAL -> new SerialCustomerDisplay(link(DeviceConfig.PREFIX + "display.port", c.port(), c.baud()), c.commandSet());
            case NONE -> null;
        };
        if (d != null) {
            resources.push(d);
        }
        return d;
    }

    private static SerialLink link(String key, String port, int baud) {
        return SerialLink.create(required(key, port), SerialSettings.ofBaudRate(baud));
    }

    private static String required(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new DeviceException(new HardwareMessage("device.config.missing", key));
        }
        return value;
    }

    public DeviceConfig config() {
        return config;
    }

    /** The print queue, absent when no printer is configured. */
    public Optional<PrintQueue> printQueue() {
        return Optional.ofNullable(queue);
    }

    /** A printer by role ({@code receipt}, {@code kitchen}). */
    public Optional<PrinterRouter.Destination> printer(String role) {
        return Optional.ofNullable(printers.get(role));
    }

    public List<PrinterRouter.Destination> printers() {
        return List.copyOf(printers.values());
    }

    /** The status monitor of a printer that can report its status. */
    public Optional<PrinterStatusMonitor> monitor(String role) {
        return Optional.ofNullable(monitors.get(role)).filter(m -> printers.get(role).connection().supportsStatus());
    }

    /** A simulated printer, to show its pages or change its state. */
    public Optional<SimulatedPrinter> simulatedPrinter(String role) {
        return Optional.ofNullable(simulatedPrinters.get(role));
    }

    public Optional<CashDrawer> drawer() {
        return Optional.ofNullable(drawer);
    }

    public Optional<BarcodeScanner> scanner() {
        return Optional.ofNullable(scanner);
    }

    public Optional<Scale> scale() {
        return Optional.ofNullable(scale);
    }

    public Optional<CustomerDisplay> display() {
        return Optional.ofNullable(display);
    }

    /**
     * Serial ports the operating system lists, as {@code path (description)}. Virtual ports and
     * some USB adapters are missing from it; they can still be typed in.
     */
    public static List<String> serialPorts() {
        return Arrays.stream(SerialPort.getCommPorts())
                .map(p -> p.getSystemPortPath() + " (" + p.getPortDescription() + ")")
                .sorted()
                .toList();
    }

    /** Stops the queue (waiting jobs stay on disk), the monitors and every device. */
    @Override
    public void close() {
        while (!resources.isEmpty()) {
            AutoCloseable r = resources.pop();
            try {
                r.close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", r, e.toString());
            }
        }
    }
}
