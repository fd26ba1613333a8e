package cn.suanpan.hardware.config;

/** How a printer is reached; {@code address} in {@link PrinterConfig} means something different for each. */
public enum PrinterType {
    /** Pages go as PNG files to {@code <data>/printer-sim/}; the address is not used. */
    SIMULATED,
    /** A serial port: {@code /dev/ttyUSB0}, {@code /dev/serial/by-id/...}, {@code COM3}. */
    SERIAL,
    /** Raw TCP: {@code 192.168.1.50} or {@code 192.168.1.50:9100}. */
    NETWORK,
    /** A printer installed in the operating system, by its name. */
    SYSTEM,
    /** No such printer. */
    NONE
}
