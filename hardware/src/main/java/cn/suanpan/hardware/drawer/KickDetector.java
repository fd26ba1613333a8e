package cn.suanpan.hardware.drawer;

/**
 * The far end of a drawer trigger: counts the kick commands in a byte stream, {@code ESC p m t1 t2}
 * and the real-time {@code DLE DC4 1 m t}, split across reads or not. For simulators and tests.
 */
public final class KickDetector {

    private final byte[] window = new byte[5];
    private int filled;
    private int kicks;

    public synchronized int accept(byte[] data) {
        int found = 0;
        for (byte b : data) {
            if (filled == window.length) {
                System.arraycopy(window, 1, window, 0, window.length - 1);
                filled--;
            }
            window[filled++] = b;
            if (filled == window.length && isKick()) {
                found++;
                filled = 0;
            }
        }
        kicks += found;
        return found;
    }

    public synchronized int kicks() {
        return kicks;
    }

    private boolean isKick() {
        boolean escP = window[0] == 0x1B && window[1] == 'p' && (window[2] == 0 || window[2] == 1 || window[2] == '0' || window[2] == '1');
        boolean dleDc4 = window[0] == 0x10 && window[1] == 0x14 && window[2] == 1;
        return escP || dleDc4;
    }
}
