package cn.suanpan.hardware.printer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;

/**
 * The double-byte character set a printer's Chinese mode (FS &amp;) understands. Which one a
 * printer uses is a setting of the printer itself, so it comes from the printer profile.
 *
 * <p>"Printable" means more than "encodable": the printer must also hold a glyph. A GBK
 * printer prints ASCII and the two-byte GBK table. A GB18030 printer additionally prints the
 * CJK ideograph extensions (rare characters in people's and place names, such as 䶮 or
 * 𠀀); its font has no pictographs, so emoji stay unprintable although GB18030 can encode
 * every Unicode code point.
 */
public enum PrinterCharset {
    GBK("GBK"),
    GB18030("GB18030");

    private final Charset charset;
    /** Printable BMP code points, computed on first use (encoding 64k chars takes a few ms). */
    private volatile BitSet printableBmp;

    PrinterCharset(String name) {
        this.charset = Charset.forName(name);
    }

    public Charset charset() {
        return charset;
    }

    /** Whether the printer prints this code point as a glyph of its own. */
    public boolean isPrintable(int codePoint) {
        if (codePoint >= 0x20 && codePoint < 0x7F) {
            return true;
        }
        if (codePoint < 0xA0) {
            return false; // C0/C1 controls and DEL would be taken as printer commands
        }
        if (codePoint <= 0xFFFF) {
            return printableBmp().get(codePoint);
        }
        return this == GB18030 && Character.isIdeographic(codePoint) && Character.isDefined(codePoint);
    }

    private BitSet printableBmp() {
        BitSet set = printableBmp;
        if (set == null) {
            synchronized (this) {
                set = printableBmp;
                if (set == null) {
                    set = computePrintableBmp();
                    printableBmp = set;
                }
            }
        }
        return set;
    }

    private BitSet computePrintableBmp() {
        BitSet set = new BitSet(0x10000);
        CharsetEncoder gbk = GBK.charset.newEncoder();
        CharsetEncoder own = charset.newEncoder();
        ByteBuffer out = ByteBuffer.allocate(8);
        char[] one = new char[1];
        for (int cp = 0xA0; cp <= 0xFFFF; cp++) {
            if (Character.isSurrogate((char) cp) || !Character.isDefined(cp)
                    || Character.getType(cp) == Character.PRIVATE_USE) {
                continue;
            }
            one[0] = (char) cp;
            if (isGbkDoubleByte(gbk, CharBuffer.wrap(one), out)
                    || (this == GB18030 && Character.isIdeographic(cp) && own.canEncode((char) cp))) {
                set.set(cp);
            }
        }
        return set;
    }

    /**
     * A GBK double-byte glyph: lead byte 0x81–0xFE. Single-byte results other than ASCII
     * are rejected because a printer in Chinese mode would take them as a lead byte.
     */
    private static boolean isGbkDoubleByte(CharsetEncoder encoder, CharBuffer in, ByteBuffer out) {
        encoder.reset();
        out.clear();
        if (encoder.encode(in, out, true).isError() || encoder.flush(out).isError()) {
            return false;
        }
        out.flip();
        if (out.remaining() != 2) {
            return false;
        }
        int lead = out.get(0) & 0xFF;
        return lead >= 0x81 && lead <= 0xFE;
    }

    /** Encodes text whose code points are all {@linkplain #isPrintable printable}. */
    public byte[] encode(String printableText) {
        return printableText.getBytes(charset);
    }

    /** Decodes one printed character back from its bytes (for the receipt preview). */
    public String decode(byte[] bytes, int offset, int length) throws CharacterCodingException {
        return charset.newDecoder().decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    }
}
