package cn.suanpan.hardware.printer.preview;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Set;

/**
 * The font the preview draws receipt text with. A monospaced CJK face whose Latin letters
 * are exactly half as wide as its ideographs looks most like a printer's 12 × 24 / 24 × 24
 * dot fonts; Noto Sans Mono CJK is one. Without a CJK font the logical Monospaced font is
 * used: Chinese may then show as boxes, but the layout and the decoded text stay right.
 */
final class ReceiptFont {

    /** Pixel size at which one ideograph fills a 24-dot cell. */
    static final int SIZE = 24;

    private static final String[] PREFERRED = {
        "Noto Sans Mono CJK SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei Mono", "WenQuanYi Micro Hei",
    };

    private static volatile Font base;

    private ReceiptFont() {
    }

    static Font plain() {
        Font font = base;
        if (font == null) {
            font = find();
            base = font;
        }
        return font;
    }

    static Font bold() {
        return plain().deriveFont(Font.BOLD);
    }

    /** A font that can draw {@code codePoint}, preferring the receipt font. */
    static Font forCodePoint(int codePoint, boolean bold) {
        Font font = bold ? bold() : plain();
        if (font.canDisplay(codePoint)) {
            return font;
        }
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, SIZE);
    }

    private static Font find() {
        Set<String> families = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String name : PREFERRED) {
            if (families.contains(name)) {
                return new Font(name, Font.PLAIN, SIZE);
            }
        }
        return new Font(Font.MONOSPACED, Font.PLAIN, SIZE);
    }
}
