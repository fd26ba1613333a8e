package cn.suanpan.hardware.display;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The two command sets 2×20 VFD pole displays speak (most can be switched between them with DIP
 * switches or a menu). Only commands both families of displays agree on are used.
 */
public enum DisplayCommandSet {

    /**
     * Epson ESC/POS customer display: {@code ESC @} initialise, {@code US MD1} overwrite mode,
     * {@code US C 0} cursor off, {@code FF} clear, {@code US $ x y} cursor to column x, row y
     * (1-based), then the characters.
     */
    ESC_POS {
        @Override
        public byte[] init() {
            return new byte[] {ESC, '@', US, 0x01, US, 'C', 0x00};
        }

        @Override
        public byte[] show(DisplayLines lines) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(50);
            out.writeBytes(new byte[] {US, '$', 1, 1});
            out.writeBytes(ascii(lines.line1()));
            out.writeBytes(new byte[] {US, '$', 1, 2});
            out.writeBytes(ascii(lines.line2()));
            return out.toByteArray();
        }
    },

    /**
     * CD5220: {@code ESC @} initialise, {@code FF} clear, {@code ESC Q A text CR} upper line,
     * {@code ESC Q B text CR} lower line.
     */
    CD5220 {
        @Override
        public byte[] init() {
            return new byte[] {ESC, '@'};
        }

        @Override
        public byte[] show(DisplayLines lines) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(50);
            out.writeBytes(new byte[] {ESC, 'Q', 'A'});
            out.writeBytes(ascii(lines.line1()));
            out.write(CR);
            out.writeBytes(new byte[] {ESC, 'Q', 'B'});
            out.writeBytes(ascii(lines.line2()));
            out.write(CR);
            return out.toByteArray();
        }
    };

    static final byte ESC = 0x1B;
    static final byte US = 0x1F;
    static final byte FF = 0x0C;
    static final byte CR = 0x0D;

    /** Puts the display in a known state; sent after every (re)connection. */
    public abstract byte[] init();

    /** Both lines, whole. */
    public abstract byte[] show(DisplayLines lines);

    /** Blank screen. */
    public byte[] clear() {
        return new byte[] {FF};
    }

    private static byte[] ascii(String line) {
        return line.getBytes(StandardCharsets.US_ASCII);
    }
}
