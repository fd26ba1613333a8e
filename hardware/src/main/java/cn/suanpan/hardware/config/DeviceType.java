package cn.suanpan.hardware.config;

/** How a scanner, scale or customer display is attached. */
public enum DeviceType {
    /** The in-process simulator (the UI shows its controls). */
    SIMULATED,
    /** A serial port (a USB adapter's port too). */
    SERIAL,
    /** Not attached (a keyboard-wedge scanner needs nothing here: it types into the sale screen). */
    NONE
}
