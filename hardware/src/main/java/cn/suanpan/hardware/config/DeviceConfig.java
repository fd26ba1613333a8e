package cn.suanpan.hardware.config;

import cn.suanpan.hardware.display.DisplayCommandSet;
import cn.suanpan.hardware.printer.CutMode;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.escpos.DrawerPin;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.scale.ScaleProtocol;
import cn.suanpan.hardware.scale.WeightUnit;
import cn.suanpan.hardware.scanner.ScannerSettings;
import cn.suanpan.hardware.serial.DeviceException;
import cn.suanpan.hardware.i18n.HardwareMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Which devices this counter has and how to reach them. Kept as {@code devices.*} keys in the
 * terminal's settings file (one properties file for everything), so an owner can also edit it
 * by hand; a key that is missing takes its default, and the default of everything is the
 * simulator, so a new terminal works without hardware.
 *
 * <pre>
 * devices.printer.receipt.type=serial            simulated | serial | network | system | none
 * devices.printer.receipt.address=/dev/ttyUSB0   port, host[:port] or installed printer name
 * devices.printer.receipt.baud=9600
 * devices.printer.receipt.paper=58               58 | 80
 * devices.printer.receipt.charset=GB18030        GBK | GB18030
 * devices.printer.receipt.cut=partial            full | partial | none
 * devices.printer.kitchen.*                      the same for the kitchen printer
 * devices.drawer.type=printer                    printer | serial | simulated | none
 * devices.drawer.printer=receipt                 which printer it hangs on
 * devices.drawer.port=  devices.drawer.baud=9600 its own serial trigger
 * devices.drawer.pin=2                           2 | 5
 * devices.drawer.pulseOn=50  devices.drawer.pulseOff=500   milliseconds, 2..510
 * devices.drawer.sensor=none                     none | open-when-high | open-when-low
 * devices.scanner.type=serial  .port  .baud  .suffix=CR     CR | LF | CRLF | TAB | NONE
 * devices.scale.type=serial  .port  .baud  .protocol=continuous  .unit=kg   continuous | toledo8213; kg | g | lb
 * devices.display.type=serial  .port  .baud  .commands=esc-pos   esc-pos | cd5220
 * </pre>
 */
