package cn.suanpan.app.cli;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.audit.AuditAction;
import cn.suanpan.core.audit.AuditLog;
import cn.suanpan.core.auth.Authorization;
import cn.suanpan.core.auth.AuthPolicy;
import cn.suanpan.core.auth.Authorizer;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.outbox.JsonWriter;
import cn.suanpan.core.users.PinHasher;
import cn.suanpan.core.users.User;
import cn.suanpan.core.users.UserRepository;
import cn.suanpan.hardware.codes.CodeReader;
import cn.suanpan.hardware.codes.DecodedCode;
import cn.suanpan.hardware.config.DeviceConfig;
import cn.suanpan.hardware.config.DeviceType;
import cn.suanpan.hardware.config.Devices;
import cn.suanpan.hardware.config.DrawerConfig;
import cn.suanpan.hardware.config.PrinterConfig;
import cn.suanpan.hardware.drawer.CashDrawer;
import cn.suanpan.hardware.drawer.DrawerState;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.connection.PrinterStatusMonitor;
import cn.suanpan.hardware.printer.connection.StatusReport;
import cn.suanpan.hardware.printer.escpos.DrawerPin;
import cn.suanpan.hardware.printer.queue.JobKind;
import cn.suanpan.hardware.printer.queue.PrintJob;
import cn.suanpan.hardware.printer.queue.PrintQueue;
import cn.suanpan.hardware.printer.queue.PrinterRouter;
import cn.suanpan.hardware.printer.receipt.ItemLine;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.printer.receipt.ReceiptHeader;
import cn.suanpan.hardware.printer.receipt.ReceiptMeta;
import cn.suanpan.hardware.printer.receipt.ReceiptQr;
import cn.suanpan.hardware.printer.receipt.TotalLine;
import cn.suanpan.hardware.printer.sim.SimulatedPrinter;
import cn.suanpan.hardware.scale.Scale;
import cn.suanpan.hardware.scale.ScaleReading;
import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.serial.DeviceException;
import cn.suanpan.hardware.printer.connection.SystemPrinterConnection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code suanpan device ...}: look at and try out the counter's devices as configured by the
 * {@code devices.*} keys of the settings file (all simulated until set otherwise).
 */
@Command(name = "device", description = "Look at and try out the counter's devices (printers, drawer, scale, codes).",
        subcommands = {DeviceCommand.ListDevices.class, DeviceCommand.TestPrint.class, DeviceCommand.OpenDrawer.class,
                DeviceCommand.ReadScale.class, DeviceCommand.Status.class, DeviceCommand.Decode.class})
public final class DeviceCommand {

    /** Exit code of a device that did not do what was asked (not printed, no weight, no code). */
    static final int DEVICE_FAILED = 1;
    /** Exit code of a request that cannot be carried out as configured. */
    static final int NOT_POSSIBLE = 2;

    @ParentCommand
    SuanpanCommand parent;

    I18n i18n() {
        return parent.i18n();
    }

    /** The {@code devices.*} keys of the settings file. */
    DeviceConfig config() {
        Properties p = new Properties();
        Path file = parent.directory().settingsFile();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return DeviceConfig.load(p);
    }

    Devices open() {
        return Devices.open(config(), parent.directory().root(), Clock.systemUTC());
    }

    /** A printer's role as the user reads it ("receipt" printer, "小票"打印机). */
    String role(String role) {
        return switch (role) {
            case PrinterRouter.RECEIPT_PRINTER -> i18n().tr("cli.device.role.receipt");
            case PrinterRouter.KITCHEN_PRINTER -> i18n().tr("cli.device.role.kitchen");
            default -> role;
        };
    }

    String hardware(DeviceException e) {
        return e.userMessage().format(i18n().locale());
    }

