package cn.suanpan.hardware.display;

import java.util.Arrays;

/**
 * The far end of a pole display: interprets the bytes a display would receive (both command
 * sets of {@link DisplayCommandSet}, plus cursor moves and line clears) into a 2×20 screen.
 * Used by the simulated display program and by tests. Unknown escape sequences are skipped.
 */
public final class DisplayEmulator {

    private static final int ROWS = 2;
    private static final int COLS = DisplayLines.WIDTH;
    private static final byte ESC = 0x1B;
    private static final byte US = 0x1F;

    private final char[][] screen = new char[ROWS][COLS];
    private int row;
    private int col;
    /** Bytes of an unfinished command. */
    private final byte[] pending = new byte[4];
    private int pendingLength;
    /** Target row of an ESC Q A/B/D line being received, or -1. */
    private int lineTarget = -1;
    private final StringBuilder lineText = new StringBuilder();

    public DisplayEmulator() {
        clear();
    }

    public synchronized void accept(byte[] data) {
        for (byte b : data) {
            accept(b);
        }
    }

    public synchronized DisplayLines screen() {
        return new DisplayLines(new String(screen[0]), new String(screen[1]));
    }

    private void accept(byte b) {
        if (lineTarget >= 0) {
            if (b == 0x0D) {
                Arrays.fill(screen[lineTarget], ' ');
                for (int i = 0; i < Math.min(COLS, lineText.length()); i++) {
                    screen[lineTarget][i] = lineText.charAt(i);
                }
                lineTarget = -1;
                lineText.setLength(0);
            } else if (lineText.length() < 40) {
                lineText.append(printable(b));
            }
            return;
        }
        if (pendingLength > 0) {
            pending[pendingLength++] = b;
            command();
            return;
        }
        switch (b) {
            case ESC, US -> pending[pendingLength++] = b;
            case 0x0C -> clear(); // FF
            case 0x0B -> { // HOME
                row = 0;
                col = 0;
            }
            case 0x18 -> Arrays.fill(screen[row], ' '); // CAN: clear the cursor's line
            case 0x0D -> col = 0;
            case 0x0A -> row = (row + 1) % ROWS;
            case 0x08 -> col = Math.max(0, col - 1);
            case 0x09 -> advance();
            default -> {
                if (b >= 0x20 && b < 0x7F) {
                    screen[row][col] = (char) b;
                    advance();
                }
            }
        }
    }

    /** Acts on {@code pending} once it holds a whole command; leaves it otherwise. */
    private void command() {
        byte first = pending[0];
        byte second = pending[1];
        if (first == ESC) {
            switch (second) {
                case '@' -> {
                    clear();
                    done();
                }
                case 'Q' -> {
                    if (pendingLength == 3) {
                        lineTarget = switch (pending[2]) {
                            case 'A', 'D' -> 0;
                            case 'B' -> 1;
                            default -> -1;
                        };
                        done();
                    }
                }
                case 'l' -> { // ESC l x y: cursor to column x, row y
                    if (pendingLength == 4) {
                        moveTo(pending[2], pending[3]);
                        done();
                    }
                }
                case 's', 'R', 't', '=' -> {
                    if (pendingLength == 3) {
                        done(); // one-byte argument: lamps, character set, code table, peripheral
                    }
                }
                default -> done();
            }
        } else {
            switch (second) {
                case '$' -> { // US $ x y
                    if (pendingLength == 4) {
                        moveTo(pending[2], pending[3]);
                        done();
                    }
                }
                case 'C', 'E', 'X', 'T' -> {
                    if (pendingLength == 3) {
                        done(); // one-byte argument: cursor, blink, brightness, clock
                    }
                }
                default -> done(); // US MD1..MD3 and others without arguments
            }
        }
    }

    private void moveTo(int x, int y) {
        col = Math.clamp(x - 1, 0, COLS - 1);
        row = Math.clamp(y - 1, 0, ROWS - 1);
    }

    private void done() {
        pendingLength = 0;
    }

    private void advance() {
        col++;
        if (col == COLS) {
            col = 0;
            row = (row + 1) % ROWS;
        }
    }

    private void clear() {
        for (char[] line : screen) {
            Arrays.fill(line, ' ');
        }
        row = 0;
        col = 0;
    }

    private static char printable(byte b) {
        return b >= 0x20 && b < 0x7F ? (char) b : '?';
    }
}
