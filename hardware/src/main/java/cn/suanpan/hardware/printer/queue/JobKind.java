package cn.suanpan.hardware.printer.queue;

/** What a print job is; the {@link PrinterRouter} sends each kind to its printer. */
public enum JobKind {
    /** A customer receipt (and its reprints). */
    RECEIPT,
    /** An order ticket for the kitchen or the bar. */
    KITCHEN,
    /** Shift, X and Z reports. */
    REPORT
}
