package cn.suanpan.hardware.printer.layout;

/**
 * A character the printer cannot print, and what is printed instead (empty for invisible
 * format characters such as the emoji variation selector, which have no glyph to lose).
 */
public record Replacement(int codePoint, String replacement) {

    @Override
    public String toString() {
        return "U+%04X → '%s'".formatted(codePoint, replacement);
    }
}
