package cn.suanpan.hardware.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.suanpan.hardware.display.DisplayCommandSet;
import cn.suanpan.hardware.printer.CutMode;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.escpos.DrawerPin;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.scale.ScaleProtocol;
import cn.suanpan.hardware.scale.WeightUnit;
import cn.suanpan.hardware.scanner.ScannerSettings;
import cn.suanpan.hardware.serial.DeviceException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DeviceConfigTest {

    @Test
    void withNothingConfiguredEverythingIsSimulated() {
        DeviceConfig c = DeviceConfig.load(new Properties());
        assertThat(c).isEqualTo(DeviceConfig.defaults());
        assertThat(c.printers()).containsOnlyKeys("receipt", "kitchen");
        assertThat(c.printers().values()).allMatch(p -> p.type() == PrinterType.SIMULATED);
        assertThat(c.drawer().type()).isEqualTo(DrawerType.PRINTER);
        assertThat(c.scanner().type()).isEqualTo(DeviceType.SIMULATED);
        assertThat(c.scale().type()).isEqualTo(DeviceType.SIMULATED);
        assertThat(c.display().type()).isEqualTo(DeviceType.SIMULATED);
    }

    @Test
    void aHandWrittenSettingsFileIsRead() throws Exception {
        Properties p = new Properties();
        p.load(new StringReader("""
                ui.language=zh_CN
                devices.printer.receipt.type=Serial
                devices.printer.receipt.address=/dev/serial/by-id/usb-Printer
                devices.printer.receipt.baud=115200
                devices.printer.receipt.paper=80
                devices.printer.receipt.charset=gbk
                devices.printer.receipt.cut=full
                devices.printer.kitchen.type=network
                devices.printer.kitchen.address=192.168.1.60
                devices.drawer.pin=5
                devices.drawer.pulseOn=100
                devices.drawer.sensor=open-when-low
                devices.scanner.type=serial
                devices.scanner.port=COM3
                devices.scanner.suffix=crlf
                devices.scale.type=serial
                devices.scale.port=/dev/ttyUSB1
                devices.scale.protocol=toledo8213
                devices.scale.unit=lb
                devices.display.type=none
                devices.display.commands=cd5220
                """));
        DeviceConfig c = DeviceConfig.load(p);
        assertThat(c.receiptPrinter()).isEqualTo(new PrinterConfig(PrinterType.SERIAL, "/dev/serial/by-id/usb-Printer", 115200,
                PaperWidth.MM80, PrinterCharset.GBK, CutMode.FULL));
        assertThat(c.kitchenPrinter().type()).isEqualTo(PrinterType.NETWORK);
        assertThat(c.kitchenPrinter().address()).isEqualTo("192.168.1.60");
        assertThat(c.drawer()).isEqualTo(new DrawerConfig(DrawerType.PRINTER, "receipt", "", 9600, DrawerPin.PIN_5, 100, 500,
                Optional.of(DrawerSensor.OPEN_WHEN_LOW)));
        assertThat(c.scanner()).isEqualTo(new ScannerConfig(DeviceType.SERIAL, "COM3", 9600, ScannerSettings.Suffix.CRLF));
        assertThat(c.scale()).isEqualTo(new ScaleConfig(DeviceType.SERIAL, "/dev/ttyUSB1", 9600, ScaleProtocol.Kind.TOLEDO_8213, WeightUnit.LB));
        assertThat(c.display()).isEqualTo(new DisplayConfig(DeviceType.NONE, "", 9600, DisplayCommandSet.CD5220));
    }

    @Test
    void savingAndLoadingGivesTheSameConfigurationAndLeavesOtherSettingsAlone() {
        DeviceConfig c = DeviceConfig.defaults()
                .withReceiptPrinter(new PrinterConfig(PrinterType.SYSTEM, "XP-58 (USB)", 9600, PaperWidth.MM58, PrinterCharset.GB18030, CutMode.NONE))
                .withKitchenPrinter(PrinterConfig.none())
                .withDrawer(new DrawerConfig(DrawerType.SERIAL, "receipt", "/dev/ttyS0", 19200, DrawerPin.PIN_2, 60, 400, Optional.empty()));
        Properties p = new Properties();
        p.setProperty("ui.theme", "dark");
        p.setProperty("devices.obsolete.key", "x");
        c.save(p);
        assertThat(p.getProperty("ui.theme")).isEqualTo("dark");
        assertThat(p.getProperty("devices.obsolete.key")).isNull();
        assertThat(p.getProperty("devices.printer.receipt.type")).isEqualTo("system");
        assertThat(DeviceConfig.load(p)).isEqualTo(c);
        assertThat(DeviceConfig.load(p).printers()).containsOnlyKeys("receipt");
    }

    @Test
    void aValueThatMakesNoSenseIsNamed() {
        Properties p = new Properties();
        p.setProperty("devices.printer.receipt.paper", "76");
        DeviceException e = catchThrowableOfType(DeviceException.class, () -> DeviceConfig.load(p));
        assertThat(e.userMessage().format(Locale.ENGLISH))
                .isEqualTo("The device setting devices.printer.receipt.paper has a value that cannot be used: 76");

        Properties q = new Properties();
        q.setProperty("devices.drawer.pulseOn", "0");
        assertThat(catchThrowableOfType(DeviceException.class, () -> DeviceConfig.load(q)).userMessage().key())
                .isEqualTo("device.config.outOfRange");
    }
}
