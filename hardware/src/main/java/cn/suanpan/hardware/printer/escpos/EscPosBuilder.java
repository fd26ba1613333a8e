package cn.suanpan.hardware.printer.escpos;

import static cn.suanpan.hardware.printer.escpos.EscPos.ESC;
import static cn.suanpan.hardware.printer.escpos.EscPos.FS;
import static cn.suanpan.hardware.printer.escpos.EscPos.GS;
import static cn.suanpan.hardware.printer.escpos.EscPos.LF;

import cn.suanpan.hardware.printer.CutMode;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.RasterImage;
import cn.suanpan.hardware.printer.layout.Align;
import cn.suanpan.hardware.printer.layout.PrintableText;
import cn.suanpan.hardware.printer.layout.Replacement;
import cn.suanpan.hardware.printer.layout.TextSize;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes ESC/POS commands. The builder remembers the printer's current alignment and
 * character style and only sends a command when one changes, so a receipt carries no
 * repeated style blocks. Text goes through {@link PrintableText}: a character the printer
 * cannot print is replaced by a visible mark and recorded, never dropped.
 */
public final class EscPosBuilder {

    /** Rows per GS v 0 band: small printers have small receive buffers. */
    static final int RASTER_BAND_ROWS = 255;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    private final PrinterCharset charset;
    private final PrintableText printable;

    private Align align = Align.LEFT;
    private boolean bold;
    private TextSize size = TextSize.NORMAL;
    private boolean reverse;

    public EscPosBuilder(PrinterCharset charset) {
        this.charset = charset;
        this.printable = new PrintableText(charset);
    }

    /** ESC @: clears the buffer and resets every mode to its power-on value. */
    public EscPosBuilder initialize() {
        write(ESC, '@');
        align = Align.LEFT;
        bold = false;
        size = TextSize.NORMAL;
        reverse = false;
        return this;
    }

    /** FS &amp; / FS .: double-byte (Chinese) character mode on or off. */
    public EscPosBuilder chineseMode(boolean on) {
        return write(FS, on ? '&' : '.');
    }

    /** ESC a n. */
    public EscPosBuilder align(Align wanted) {
        if (wanted != align) {
            write(ESC, 'a', wanted.ordinal());
            align = wanted;
        }
        return this;
    }

    /** ESC E n: emphasised (bold) printing; applies to Chinese characters too. */
    public EscPosBuilder bold(boolean on) {
        if (on != bold) {
            write(ESC, 'E', on ? 1 : 0);
            bold = on;
        }
        return this;
    }

    /** GS ! n: width factor in the high nibble, height factor in the low nibble. */
    public EscPosBuilder size(TextSize wanted) {
        if (wanted != size) {
            write(GS, '!', ((wanted.widthFactor() - 1) << 4) | (wanted.heightFactor() - 1));
            size = wanted;
        }
        return this;
    }

    /** GS B n: white on black. */
    public EscPosBuilder reverse(boolean on) {
        if (on != reverse) {
            write(GS, 'B', on ? 1 : 0);
            reverse = on;
        }
        return this;
    }

    /** Text in the printer's character set, with unprintable characters replaced. */
    public EscPosBuilder text(String text) {
        byte[] bytes = charset.encode(printable.clean(text));
        out.write(bytes, 0, bytes.length);
        return this;
    }

    /** LF: prints the line buffer and advances one line. */
    public EscPosBuilder lineFeed() {
        out.write(LF);
        return this;
    }

    /** ESC d n: prints the buffer and feeds n lines. */
    public EscPosBuilder feed(int lines) {
        if (lines < 0 || lines > 255) {
            throw new IllegalArgumentException("feed 0..255 lines: " + lines);
        }
        return write(ESC, 'd', lines);
    }

    /**
     * A CODE128 symbol with its text below: GS H 2 (text below), GS f 0 (font A), GS h
     * height, GS w module, then GS k 73 n data.
     */
    public EscPosBuilder code128(Code128Data data, int moduleDots, int heightDots) {
        if (moduleDots < 1 || moduleDots > 6) {
            throw new IllegalArgumentException("bar module 1..6 dots: " + moduleDots);
        }
        if (heightDots < 1 || heightDots > 255) {
            throw new IllegalArgumentException("bar height 1..255 dots: " + heightDots);
        }
        byte[] bytes = data.data();
        if (bytes.length > 255) {
            throw new IllegalArgumentException("CODE128 data longer than 255 bytes");
        }
        write(GS, 'H', 2);
        write(GS, 'f', 0);
        write(GS, 'h', heightDots);
        write(GS, 'w', moduleDots);
        write(GS, 'k', 73, bytes.length);
        out.write(bytes, 0, bytes.length);
        return this;
    }

    /**
     * A QR code (GS ( k): model 2, module size, error correction level M, store the payload,
     * print it. The stored length is the byte length of the UTF-8 payload plus 3, which is
     * not the character count once the payload holds Chinese text.
     */
    public EscPosBuilder qr(String payload, int moduleDots) {
        if (moduleDots < 1 || moduleDots > 16) {
            throw new IllegalArgumentException("QR module 1..16 dots: " + moduleDots);
        }
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        if (data.length > 7089) {
            throw new IllegalArgumentException("QR payload longer than 7089 bytes");
        }
        write(GS, '(', 'k', 4, 0, '1', 'A', '2', 0);       // fn 165: model 2
        write(GS, '(', 'k', 3, 0, '1', 'C', moduleDots);   // fn 167: module size
        write(GS, '(', 'k', 3, 0, '1', 'E', '1');          // fn 169: level M (48 L, 49 M, 50 Q, 51 H)
        int length = data.length + 3;
        write(GS, '(', 'k', length & 0xFF, length >> 8, '1', 'P', '0'); // fn 180: store
        out.write(data, 0, data.length);
        write(GS, '(', 'k', 3, 0, '1', 'Q', '0');          // fn 181: print
        return this;
    }

    /** GS v 0: a raster picture, sent in bands. */
    public EscPosBuilder raster(RasterImage image) {
        int bytesPerRow = image.bytesPerRow();
        byte[] bits = image.bits();
        for (int top = 0; top < image.height(); top += RASTER_BAND_ROWS) {
            int rows = Math.min(RASTER_BAND_ROWS, image.height() - top);
            write(GS, 'v', '0', 0, bytesPerRow & 0xFF, bytesPerRow >> 8, rows & 0xFF, rows >> 8);
            out.write(bits, top * bytesPerRow, rows * bytesPerRow);
        }
        return this;
    }

    /**
     * Ends the receipt. With a cutter, GS V 65/66 0 feeds the last line past the cutter
     * (which sits some millimetres above the print head) and then cuts; without one the
     * paper is fed past the tear bar.
     */
    public EscPosBuilder cut(CutMode mode) {
        return switch (mode) {
            case FULL -> write(GS, 'V', 65, 0);
            case PARTIAL -> write(GS, 'V', 66, 0);
            case NONE -> feed(4);
        };
    }

    /** ESC p m t1 t2. */
    public EscPosBuilder drawerKick(DrawerKick kick) {
        return raw(kick.bytes());
    }

    public EscPosBuilder raw(byte... bytes) {
        out.write(bytes, 0, bytes.length);
        return this;
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    /** Characters replaced so far because the printer cannot print them. */
    public List<Replacement> replacements() {
        return printable.replacements();
    }

    private EscPosBuilder write(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }
}
