package cn.suanpan.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.config.Settings;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Touch;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.devices.Devices;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.hardware.config.DeviceConfig;
import cn.suanpan.hardware.config.PrinterType;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.escpos.DrawerPin;
import cn.suanpan.hardware.printer.sim.SimulatedPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The devices section of the settings screen: saved, applied without a restart, test print and no-sale drawer. */
@ExtendWith(ApplicationExtension.class)
class DeviceSettingsTest {

    @TempDir
    static Path data;
    static TestTerminal terminal;

    Shell shell;
    Devices devices;

    @BeforeAll
    static void open() {
        terminal = TestTerminal.open(data);
    }

    @AfterAll
    static void close() {
        terminal.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        devices = Devices.open(DeviceConfig.defaults(), Files.createTempDirectory(data, "devices"), Clock.systemUTC());
        shell = ShellFixture.show(stage, terminal.services(Platform::runLater, devices), I18n.CHINESE);
        ShellFixture.loginWithShift(shell, DemoStore.ADMIN, DemoStore.ADMIN_PIN);
        shell.showSettings();
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String id, T value) {
        robot.interact(() -> robot.lookup(id).queryAs(ComboBox.class).setValue(value));
    }

    private SimulatedPrinter receiptPrinter() {
        return devices.hardware().orElseThrow().simulatedPrinter(DeviceConfig.RECEIPT).orElseThrow();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#devices-message").queryAs(Label.class).getText();
    }

    @Test
    void newSettingsAreSavedAndUsedAtOnceThenTestedOnPaper(FxRobot robot) {
        assertThat(devices.config().receiptPrinter().paper()).isEqualTo(PaperWidth.MM58);
        choose(robot, "#dev-paper", PaperWidth.MM80);
        choose(robot, "#dev-charset", PrinterCharset.GBK);
        choose(robot, "#dev-drawer-pin", DrawerPin.PIN_5);
        Touch.tap(robot, "#dev-apply");
        Wait.until(() -> message(robot).equals("设备设置已保存并生效。"));

        assertThat(devices.config().receiptPrinter().paper()).isEqualTo(PaperWidth.MM80);
        assertThat(devices.printer().profile().paper()).isEqualTo(PaperWidth.MM80);
        DeviceConfig saved = Settings.load(terminal.context().dataDirectory().settingsFile()).deviceConfig();
        assertThat(saved.receiptPrinter().paper()).isEqualTo(PaperWidth.MM80);
        assertThat(saved.receiptPrinter().charset()).isEqualTo(PrinterCharset.GBK);
        assertThat(saved.drawer().pin()).isEqualTo(DrawerPin.PIN_5);

        Touch.tap(robot, "#dev-test-print");
        Wait.until(() -> receiptPrinter().pages().size() == 1);
        assertThat(receiptPrinter().paper()).isEqualTo(PaperWidth.MM80);

        Touch.tap(robot, "#dev-open-drawer");
        Wait.until(() -> receiptPrinter().drawerKicks() == 1);
        Wait.until(() -> !message(robot).equals("测试页已加入打印队列。"));
    }

    @Test
    void aNetworkPrinterWithoutAnAddressIsRefusedAndTheOldPrinterStays(FxRobot robot) {
        PaperWidth before = devices.config().receiptPrinter().paper();
        choose(robot, "#dev-printer-type", PrinterType.NETWORK);
        Touch.tap(robot, "#dev-apply");
        Wait.until(() -> message(robot).contains("不能为空"));
        assertThat(devices.config().receiptPrinter().type()).isEqualTo(PrinterType.SIMULATED);
        assertThat(devices.config().receiptPrinter().paper()).isEqualTo(before);
        assertThat(Settings.load(terminal.context().dataDirectory().settingsFile()).get("devices.printer.receipt.type"))
                .isNotEqualTo("network");
    }
}
