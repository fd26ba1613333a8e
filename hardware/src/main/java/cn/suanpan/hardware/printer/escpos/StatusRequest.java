package cn.suanpan.hardware.printer.escpos;

/**
 * Real-time status requests (DLE EOT n). The printer answers each with one byte at once,
 * even while it is busy or offline, which makes them safe to poll.
 */
public enum StatusRequest {
    PRINTER(1),
    OFFLINE_CAUSE(2),
    ERROR_CAUSE(3),
    PAPER_SENSOR(4);

    private final int n;

    StatusRequest(int n) {
        this.n = n;
    }

    public int n() {
        return n;
    }

    public byte[] bytes() {
        return new byte[] {EscPos.DLE, EscPos.EOT, (byte) n};
    }

    /** All four requests in order; the four answer bytes come back in the same order. */
    public static byte[] all() {
        byte[] out = new byte[12];
        for (StatusRequest request : values()) {
            System.arraycopy(request.bytes(), 0, out, request.ordinal() * 3, 3);
        }
        return out;
    }
}
