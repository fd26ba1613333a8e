package cn.suanpan.hardware.printer.layout;

/** Character magnification (GS ! n). Double width halves the columns of a line. */
public enum TextSize {
    NORMAL(1, 1),
    DOUBLE_HEIGHT(1, 2),
    DOUBLE_WIDTH(2, 1),
    DOUBLE(2, 2);

    private final int widthFactor;
    private final int heightFactor;

    TextSize(int widthFactor, int heightFactor) {
        this.widthFactor = widthFactor;
        this.heightFactor = heightFactor;
    }

    public int widthFactor() {
        return widthFactor;
    }

    public int heightFactor() {
        return heightFactor;
    }

    /** Columns available on a line of {@code paperColumns} normal columns. */
    public int columns(int paperColumns) {
        return paperColumns / widthFactor;
    }
}
