package cn.suanpan.hardware.printer.escpos;

import java.util.Objects;

/**
 * The printer's side of DLE EOT: the one-byte answer a printer in a given state sends to
 * request n (1–4). The inverse of {@link PrinterStatusParser}, for the simulated printers
 * that answer the terminal's status requests.
 */
public final class StatusAnswers {

    /** Bits 1 and 4 are always set in an answer, bits 0 and 7 always clear. */
    private static final int FIXED = 0b0001_0010;

    private StatusAnswers() {
    }

    /**
     * @param n      the request, 1 (printer), 2 (offline cause), 3 (error cause) or 4 (paper sensor)
     * @param status what to report
     * @param sensor how the drawer switch is wired, to set pin 3 for {@code status.drawerOpen()}
     */
    public static byte answer(int n, PrinterStatus status, DrawerSensor sensor) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sensor, "sensor");
        int b = FIXED;
        switch (n) {
            case 1 -> {
                boolean pin3High = sensor == DrawerSensor.OPEN_WHEN_HIGH ? status.drawerOpen() : !status.drawerOpen();
                b |= bit(2, pin3High) | bit(3, status.offline());
            }
            case 2 -> b |= bit(2, status.coverOpen()) | bit(5, status.paperOut())
                    | bit(6, status.cutterError() || status.unrecoverableError() || status.autoRecoverableError());
            case 3 -> b |= bit(3, status.cutterError()) | bit(5, status.unrecoverableError())
                    | bit(6, status.autoRecoverableError());
            case 4 -> b |= bit(2, status.paperNearEnd()) | bit(3, status.paperNearEnd())
                    | bit(5, status.paperOut()) | bit(6, status.paperOut());
            default -> throw new IllegalArgumentException("DLE EOT n must be 1..4: " + n);
        }
        return (byte) b;
    }

    /** The four answers to {@link StatusRequest#all()}, in order. */
    public static byte[] all(PrinterStatus status, DrawerSensor sensor) {
        return new byte[] {answer(1, status, sensor), answer(2, status, sensor), answer(3, status, sensor),
                answer(4, status, sensor)};
    }

    private static int bit(int bit, boolean set) {
        return set ? 1 << bit : 0;
    }
}