    /** Runs a subcommand, turning a device or settings error into a message and an exit code. */
    int guarded(CommandSpec spec, Supplier<Integer> body) {
        try {
            return body.get();
        } catch (DeviceException e) {
            spec.commandLine().getErr().println(hardware(e));
            return NOT_POSSIBLE;
        } catch (SuanpanException e) {
            spec.commandLine().getErr().println(i18n().describe(e));
            return NOT_POSSIBLE;
        }
    }

    @Command(name = "list", description = "Show the configured devices, the serial ports and the installed printers.")
    static final class ListDevices implements Callable<Integer> {

        @ParentCommand
        DeviceCommand device;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return device.guarded(spec, this::list);
        }

        private int list() {
            I18n i18n = device.i18n();
            PrintWriter out = spec.commandLine().getOut();
            DeviceConfig c = device.config();
            Path data = device.parent.directory().root();
            out.println(i18n.tr("cli.device.list.receipt", printer(c.receiptPrinter(), data)));
            out.println(i18n.tr("cli.device.list.kitchen", printer(c.kitchenPrinter(), data)));
            DrawerConfig d = c.drawer();
            out.println(switch (d.type()) {
                case PRINTER -> i18n.tr("cli.device.list.drawer.printer", device.role(d.printer()), d.pin() == DrawerPin.PIN_2 ? "2" : "5",
                        String.valueOf(d.pulseOnMillis()), String.valueOf(d.pulseOffMillis()));
                case SERIAL -> i18n.tr("cli.device.list.drawer.serial", d.port(), String.valueOf(d.baud()));
                case SIMULATED -> i18n.tr("cli.device.list.drawer.simulated");
                case NONE -> i18n.tr("cli.device.list.drawer.none");
            });
            out.println(i18n.tr("cli.device.list.scanner", serial(c.scanner().type(), c.scanner().port(), c.scanner().baud(),
                    c.scanner().suffix().name())));
            out.println(i18n.tr("cli.device.list.scale", serial(c.scale().type(), c.scale().port(), c.scale().baud(),
                    c.scale().protocol().name())));
            out.println(i18n.tr("cli.device.list.display", serial(c.display().type(), c.display().port(), c.display().baud(),
                    c.display().commandSet().name())));
            out.println(i18n.tr("cli.device.list.settings", device.parent.directory().settingsFile()));
            out.println();
            List<String> ports = Devices.serialPorts();
            out.println(ports.isEmpty() ? i18n.tr("cli.device.list.noPorts") : i18n.tr("cli.device.list.ports"));
            ports.forEach(p -> out.println("  " + p));
            List<String> installed = SystemPrinterConnection.installedPrinters();
            out.println(installed.isEmpty() ? i18n.tr("cli.device.list.noSystemPrinters") : i18n.tr("cli.device.list.systemPrinters"));
            installed.forEach(p -> out.println("  " + p));
            return 0;
        }

        private String printer(PrinterConfig p, Path data) {
            I18n i18n = device.i18n();
            String mm = p.paper() == PaperWidth.MM58 ? "58" : "80";
            return switch (p.type()) {
                case SIMULATED -> i18n.tr("cli.device.list.printer.simulated", mm, p.charset().name(),
                        data.resolve(Devices.SIMULATED_PRINTER_FOLDER));
                case SERIAL -> i18n.tr("cli.device.list.printer.serial", p.address(), String.valueOf(p.baud()), mm, p.charset().name());
                case NETWORK -> i18n.tr("cli.device.list.printer.network", p.address(), mm, p.charset().name());
                case SYSTEM -> i18n.tr("cli.device.list.printer.system", p.address(), mm, p.charset().name());
                case NONE -> i18n.tr("cli.device.none");
            };
        }

