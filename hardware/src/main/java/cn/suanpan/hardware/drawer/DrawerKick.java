package cn.suanpan.hardware.drawer;

/**
 * The pulse command drawers and their trigger boxes understand: ESC/POS {@code ESC p m t1 t2},
 * a pulse on connector pin 2 ({@code m = 0}) or pin 5 ({@code m = 1}), on for {@code t1 × 2 ms},
 * off for {@code t2 × 2 ms}.
 */
public final class DrawerKick {

    /** Pin 2, 50 ms on, 500 ms off: what drawer makers ship as default. */
    public static final byte[] PIN2 = pulse(0, 25, 250);

    private DrawerKick() {}

    public static byte[] pulse(int pin, int onTimes2ms, int offTimes2ms) {
        if (pin != 0 && pin != 1) {
            throw new IllegalArgumentException("pin must be 0 (connector pin 2) or 1 (pin 5)");
        }
        if (onTimes2ms < 1 || onTimes2ms > 255 || offTimes2ms < 1 || offTimes2ms > 255) {
            throw new IllegalArgumentException("pulse times must be 1..255");
        }
        return new byte[] {0x1B, 'p', (byte) pin, (byte) onTimes2ms, (byte) offTimes2ms};
    }
}
