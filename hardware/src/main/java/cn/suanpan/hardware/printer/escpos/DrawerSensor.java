package cn.suanpan.hardware.printer.escpos;

/**
 * How the drawer's open switch shows on pin 3 of the kick-out connector. ESC/POS only
 * reports the pin level; which level means "open" depends on the drawer's wiring.
 */
public enum DrawerSensor {
    OPEN_WHEN_HIGH,
    OPEN_WHEN_LOW;

    boolean isOpen(boolean pin3High) {
        return this == OPEN_WHEN_HIGH ? pin3High : !pin3High;
    }
}
