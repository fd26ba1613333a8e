package cn.suanpan.app.ui.devices;

import cn.suanpan.hardware.display.CustomerDisplay;
import cn.suanpan.hardware.display.SimulatedCustomerDisplay;
import cn.suanpan.hardware.drawer.CashDrawer;
import cn.suanpan.hardware.drawer.SimulatedCashDrawer;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.scale.Scale;
import cn.suanpan.hardware.scale.SimulatedScale;
import cn.suanpan.hardware.scanner.BarcodeScanner;
import cn.suanpan.hardware.scanner.SimulatedBarcodeScanner;
import java.util.List;

/**
 * The devices of this counter as the screens use them. For now every device is the
 * in-process simulator; the device configuration (serial ports, printer profile) plugs real
 * drivers in here without the screens noticing.
 */
public record Devices(BarcodeScanner scanner, Scale scale, CashDrawer drawer, CustomerDisplay poleDisplay,
                      ReceiptPrinter printer) implements AutoCloseable {

    /** A description of one device for the settings screen. */
    public record Entry(String kindKey, String description) {
    }

    public static Devices simulated() {
        return new Devices(new SimulatedBarcodeScanner(), new SimulatedScale(), new SimulatedCashDrawer(),
                new SimulatedCustomerDisplay(),
                new SimulatedReceiptPrinter(PrinterProfile.standard(PaperWidth.MM80, PrinterCharset.GBK)));
    }

    public List<Entry> describe() {
        return List.of(
                new Entry("settings.device.scanner", name(scanner)),
                new Entry("settings.device.scale", name(scale)),
                new Entry("settings.device.drawer", name(drawer)),
                new Entry("settings.device.poleDisplay", name(poleDisplay)),
                new Entry("settings.device.printer", name(printer) + " · " + printer.profile().name()));
    }

    private static String name(Object device) {
        return device.getClass().getSimpleName();
    }

    @Override
    public void close() {
        scanner.close();
        scale.close();
        poleDisplay.close();
    }
}
