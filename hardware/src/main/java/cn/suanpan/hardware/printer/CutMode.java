package cn.suanpan.hardware.printer;

/** What the printer does at the end of a receipt. */
public enum CutMode {
    /** Feed to the cutter and cut through completely. */
    FULL,
    /** Feed to the cutter and leave a hinge so the receipt does not fall on the floor. */
    PARTIAL,
    /** No cutter: feed past the tear bar. */
    NONE
}
