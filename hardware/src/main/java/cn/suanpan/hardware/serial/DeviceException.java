package cn.suanpan.hardware.serial;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.util.Locale;
import java.util.Objects;

/** A device could not do what was asked; {@link #userMessage()} says why in the cashier's words. */
public class DeviceException extends RuntimeException {

    private final transient HardwareMessage userMessage;

    public DeviceException(HardwareMessage userMessage) {
        this(userMessage, null);
    }

    public DeviceException(HardwareMessage userMessage, Throwable cause) {
        super(Objects.requireNonNull(userMessage, "userMessage").format(Locale.ENGLISH), cause);
        this.userMessage = userMessage;
    }

    public HardwareMessage userMessage() {
        return userMessage;
    }
}
