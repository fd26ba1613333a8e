package cn.suanpan.hardware.sim;

import cn.suanpan.hardware.scale.ScaleModel;
import cn.suanpan.hardware.scale.ScaleProtocol;
import cn.suanpan.hardware.scale.WeightUnit;
import cn.suanpan.hardware.scanner.ScannerSettings;
import cn.suanpan.hardware.serial.LinkOptions;
import cn.suanpan.hardware.serial.SerialLink;
import cn.suanpan.hardware.serial.SerialSettings;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.printer.sim.SimulatedPrinter;
import cn.suanpan.hardware.printer.sim.SimulatedPrinterServer;
import cn.suanpan.hardware.printer.sim.SimulatedPrinterState;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * A simulated device on the far end of a serial line, for trying the terminal without hardware.
 * Make a virtual cable, run the device on one end and point the terminal at the other:
 *
 * <pre>
 *   socat -d -d pty,raw,echo=0,link=/tmp/pos-scale pty,raw,echo=0,link=/tmp/sim-scale &amp;
 *   java -cp suanpan-hardware.jar:... cn.suanpan.hardware.sim.SimulatedDeviceMain scale /tmp/sim-scale
 * </pre>
 *
 * Devices: {@code scanner} (each line typed is scanned), {@code scale} (type a weight in kg,
 * {@code ol} for overload), {@code display} (prints the screen), {@code drawer} (prints kicks),
 * {@code printer-sink} (writes every byte to {@code --out FILE}, or a hex dump to the console, and
 * answers DLE EOT status requests from {@code --state FILE}, see {@link SimulatedPrinterState}),
 * {@code printer-net} (a network printer: PORT is a TCP port, pages go to {@code --dir}).
 * Options: {@code --baud N}, {@code --suffix CR|LF|CRLF|TAB|NONE} (scanner),
 * {@code --protocol continuous|toledo8213} (scale), {@code --out FILE}, {@code --state FILE},
 * {@code --print-speed BYTES_PER_SECOND} (printer-sink), {@code --dir FOLDER}, {@code --state FILE},
 * {@code --paper 58|80}, {@code --charset GBK|GB18030}, {@code --bind ADDRESS} (printer-net).
 * End with Ctrl-D or Ctrl-C.
 */
public final class SimulatedDeviceMain {

    private SimulatedDeviceMain() {}

