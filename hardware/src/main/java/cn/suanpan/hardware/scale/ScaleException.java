package cn.suanpan.hardware.scale;

import cn.suanpan.hardware.serial.DeviceException;
import cn.suanpan.hardware.i18n.HardwareMessage;

/** A stable weight could not be had; {@link #reason()} says why. */
public final class ScaleException extends DeviceException {

    public enum Reason { TIMEOUT, OVERLOAD, NEGATIVE, NOT_CONNECTED }

    private final Reason reason;

    public ScaleException(Reason reason, Object... args) {
        super(new HardwareMessage(switch (reason) {
            case TIMEOUT -> "scale.error.timeout";
            case OVERLOAD -> "scale.error.overload";
            case NEGATIVE -> "scale.error.negative";
            case NOT_CONNECTED -> "scale.error.notConnected";
        }, args));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
