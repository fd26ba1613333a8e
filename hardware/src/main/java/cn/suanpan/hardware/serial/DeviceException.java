package cn.suanpan.hardware.serial;

import java.util.Locale;
import java.util.Objects;

/** A device could not do what was asked; {@link #userMessage()} says why in the cashier's words. */
public class DeviceException extends RuntimeException {

    private final transient DeviceMessage userMessage;

    public DeviceException(DeviceMessage userMessage) {
        this(userMessage, null);
    }

    public DeviceException(DeviceMessage userMessage, Throwable cause) {
        super(Objects.requireNonNull(userMessage, "userMessage").format(Locale.ENGLISH), cause);
        this.userMessage = userMessage;
    }

    public DeviceMessage userMessage() {
        return userMessage;
    }
}
