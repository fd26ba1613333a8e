package cn.suanpan.hardware.printer.escpos;

/** ESC/POS control bytes used by the encoder, the status reader and the preview. */
public final class EscPos {

    public static final byte LF = 0x0A;
    public static final byte ESC = 0x1B;
    public static final byte GS = 0x1D;
    public static final byte FS = 0x1C;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;

    private EscPos() {
    }
}
