package cn.suanpan.hardware.printer.escpos;

/** Which pin of the printer's drawer kick-out connector drives the drawer's solenoid. */
public enum DrawerPin {
    /** Connector pin 2: the usual single drawer (ESC p m = 0). */
    PIN_2(0),
    /** Connector pin 5: a second drawer on a Y cable (ESC p m = 1). */
    PIN_5(1);

    private final int m;

    DrawerPin(int m) {
        this.m = m;
    }

    int m() {
        return m;
    }
}
