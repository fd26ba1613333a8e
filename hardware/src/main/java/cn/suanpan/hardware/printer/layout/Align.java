package cn.suanpan.hardware.printer.layout;

/** Horizontal position of a line or picture on the paper (ESC a n). */
public enum Align {
    LEFT, CENTER, RIGHT
}
