package cn.suanpan.hardware.config;

import cn.suanpan.hardware.printer.escpos.DrawerKick;
import cn.suanpan.hardware.printer.escpos.DrawerPin;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import java.util.Objects;
import java.util.Optional;

/**
 * The cash drawer's settings.
 *
 * @param printer       for {@link DrawerType#PRINTER}: the role of the printer it hangs on ({@code receipt})
 * @param port          for {@link DrawerType#SERIAL}: its trigger's serial port
 * @param pin           kick-out connector pin that drives it
 * @param pulseOnMillis how long the solenoid is powered, 2–510 ms
 * @param pulseOffMillis pause after the pulse, 2–510 ms
 * @param sensor        how its open switch is wired to the printer, empty when it is not
 */
public record DrawerConfig(DrawerType type, String printer, String port, int baud, DrawerPin pin, int pulseOnMillis,
                           int pulseOffMillis, Optional<DrawerSensor> sensor) {

    public DrawerConfig {
        Objects.requireNonNull(type, "type");
        printer = printer == null || printer.isBlank() ? "receipt" : printer.strip();
        port = port == null ? "" : port.strip();
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(sensor, "sensor");
        // checks the pulse times
        new DrawerKick(pin, pulseOnMillis, pulseOffMillis);
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive: " + baud);
        }
    }

    /** On the receipt printer, pin 2, 50 ms on and 500 ms off, no switch wired. */
    public static final DrawerConfig DEFAULT = new DrawerConfig(DrawerType.PRINTER, "receipt", "", 9600, DrawerPin.PIN_2,
            50, 500, Optional.empty());

    public DrawerConfig withType(DrawerType t) {
        return new DrawerConfig(t, printer, port, baud, pin, pulseOnMillis, pulseOffMillis, sensor);
    }

    public DrawerKick kick() {
        return new DrawerKick(pin, pulseOnMillis, pulseOffMillis);
    }
}
