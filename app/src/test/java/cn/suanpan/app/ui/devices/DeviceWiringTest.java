package cn.suanpan.app.ui.devices;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Touch;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.hardware.config.DeviceConfig;
import cn.suanpan.hardware.config.DrawerConfig;
import cn.suanpan.hardware.config.DrawerType;
import cn.suanpan.hardware.printer.escpos.DrawerPin;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.printer.sim.SimulatedPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on the hardware module's devices as the terminal builds them from its settings
 * (all simulated: printers that write PNGs and read their state from a file): receipts through
 * the durable print queue, printer trouble and an open drawer in the status bar, reprints.
 */
@ExtendWith(ApplicationExtension.class)
class DeviceWiringTest {

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
        Path folder = Files.createTempDirectory(data, "devices");
        DeviceConfig config = DeviceConfig.defaults().withDrawer(new DrawerConfig(DrawerType.PRINTER, "receipt", "", 9600,
                DrawerPin.PIN_2, 50, 500, Optional.of(DrawerSensor.OPEN_WHEN_HIGH)));
        devices = Devices.open(config, folder, Clock.systemUTC());
        shell = ShellFixture.show(stage, terminal.services(Platform::runLater, devices), Locale.ENGLISH);
        ShellFixture.loginWithShift(shell, DemoStore.ADMIN, DemoStore.ADMIN_PIN);
    }

    @AfterEach
    void ready() throws IOException {
        state("");
    }

    private SimulatedPrinter receiptPrinter() {
        return devices.hardware().orElseThrow().simulatedPrinter(DeviceConfig.RECEIPT).orElseThrow();
    }

    /** What the simulated receipt printer reports from now on, as a person would write it to its state file. */
    private void state(String words) throws IOException {
        Files.writeString(receiptPrinter().stateFile().orElseThrow(), words);
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void aReceiptThatCannotPrintWaitsIsShownAndPrintsWhenThePaperIsBack(FxRobot robot) throws IOException {
        state("paper-out");
        Wait.until(() -> shown(robot, "#status-printer"));
        assertThat(text(robot, "#status-printer")).isEqualTo("No paper");
        assertThat(robot.lookup("#status-printer").queryAs(Labeled.class).getTooltip().getText()).contains("out of paper");

        Keys.scan(robot, shell.scene(), "6999993984647");
        Keys.press(robot, shell.scene(), KeyCode.F9);
        Keys.press(robot, shell.scene(), KeyCode.ENTER);
        // the sale is done and the counter is free, whatever the printer does
        String receiptNo = shell.services().sales().recent(1).getFirst().receiptNo();
        assertThat(shell.saleModel().lines()).isEmpty();
        Wait.until(() -> text(robot, "#status-printer").equals("No paper · 1 to print"));
        assertThat(receiptPrinter().pages()).isEmpty();

        Touch.tap(robot, "#status-printer");
        assertThat(robot.lookup("#print-queue").tryQuery()).isPresent();
        assertThat(robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith(receiptNo))
                .tryQuery()).isPresent();

        state("");
        Touch.tap(robot, "#print-retry");
        Wait.until(() -> receiptPrinter().pages().size() == 1);
        Wait.until(() -> !shown(robot, "#status-printer"));
        assertThat(String.join("\n", receiptPrinter().pages().getFirst().rendered().textLines())).contains(receiptNo);

        // the printed receipt can be printed again from the same list
        long printedId = devices.printQueue().orElseThrow().printed().getFirst().id();
        Wait.until(() -> robot.lookup("#print-again-" + printedId).tryQuery().isPresent());
        Touch.tap(robot, "#print-again-" + printedId);
        Wait.until(() -> receiptPrinter().pages().size() == 2);
        Keys.press(robot, shell.scene(), KeyCode.ESCAPE);
    }

    @Test
    void anOpenDrawerAndACoverLeftOpenAreShownWithinASecondAndClearedWhenShut(FxRobot robot) throws IOException {
        state("drawer-open");
        Wait.until(() -> shown(robot, "#status-drawer"));
        assertThat(text(robot, "#status-drawer")).isEqualTo("Drawer open");
        assertThat(shown(robot, "#status-printer")).isFalse();

        state("cover-open");
        Wait.until(() -> shown(robot, "#status-printer") && !shown(robot, "#status-drawer"));
        assertThat(text(robot, "#status-printer")).isEqualTo("Cover open");

        state("");
        Wait.until(() -> !shown(robot, "#status-printer"));
    }

    @Test
    void theDrawerKicksThroughTheReceiptPrinterOnACashSale(FxRobot robot) {
        Keys.scan(robot, shell.scene(), "6999993984647");
        Keys.press(robot, shell.scene(), KeyCode.F9);
        Keys.press(robot, shell.scene(), KeyCode.ENTER);
        Wait.until(() -> receiptPrinter().drawerKicks() >= 1);
    }
}
