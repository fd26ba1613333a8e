package cn.suanpan.hardware.serial;

import cn.suanpan.hardware.i18n.HardwareMessage;

/** Whether a device can be talked to right now. */
public enum ConnectionStatus {
    /** The port is open and working. */
    CONNECTED,
    /** The port was lost (unplugged, far end gone, read or write error), or the link is closed. */
    DISCONNECTED,
    /** The port is not there; the link keeps trying to open it again. */
    RECONNECTING;

    /** Bundle key of the status text shown to the cashier. */
    public HardwareMessage message() {
        return new HardwareMessage("device.status." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
