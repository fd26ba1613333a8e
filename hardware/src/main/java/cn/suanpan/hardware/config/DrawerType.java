package cn.suanpan.hardware.config;

/** How the cash drawer is opened. */
public enum DrawerType {
    /** Through a receipt printer's kick-out connector (the usual way). */
    PRINTER,
    /** A trigger box on a serial port of its own. */
    SERIAL,
    /** The in-process drawer of the simulated-devices mode. */
    SIMULATED,
    NONE
}
