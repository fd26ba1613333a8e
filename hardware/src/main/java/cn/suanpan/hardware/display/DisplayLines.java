package cn.suanpan.hardware.display;

/**
 * The two lines of a 2×20 pole display, exactly {@value #WIDTH} printable ASCII characters
 * each. Lines that are already printable ASCII keep their layout; others go through
 * {@link DisplayText#toAscii(String)} first.
 */
public record DisplayLines(String line1, String line2) {

    public static final int WIDTH = 20;
    public static final DisplayLines BLANK = new DisplayLines("", "");

    public DisplayLines {
        line1 = DisplayText.fit(showable(line1), WIDTH);
        line2 = DisplayText.fit(showable(line2), WIDTH);
    }

    private static String showable(String line) {
        if (line == null) {
            return "";
        }
        return line.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? line : DisplayText.toAscii(line);
    }

    public boolean isBlank() {
        return line1.isBlank() && line2.isBlank();
    }
}