        private String serial(DeviceType type, String port, int baud, String detail) {
            I18n i18n = device.i18n();
            return switch (type) {
                case SIMULATED -> i18n.tr("cli.device.simulated");
                case SERIAL -> i18n.tr("cli.device.list.serial", port, String.valueOf(baud), detail);
                case NONE -> i18n.tr("cli.device.none");
            };
        }
    }

    @Command(name = "test-print", description = "Print a test page through the print queue.")
    static final class TestPrint implements Callable<Integer> {

        @ParentCommand
        DeviceCommand device;

        @Spec
        CommandSpec spec;

        @Option(names = "--printer", defaultValue = "receipt", description = "receipt or kitchen (default: ${DEFAULT-VALUE}).")
        String printer;

        @Option(names = "--wait", defaultValue = "20", description = "Seconds to wait for the page (default: ${DEFAULT-VALUE}).")
        int waitSeconds;

        @Override
        public Integer call() {
            return device.guarded(spec, this::print);
        }

        private int print() {
            I18n i18n = device.i18n();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!printer.equals(PrinterRouter.RECEIPT_PRINTER) && !printer.equals(PrinterRouter.KITCHEN_PRINTER)) {
                err.println(i18n.tr("cli.device.unknownPrinter", printer));
                return NOT_POSSIBLE;
            }
            try (Devices devices = device.open()) {
                Optional<PrinterRouter.Destination> destination = devices.printer(printer);
                if (destination.isEmpty()) {
                    err.println(i18n.tr("cli.device.testPrint.noPrinter", device.role(printer), printer));
                    return NOT_POSSIBLE;
                }
                PrintQueue queue = devices.printQueue().orElseThrow();
                JobKind kind = printer.equals(PrinterRouter.KITCHEN_PRINTER) ? JobKind.KITCHEN : JobKind.RECEIPT;
                PrintJob job = queue.submit(kind, testPage(destination.get()));
                Optional<PrintJob> done = awaitPrinted(queue, job.id(), Duration.ofSeconds(waitSeconds));
                if (done.isEmpty()) {
                    Optional<PrintJob> now = queue.job(job.id());
                    String why = now.flatMap(PrintJob::lastError).map(m -> m.format(i18n.locale()))
                            .orElseGet(() -> i18n.tr("cli.device.testPrint.slow"));
                    err.println(i18n.tr("cli.device.testPrint.waiting", why));
                    err.println(i18n.tr("cli.device.testPrint.kept"));
                    return DEVICE_FAILED;
                }
                out.println(i18n.tr("cli.device.testPrint.printed", device.role(printer), destination.get().connection().address()));
                devices.simulatedPrinter(printer).map(SimulatedPrinter::pages).filter(p -> !p.isEmpty())
                        .flatMap(p -> p.getLast().pngFile())
                        .ifPresent(png -> out.println(i18n.tr("cli.device.testPrint.picture", png)));
                return 0;
            }
        }

        private Receipt testPage(PrinterRouter.Destination d) {
            I18n i18n = device.i18n();
            LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
            String number = "TEST-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            return Receipt.builder(i18n.locale(), new ReceiptHeader(i18n.tr("cli.device.testPrint.title"), d.profile().name(), ""),
                            new ReceiptMeta(number, now, i18n.tr("cli.device.testPrint.cashier"), printer))
                    .item(new ItemLine(i18n.tr("cli.device.testPrint.item1"), "1", "￥1.00", "￥1.00"))
                    .item(new ItemLine(i18n.tr("cli.device.testPrint.item2"), "0.352kg", "￥12.80", "￥4.51"))
                    .total(TotalLine.total(i18n.tr("cli.device.testPrint.total"), "￥5.51"))
                    .footer(i18n.tr("cli.device.testPrint.footer", device.role(printer)))
                    .qr(new ReceiptQr("https://suanpan.example/test/" + number, i18n.tr("cli.device.testPrint.qr")))
                    // digits only: a 58 mm roll holds about 14 CODE128 symbols
                    .barcode(now.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")))
                    .training(true)
                    .build();
        }

        private static Optional<PrintJob> awaitPrinted(PrintQueue queue, long id, Duration wait) {
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                Optional<PrintJob> j = queue.job(id);
                if (j.isPresent() && j.get().isPrinted()) {
                    return j;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return Optional.empty();
        }
    }

    @Command(name = "open-drawer", description = "Open the cash drawer without a sale (needs a user allowed to, e.g. a supervisor).")
    static final class OpenDrawer implements Callable<Integer> {

        @ParentCommand
        DeviceCommand device;

        @Spec
        CommandSpec spec;

        @Option(names = "--user", required = true, description = "User name of a supervisor or admin.")
        String user;

        @Option(names = "--pin", required = true, description = "That user's PIN.")
        String pin;

        @Override
        public Integer call() {
            return device.guarded(spec, this::open);
        }

        private int open() {
            I18n i18n = device.i18n();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (device.config().drawer().type() == cn.suanpan.hardware.config.DrawerType.NONE) {
                err.println(i18n.tr("cli.device.drawer.none"));
                return NOT_POSSIBLE;
            }
            User who;
            try (TerminalContext t = device.parent.openTerminal()) {
                UserRepository users = new UserRepository(t.store(), new PinHasher(), t.clock());
                AuditLog audit = new AuditLog(t.clock());
                Authorizer authorizer = new Authorizer(t.store(), users, audit, AuthPolicy.defaults());
                who = users.login(user, pin);
                Authorization granted = authorizer.require(who, Permission.NO_SALE, Optional.empty());
                // recorded before the kick: a drawer that opened is never missing from the log
                t.store().inTransactionRun(tx -> audit.append(tx, who.id(), AuditAction.NO_SALE, "drawer",
                        JsonWriter.object().put("source", "cli").toString(), granted.requireFor(Permission.NO_SALE).approverId()));
            }
            try (Devices devices = device.open()) {
                Optional<CashDrawer> drawer = devices.drawer();
                if (drawer.isEmpty()) {
                    err.println(i18n.tr("cli.device.drawer.none"));
                    return NOT_POSSIBLE;
                }
                try {
                    drawer.get().open().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    String why = e.getCause() instanceof DeviceException d ? device.hardware(d) : String.valueOf(e.getCause());
                    err.println(i18n.tr("cli.device.drawer.failed", why));
                    return DEVICE_FAILED;
                } catch (TimeoutException e) {
                    err.println(i18n.tr("cli.device.drawer.failed", i18n.tr("cli.device.timedOut")));
                    return DEVICE_FAILED;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return DEVICE_FAILED;
                }
                out.println(i18n.tr("cli.device.drawer.opened", who.displayName()));
                return 0;
            }
        }
    }

    @Command(name = "read-scale", description = "Wait for a stable weight and print it.")
    static final class ReadScale implements Callable<Integer> {

        @ParentCommand
        DeviceCommand device;

        @Spec
        CommandSpec spec;

        @Option(names = "--wait", defaultValue = "10", description = "Seconds to wait for the weight to settle (default: ${DEFAULT-VALUE}).")
        int waitSeconds;

        @Override
        public Integer call() {
            return device.guarded(spec, this::read);
        }

        private int read() {
            I18n i18n = device.i18n();
            try (Devices devices = device.open()) {
                Optional<Scale> scale = devices.scale();
                if (scale.isEmpty()) {
                    spec.commandLine().getErr().println(i18n.tr("cli.device.scale.none"));
                    return NOT_POSSIBLE;
                }
                try {
                    ScaleReading.Weighed w = scale.get().readStableWeight(Duration.ofSeconds(waitSeconds))
                            .get(waitSeconds + 5L, TimeUnit.SECONDS);
                    spec.commandLine().getOut().println(i18n.tr("cli.device.scale.weight", w.kilograms().toPlainString(),
                            String.valueOf(w.grams())));
                    return 0;
                } catch (ExecutionException e) {
                    String why = e.getCause() instanceof DeviceException d ? device.hardware(d) : String.valueOf(e.getCause());
                    spec.commandLine().getErr().println(why);
                    return DEVICE_FAILED;
                } catch (TimeoutException e) {
                    spec.commandLine().getErr().println(i18n.tr("cli.device.timedOut"));
                    return DEVICE_FAILED;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return DEVICE_FAILED;
                }
            }
        }
    }

    @Command(name = "status", description = "Ask every device how it is: printers (paper, cover, drawer), queue, scanner, scale, display.")
    static final class Status implements Callable<Integer> {

        @ParentCommand
        DeviceCommand device;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return device.guarded(spec, this::status);
        }

        private int status() {
            I18n i18n = device.i18n();
            PrintWriter out = spec.commandLine().getOut();
            try (Devices devices = device.open()) {
                for (PrinterRouter.Destination p : devices.printers()) {
                    Optional<PrinterStatusMonitor> monitor = devices.monitor(p.name());
                    String state = monitor.map(m -> problems(m.pollOnce())).orElseGet(() -> i18n.tr("cli.device.status.unavailable"));
                    out.println(p.name().equals(PrinterRouter.KITCHEN_PRINTER)
                            ? i18n.tr("cli.device.status.kitchen", p.connection().address(), state)
                            : i18n.tr("cli.device.status.receipt", p.connection().address(), state));
                }
                devices.printQueue().ifPresent(q -> {
                    List<PrintJob> waiting = q.waiting();
                    out.println(waiting.isEmpty() ? i18n.tr("cli.device.status.queueEmpty")
                            : i18n.tr("cli.device.status.queue", String.valueOf(waiting.size())));
                    for (PrintJob j : waiting) {
                        out.println(i18n.tr("cli.device.status.job", String.valueOf(j.id()), j.title(), String.valueOf(j.attempts()),
                                j.lastError().map(m -> m.format(i18n.locale())).orElse("-")));
                    }
                });
                devices.drawer().ifPresent(d -> out.println(i18n.tr("cli.device.status.drawer", d.state()
                        .map(s -> i18n.tr(s == DrawerState.OPEN ? "cli.device.status.drawerOpen" : "cli.device.status.drawerClosed"))
                        .orElseGet(() -> i18n.tr("cli.device.status.drawerUnknown")))));
                devices.scanner().ifPresent(s -> out.println(i18n.tr("cli.device.status.scanner", connection(s::status))));
                devices.scale().ifPresent(s -> out.println(i18n.tr("cli.device.status.scale", connection(s::status))));
                devices.display().ifPresent(s -> out.println(i18n.tr("cli.device.status.display", connection(s::status))));
                return 0;
            }
        }

        private String problems(StatusReport report) {
            I18n i18n = device.i18n();
            if (report.problems().isEmpty()) {
                return i18n.tr("cli.device.status.ready");
            }
            return String.join(" ", report.problems().stream().map(m -> m.format(i18n.locale())).toList());
        }

        /** A serial device takes a moment to open its port: give it up to two seconds. */
        private String connection(Supplier<ConnectionStatus> status) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (status.get() != ConnectionStatus.CONNECTED && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return status.get().message().format(device.i18n().locale());
        }
    }

    @Command(name = "decode", description = "Read a QR code or barcode from a picture (a payment code in a screenshot).")
    static final class Decode implements Callable<Integer> {

        @ParentCommand
        DeviceCommand device;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "IMAGE", description = "PNG, JPEG, GIF or BMP file.")
        Path image;

        @Override
        public Integer call() {
            try {
                DecodedCode code = new CodeReader().decode(image);
                spec.commandLine().getOut().println(device.i18n().tr("cli.device.decode.found", code.format().name(), code.text()));
                return 0;
            } catch (DeviceException e) {
                spec.commandLine().getErr().println(device.hardware(e));
                return DEVICE_FAILED;
            }
        }
    }
}
