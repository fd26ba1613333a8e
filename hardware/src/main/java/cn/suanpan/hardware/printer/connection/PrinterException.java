package cn.suanpan.hardware.printer.connection;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.util.Locale;
import java.util.Objects;

/** A printer did not take a job or did not answer; {@link #userMessage()} says why in the cashier's words. */
public final class PrinterException extends RuntimeException {

    /** What went wrong, for code that reacts differently (the status monitor skips {@code BUSY}). */
    public enum Reason {
        /** Nothing at the address: port missing, connection refused, printer switched off. */
        NOT_CONNECTED,
        /** The printer answered, but cannot print now (paper out, cover open, cutter jammed). */
        NOT_READY,
        /** The status request got no answer in time. */
        NO_ANSWER,
        /** The bytes were not taken in time: the printer stopped reading. */
        TIMEOUT,
        /** Another job or request is using the connection; ask again later. */
        BUSY,
        /** This kind of connection cannot ask the printer for its status. */
        STATUS_UNAVAILABLE,
        /** No installed printer has the configured name. */
        NOT_FOUND,
        /** The connection was closed for good. */
        CLOSED,
        /** Anything else the operating system reported. */
        FAILED
    }

    private final Reason reason;
    private final transient HardwareMessage userMessage;

    public PrinterException(Reason reason, HardwareMessage userMessage) {
        this(reason, userMessage, null);
    }

    public PrinterException(Reason reason, HardwareMessage userMessage, Throwable cause) {
        super(Objects.requireNonNull(userMessage, "userMessage").format(Locale.ENGLISH), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.userMessage = userMessage;
    }

    public Reason reason() {
        return reason;
    }

    public HardwareMessage userMessage() {
        return userMessage;
    }
}