    public static void main(String[] args) throws IOException {
        PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 2) {
            usage(console);
            System.exit(2);
            return;
        }
        String device = args[0];
        String port = args[1];
        Map<String, String> options = options(args);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (device.equals("printer-net")) {
            networkPrinter(port, options, stdin, console);
            return;
        }
        SerialSettings settings = SerialSettings.ofBaudRate(Integer.parseInt(options.getOrDefault("baud", "9600")));
        SerialLink link = SerialLink.create(port, settings, LinkOptions.DEFAULT);
        link.addStatusListener(s -> console.println("[" + port + "] " + s));
        switch (device) {
            case "scanner" -> {
                ScannerSettings.Suffix suffix = ScannerSettings.Suffix.valueOf(
                        options.getOrDefault("suffix", "CR").toUpperCase(Locale.ROOT));
                try (ScannerEndpoint scanner = new ScannerEndpoint(link, suffix)) {
                    console.println("Type a code and Enter to scan it.");
                    for (String line; (line = stdin.readLine()) != null; ) {
                        if (!line.isBlank()) {
                            console.println("scan " + line.strip() + ": " + scanner.scan(line.strip()).status());
                        }
                    }
                }
            }
            case "scale" -> {
                ScaleProtocol.Kind kind = switch (options.getOrDefault("protocol", "continuous")) {
                    case "continuous" -> ScaleProtocol.Kind.CONTINUOUS_ASCII;
                    case "toledo8213" -> ScaleProtocol.Kind.TOLEDO_8213;
                    default -> throw new IllegalArgumentException("--protocol continuous|toledo8213");
                };
                ScaleModel model = new ScaleModel(5);
                try (ScaleEndpoint scale = new ScaleEndpoint(link, kind, WeightUnit.KG, model, Duration.ofMillis(100))) {
                    console.println("Type a weight in kg (e.g. 0.736), 0 to empty the scale, ol for overload.");
                    for (String line; (line = stdin.readLine()) != null; ) {
                        String cmd = line.strip().toLowerCase(Locale.ROOT);
                        if (cmd.equals("ol")) {
                            model.setOverload(true);
                        } else if (!cmd.isEmpty()) {
                            try {
                                model.place(WeightUnit.KG.toGrams(new BigDecimal(cmd)));
                            } catch (NumberFormatException e) {
                                console.println("not a weight: " + cmd);
                            }
                        }
                    }
                    console.println("requests answered: " + scale.requests());
                }
            }
            case "display" -> {
                try (DisplayEndpoint display = new DisplayEndpoint(link)) {
                    display.addScreenListener(lines -> console.println(
                            "+--------------------+\n|" + lines.line1() + "|\n|" + lines.line2() + "|\n+--------------------+"));
                    waitForEnd(stdin);
                }
            }
            case "drawer" -> {
                try (DrawerEndpoint drawer = new DrawerEndpoint(link, n -> console.println("drawer kicked open (" + n + ")"))) {
                    waitForEnd(stdin);
                    console.println("kicks received: " + drawer.kicks());
                }
            }
            case "printer-sink" -> {
                String file = options.get("out");
                // without a state file the printer is always ready; with one, it answers what the file says
                Path stateFile = options.containsKey("state") ? Path.of(options.get("state")) : null;
                IntFunction<OptionalInt> answerer = n -> (stateFile == null ? SimulatedPrinterState.READY
                        : SimulatedPrinterState.read(stateFile)).answer(n, DrawerSensor.OPEN_WHEN_HIGH);
                int speed = Integer.parseInt(options.getOrDefault("print-speed", "0"));
                try (OutputStream out = file == null ? hexDump(console) : new FileOutputStream(file, true)) {
                    SinkEndpoint sink = new SinkEndpoint(link, out, answerer, speed);
                    try {
                        waitForEnd(stdin);
                    } finally {
                        sink.close();
                    }
                }
            }
            default -> {
                usage(console);
                System.exit(2);
            }
        }
    }

    /** A network printer on a TCP port: pages go to --dir as .bin and .png files. */
    private static void networkPrinter(String port, Map<String, String> options, BufferedReader stdin, PrintStream console)
            throws IOException {
        Path folder = Path.of(options.getOrDefault("dir", "printer-sim"));
        Path stateFile = options.containsKey("state") ? Path.of(options.get("state")) : null;
        PaperWidth paper = "80".equals(options.getOrDefault("paper", "80")) ? PaperWidth.MM80 : PaperWidth.MM58;
        PrinterCharset charset = PrinterCharset.valueOf(options.getOrDefault("charset", "GB18030").toUpperCase(Locale.ROOT));
        try (SimulatedPrinter printer = new SimulatedPrinter("net", folder, paper, charset, DrawerSensor.OPEN_WHEN_HIGH, stateFile);
                SimulatedPrinterServer server = SimulatedPrinterServer.start(printer,
                        InetAddress.getByName(options.getOrDefault("bind", "127.0.0.1")), Integer.parseInt(port))) {
            printer.addPageListener(page -> console.println("page " + page.number() + ": "
                    + page.pngFile().orElse(page.bytesFile())));
            console.println("Network printer listening on " + server.address() + "; pages go to " + folder.toAbsolutePath());
            waitForEnd(stdin);
        }
    }

    private static void waitForEnd(BufferedReader stdin) throws IOException {
        while (stdin.readLine() != null) {
            // the device runs until standard input ends
        }
    }

    private static OutputStream hexDump(PrintStream console) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                console.println(HexFormat.ofDelimiter(" ").formatHex(b, off, off + len));
            }
        };
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an --option, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static void usage(PrintStream out) {
        out.println("usage: SimulatedDeviceMain scanner|scale|display|drawer|printer-sink PORT [--baud N]"
                + " [--suffix CR|LF|CRLF|TAB|NONE] [--protocol continuous|toledo8213]"
                + " [--out FILE] [--state FILE] [--print-speed BYTES_PER_SECOND]");
        out.println("       SimulatedDeviceMain printer-net TCP_PORT [--dir FOLDER] [--state FILE] [--paper 58|80]"
                + " [--charset GBK|GB18030] [--bind ADDRESS]");
    }
}
