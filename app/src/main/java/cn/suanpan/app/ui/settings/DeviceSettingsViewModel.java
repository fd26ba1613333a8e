package cn.suanpan.app.ui.settings;

import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.devices.TestPage;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.hardware.config.DeviceConfig;
import cn.suanpan.hardware.config.DeviceType;
import cn.suanpan.hardware.config.DisplayConfig;
import cn.suanpan.hardware.config.DrawerConfig;
import cn.suanpan.hardware.config.DrawerType;
import cn.suanpan.hardware.config.PrinterConfig;
import cn.suanpan.hardware.config.PrinterType;
import cn.suanpan.hardware.config.ScaleConfig;
import cn.suanpan.hardware.config.ScannerConfig;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.escpos.DrawerPin;
import cn.suanpan.hardware.scale.ScaleProtocol;
import cn.suanpan.hardware.scanner.ScannerSettings;
import cn.suanpan.app.ui.i18n.I18n;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The devices part of the settings screen: the {@code devices.*} settings as properties the
 * form binds to. {@link #apply} writes them to the settings file and replaces the running
 * devices with them, on the store worker (opening a serial port can take a moment); a value
 * that cannot be used is reported and changes nothing.
 */
public final class DeviceSettingsViewModel {

    private final Services services;
    private DeviceConfig base;

    final ObjectProperty<PrinterType> printerType = new SimpleObjectProperty<>();
    final StringProperty printerAddress = new SimpleStringProperty("");
    final ObjectProperty<PaperWidth> paper = new SimpleObjectProperty<>();
    final ObjectProperty<PrinterCharset> charset = new SimpleObjectProperty<>();
    final ObjectProperty<PrinterType> kitchenType = new SimpleObjectProperty<>();
    final StringProperty kitchenAddress = new SimpleStringProperty("");
    final ObjectProperty<DrawerType> drawerType = new SimpleObjectProperty<>();
    final StringProperty drawerPort = new SimpleStringProperty("");
    final ObjectProperty<DrawerPin> drawerPin = new SimpleObjectProperty<>();
    final IntegerProperty pulseOn = new SimpleIntegerProperty();
    final ObjectProperty<DeviceType> scannerType = new SimpleObjectProperty<>();
    final StringProperty scannerPort = new SimpleStringProperty("");
    final ObjectProperty<ScannerSettings.Suffix> scannerSuffix = new SimpleObjectProperty<>();
    final ObjectProperty<DeviceType> scaleType = new SimpleObjectProperty<>();
    final StringProperty scalePort = new SimpleStringProperty("");
    final ObjectProperty<ScaleProtocol.Kind> scaleProtocol = new SimpleObjectProperty<>();
    final ObjectProperty<DeviceType> displayType = new SimpleObjectProperty<>();
    final StringProperty displayPort = new SimpleStringProperty("");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);

    public DeviceSettingsViewModel(Services services) {
        this.services = services;
        show(services.devices().config());
    }

    private void show(DeviceConfig c) {
        base = c;
        printerType.set(c.receiptPrinter().type());
        printerAddress.set(c.receiptPrinter().address());
        paper.set(c.receiptPrinter().paper());
        charset.set(c.receiptPrinter().charset());
        kitchenType.set(c.kitchenPrinter().type());
        kitchenAddress.set(c.kitchenPrinter().address());
        drawerType.set(c.drawer().type());
        drawerPort.set(c.drawer().port());
        drawerPin.set(c.drawer().pin());
        pulseOn.set(c.drawer().pulseOnMillis());
        scannerType.set(c.scanner().type());
        scannerPort.set(c.scanner().port());
        scannerSuffix.set(c.scanner().suffix());
        scaleType.set(c.scale().type());
        scalePort.set(c.scale().port());
        scaleProtocol.set(c.scale().protocol());
        displayType.set(c.display().type());
        displayPort.set(c.display().port());
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /**
     * The form as a configuration; what the form does not show (baud rates, cutter, the
     * kitchen printer's paper) is kept from the running one.
     *
     * @throws IllegalArgumentException for a value out of range (a pulse of 1 ms)
     */
    public DeviceConfig config() {
        PrinterConfig r = base.receiptPrinter();
        PrinterConfig k = base.kitchenPrinter();
        DrawerConfig d = base.drawer();
        ScannerConfig s = base.scanner();
        ScaleConfig w = base.scale();
        DisplayConfig p = base.display();
        return new DeviceConfig(
                new PrinterConfig(printerType.get(), printerAddress.get(), r.baud(), paper.get(), charset.get(), r.cut()),
                new PrinterConfig(kitchenType.get(), kitchenAddress.get(), k.baud(), k.paper(), charset.get(), k.cut()),
                new DrawerConfig(drawerType.get(), d.printer(), drawerPort.get(), d.baud(), drawerPin.get(), pulseOn.get(),
                        d.pulseOffMillis(), d.sensor()),
                new ScannerConfig(scannerType.get(), scannerPort.get(), s.baud(), scannerSuffix.get()),
                new ScaleConfig(scaleType.get(), scalePort.get(), w.baud(), scaleProtocol.get(), w.unit()),
                new DisplayConfig(displayType.get(), displayPort.get(), p.baud(), p.commandSet()));
    }

    /** Saves the form to the settings file and puts the devices to work with it. */
    public void apply() {
        DeviceConfig next;
        try {
            next = config();
        } catch (RuntimeException e) {
            notice.set(Notice.error("devices.invalid", e.getMessage()));
            return;
        }
        services.executor().submit(() -> {
            services.devices().reconfigure(next);
            services.terminal().settings().setDeviceConfig(next);
            services.terminal().settings().save();
            return next;
        }, applied -> {
            base = applied;
            notice.set(Notice.success("devices.applied"));
        }, failure -> notice.set(Notice.failure(failure)));
    }

    /** A test page through the print queue, like a receipt. */
    public void testPrint(I18n i18n) {
        services.executor().submit(() -> {
            services.devices().printer().print(TestPage.receipt(i18n, services.clock(), services.store().zone())).join();
            return true;
        }, ok -> notice.set(Notice.success("devices.testPrinted")), failure -> notice.set(Notice.failure(failure)));
    }
}
