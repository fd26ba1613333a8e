package cn.suanpan.hardware.printer;

/**
 * The two roll widths Chinese shops use. The printable width is given in dots of a 203 dpi
 * head; columns count half-width cells of the standard 12 × 24 dot font, so one Chinese
 * character (24 × 24 dots) takes two columns.
 */
public enum PaperWidth {
    MM58(32, 384),
    MM80(48, 576);

    /** Width of one half-width character cell of font A, in dots. */
    public static final int CELL_DOTS = 12;

    private final int columns;
    private final int dots;

    PaperWidth(int columns, int dots) {
        this.columns = columns;
        this.dots = dots;
    }

    public int columns() {
        return columns;
    }

    public int dots() {
        return dots;
    }
}