public record DeviceConfig(PrinterConfig receiptPrinter, PrinterConfig kitchenPrinter, DrawerConfig drawer,
                           ScannerConfig scanner, ScaleConfig scale, DisplayConfig display) {

    public static final String PREFIX = "devices.";
    public static final String RECEIPT = "receipt";
    public static final String KITCHEN = "kitchen";

    public DeviceConfig {
        Objects.requireNonNull(receiptPrinter, "receiptPrinter");
        Objects.requireNonNull(kitchenPrinter, "kitchenPrinter");
        Objects.requireNonNull(drawer, "drawer");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(display, "display");
    }

    /** Everything simulated: a 58 mm receipt printer and an 80 mm kitchen printer writing PNGs, drawer on the receipt printer. */
    public static DeviceConfig defaults() {
        return new DeviceConfig(PrinterConfig.simulated(PaperWidth.MM58), PrinterConfig.simulated(PaperWidth.MM80),
                DrawerConfig.DEFAULT, ScannerConfig.DEFAULT, ScaleConfig.DEFAULT, DisplayConfig.DEFAULT);
    }

    /** The configured printers by role, receipt first; printers set to {@code none} are left out. */
    public Map<String, PrinterConfig> printers() {
        Map<String, PrinterConfig> m = new LinkedHashMap<>();
        if (receiptPrinter.present()) {
            m.put(RECEIPT, receiptPrinter);
        }
        if (kitchenPrinter.present()) {
            m.put(KITCHEN, kitchenPrinter);
        }
        return m;
    }

    /**
     * Reads the {@code devices.*} keys; other keys are ignored.
     *
     * @throws DeviceException {@code device.config.invalid} naming the first key whose value makes no sense
     */
    public static DeviceConfig load(Properties p) {
        try {
            return read(new Values(p));
        } catch (IllegalArgumentException e) {
            // a value of the right kind but out of range (a pulse of 0 ms, a negative baud rate)
            throw new DeviceException(new HardwareMessage("device.config.outOfRange", e.getMessage()), e);
        }
    }

    private static DeviceConfig read(Values v) {
        DeviceConfig d = defaults();
        return new DeviceConfig(
                printer(v, "printer." + RECEIPT + ".", d.receiptPrinter),
                printer(v, "printer." + KITCHEN + ".", d.kitchenPrinter),
                new DrawerConfig(
                        v.choice("drawer.type", d.drawer.type(), DrawerType.values()),
                        v.text("drawer.printer", d.drawer.printer()),
                        v.text("drawer.port", d.drawer.port()),
                        v.integer("drawer.baud", d.drawer.baud()),
                        v.get("drawer.pin").map(s -> switch (s) {
                            case "2" -> DrawerPin.PIN_2;
                            case "5" -> DrawerPin.PIN_5;
                            default -> throw v.invalid("drawer.pin");
                        }).orElse(d.drawer.pin()),
                        v.integer("drawer.pulseOn", d.drawer.pulseOnMillis()),
                        v.integer("drawer.pulseOff", d.drawer.pulseOffMillis()),
                        v.get("drawer.sensor").map(s -> switch (s) {
                            case "none" -> Optional.<DrawerSensor>empty();
                            case "open-when-high" -> Optional.of(DrawerSensor.OPEN_WHEN_HIGH);
                            case "open-when-low" -> Optional.of(DrawerSensor.OPEN_WHEN_LOW);
                            default -> throw v.invalid("drawer.sensor");
                        }).orElse(d.drawer.sensor())),
                new ScannerConfig(
                        v.choice("scanner.type", d.scanner.type(), DeviceType.values()),
                        v.text("scanner.port", d.scanner.port()),
                        v.integer("scanner.baud", d.scanner.baud()),
                        v.choice("scanner.suffix", d.scanner.suffix(), ScannerSettings.Suffix.values())),
                new ScaleConfig(
                        v.choice("scale.type", d.scale.type(), DeviceType.values()),
                        v.text("scale.port", d.scale.port()),
                        v.integer("scale.baud", d.scale.baud()),
                        v.get("scale.protocol").map(s -> switch (s) {
                            case "continuous" -> ScaleProtocol.Kind.CONTINUOUS_ASCII;
                            case "toledo8213" -> ScaleProtocol.Kind.TOLEDO_8213;
                            default -> throw v.invalid("scale.protocol");
                        }).orElse(d.scale.protocol()),
                        v.choice("scale.unit", d.scale.unit(), WeightUnit.values())),
                new DisplayConfig(
                        v.choice("display.type", d.display.type(), DeviceType.values()),
                        v.text("display.port", d.display.port()),
                        v.integer("display.baud", d.display.baud()),
                        v.get("display.commands").map(s -> switch (s) {
                            case "esc-pos" -> DisplayCommandSet.ESC_POS;
                            case "cd5220" -> DisplayCommandSet.CD5220;
                            default -> throw v.invalid("display.commands");
                        }).orElse(d.display.commandSet())));
    }

    private static PrinterConfig printer(Values v, String k, PrinterConfig d) {
        return new PrinterConfig(
                v.choice(k + "type", d.type(), PrinterType.values()),
                v.text(k + "address", d.address()),
                v.integer(k + "baud", d.baud()),
                v.get(k + "paper").map(s -> switch (s) {
                    case "58" -> PaperWidth.MM58;
                    case "80" -> PaperWidth.MM80;
                    default -> throw v.invalid(k + "paper");
                }).orElse(d.paper()),
                v.choice(k + "charset", d.charset(), PrinterCharset.values()),
                v.choice(k + "cut", d.cut(), CutMode.values()));
    }

    /** Replaces every {@code devices.*} key with this configuration's; other keys are left alone. */
    public void save(Properties p) {
        List.copyOf(p.stringPropertyNames()).stream().filter(k -> k.startsWith(PREFIX)).forEach(p::remove);
        savePrinter(p, "printer." + RECEIPT + ".", receiptPrinter);
        savePrinter(p, "printer." + KITCHEN + ".", kitchenPrinter);
        put(p, "drawer.type", word(drawer.type()));
        put(p, "drawer.printer", drawer.printer());
        put(p, "drawer.port", drawer.port());
        put(p, "drawer.baud", Integer.toString(drawer.baud()));
        put(p, "drawer.pin", drawer.pin() == DrawerPin.PIN_2 ? "2" : "5");
        put(p, "drawer.pulseOn", Integer.toString(drawer.pulseOnMillis()));
        put(p, "drawer.pulseOff", Integer.toString(drawer.pulseOffMillis()));
        put(p, "drawer.sensor", drawer.sensor().map(DeviceConfig::word).orElse("none"));
        put(p, "scanner.type", word(scanner.type()));
        put(p, "scanner.port", scanner.port());
        put(p, "scanner.baud", Integer.toString(scanner.baud()));
        put(p, "scanner.suffix", scanner.suffix().name());
        put(p, "scale.type", word(scale.type()));
        put(p, "scale.port", scale.port());
        put(p, "scale.baud", Integer.toString(scale.baud()));
        put(p, "scale.protocol", scale.protocol() == ScaleProtocol.Kind.CONTINUOUS_ASCII ? "continuous" : "toledo8213");
        put(p, "scale.unit", word(scale.unit()));
        put(p, "display.type", word(display.type()));
        put(p, "display.port", display.port());
        put(p, "display.baud", Integer.toString(display.baud()));
        put(p, "display.commands", word(display.commandSet()));
    }

    private static void savePrinter(Properties p, String k, PrinterConfig c) {
        put(p, k + "type", word(c.type()));
        put(p, k + "address", c.address());
        put(p, k + "baud", Integer.toString(c.baud()));
        put(p, k + "paper", c.paper() == PaperWidth.MM58 ? "58" : "80");
        put(p, k + "charset", c.charset().name());
        put(p, k + "cut", word(c.cut()));
    }

    private static void put(Properties p, String key, String value) {
        p.setProperty(PREFIX + key, value);
    }

    /** {@code OPEN_WHEN_HIGH} → {@code open-when-high}. */
    static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public DeviceConfig withReceiptPrinter(PrinterConfig c) {
        return new DeviceConfig(c, kitchenPrinter, drawer, scanner, scale, display);
    }

    public DeviceConfig withKitchenPrinter(PrinterConfig c) {
        return new DeviceConfig(receiptPrinter, c, drawer, scanner, scale, display);
    }

    public DeviceConfig withDrawer(DrawerConfig c) {
        return new DeviceConfig(receiptPrinter, kitchenPrinter, c, scanner, scale, display);
    }

    public DeviceConfig withScanner(ScannerConfig c) {
        return new DeviceConfig(receiptPrinter, kitchenPrinter, drawer, c, scale, display);
    }

    public DeviceConfig withScale(ScaleConfig c) {
        return new DeviceConfig(receiptPrinter, kitchenPrinter, drawer, scanner, c, display);
    }

    public DeviceConfig withDisplay(DisplayConfig c) {
        return new DeviceConfig(receiptPrinter, kitchenPrinter, drawer, scanner, scale, c);
    }

    /** Reads {@code devices.*} values: blank means "default", words are case-insensitive. */
    private record Values(Properties p) {

        Optional<String> get(String key) {
            String v = p.getProperty(PREFIX + key);
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip().toLowerCase(Locale.ROOT));
        }

        String text(String key, String def) {
            String v = p.getProperty(PREFIX + key);
            return v == null ? def : v.strip();
        }

        int integer(String key, int def) {
            return get(key).map(s -> {
                try {
                    return Integer.parseInt(s);
                } catch (NumberFormatException e) {
                    throw invalid(key);
                }
            }).orElse(def);
        }

        <E extends Enum<E>> E choice(String key, E def, E[] values) {
            return get(key).map(s -> {
                for (E e : values) {
                    if (word(e).equals(s) || e.name().equalsIgnoreCase(s)) {
                        return e;
                    }
                }
                throw invalid(key);
            }).orElse(def);
        }

        DeviceException invalid(String key) {
            return new DeviceException(new HardwareMessage("device.config.invalid", PREFIX + key, p.getProperty(PREFIX + key)));
        }
    }
}
