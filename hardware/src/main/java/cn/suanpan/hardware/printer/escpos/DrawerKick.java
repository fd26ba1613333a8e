package cn.suanpan.hardware.printer.escpos;

import java.util.Objects;

/**
 * The pulse that opens a cash drawer through the printer (ESC p m t1 t2). The printer counts
 * pulse times in units of 2 ms, so times are rounded up to the next even millisecond.
 *
 * @param pin       connector pin that drives the solenoid
 * @param onMillis  how long the solenoid is powered, 2..510 ms
 * @param offMillis pause after the pulse, 2..510 ms; the printer never makes it shorter than
 *                  the pulse itself
 */
public record DrawerKick(DrawerPin pin, int onMillis, int offMillis) {

    /** 50 ms on, 500 ms off: opens the common solenoid drawers without heating them. */
    public static final DrawerKick STANDARD = new DrawerKick(DrawerPin.PIN_2, 50, 500);

    public DrawerKick {
        Objects.requireNonNull(pin, "pin");
        checkMillis("onMillis", onMillis);
        checkMillis("offMillis", offMillis);
    }

    private static void checkMillis(String name, int millis) {
        if (millis < 2 || millis > 510) {
            throw new IllegalArgumentException(name + " must be 2..510 ms: " + millis);
        }
    }

    public byte[] bytes() {
        return new byte[] {EscPos.ESC, 'p', (byte) pin.m(), (byte) units(onMillis), (byte) units(offMillis)};
    }

    private static int units(int millis) {
        return (millis + 1) / 2;
    }
}
