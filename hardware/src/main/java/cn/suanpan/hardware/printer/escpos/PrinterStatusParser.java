package cn.suanpan.hardware.printer.escpos;

/**
 * Decodes the one-byte answers to DLE EOT 1–4. Every answer has bits 1 and 4 set and bits 0
 * and 7 clear; a byte without that pattern is not a status answer (line noise, or the tail
 * of some other reply) and is rejected rather than read as "all fine".
 */
public final class PrinterStatusParser {

    private static final int FIXED_MASK = 0b1001_0011;
    private static final int FIXED_VALUE = 0b0001_0010;

    private PrinterStatusParser() {
    }

    public static boolean isStatusByte(int b) {
        return (b & FIXED_MASK) == FIXED_VALUE;
    }

    /**
     * @param answers the four answer bytes, in the order of {@link StatusRequest#all()}
     * @param sensor  how the drawer switch is wired
     * @throws IllegalArgumentException if there are not four answers or one is not a status byte
     */
    public static PrinterStatus parse(byte[] answers, DrawerSensor sensor) {
        if (answers.length != 4) {
            throw new IllegalArgumentException("expected 4 status bytes, got " + answers.length);
        }
        for (int i = 0; i < 4; i++) {
            if (!isStatusByte(answers[i] & 0xFF)) {
                throw new IllegalArgumentException("not a DLE EOT %d answer: 0x%02X".formatted(i + 1, answers[i] & 0xFF));
            }
        }
        int printer = answers[0] & 0xFF;
        int offline = answers[1] & 0xFF;
        int error = answers[2] & 0xFF;
        int paper = answers[3] & 0xFF;
        return new PrinterStatus(
                bit(printer, 3),
                bit(offline, 2),
                bit(paper, 2) || bit(paper, 3),   // the two near-end sensor bits are set together
                bit(paper, 5) || bit(paper, 6) || bit(offline, 5),
                bit(error, 3),
                bit(error, 5),
                bit(error, 6),
                sensor.isOpen(bit(printer, 2)));
    }

    private static boolean bit(int value, int bit) {
        return (value & (1 << bit)) != 0;
    }
}
