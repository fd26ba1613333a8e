package cn.suanpan.app.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.RecordingSounds;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Touch;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.common.BackgroundTaskExecutor;
import cn.suanpan.app.ui.devices.Devices;
import cn.suanpan.app.ui.devices.SimulatedReceiptPrinter;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.core.setup.DemoStore;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as the terminal runs it: store work on the background worker, results handed
 * back to the JavaFX thread. Login, shift, a sale paid and printed, all with the UI thread
 * free while the store works.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundWorkerTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    BackgroundTaskExecutor worker;
    Services services;
    Shell shell;

    @Start
    void start(Stage stage) {
        worker = new BackgroundTaskExecutor();
        services = Services.create(terminal.context(), worker, Platform::runLater, Devices.simulated(), new RecordingSounds());
        shell = new Shell(services, new Session(), I18n.CHINESE, 1280, 800, worker.busyProperty());
        shell.wedge().setTiming(ShellFixture.TIMING);
        stage.setScene(shell.scene());
        stage.show();
        shell.start();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(shell::stop);
        worker.close();
        services.devices().close();
    }

    @Test
    void aWholeSaleWithTheStoreOnItsOwnThread(FxRobot robot) {
        var scene = shell.scene();
        Wait.until(() -> robot.lookup("#user-cashier").tryQuery().isPresent());
        Touch.tap(robot, "#user-cashier");
        Keys.type(robot, scene, DemoStore.CASHIER_PIN);
        Keys.press(robot, scene, KeyCode.ENTER);
        Wait.until(() -> robot.lookup(".shift-open-dialog").tryQuery().isPresent());
        Keys.type(robot, scene, "100");
        Keys.press(robot, scene, KeyCode.ENTER);
        Wait.until(() -> shell.session().shift() != null && !shell.modals().isOpen());

        Keys.scan(robot, scene, "6999993984647");
        Keys.press(robot, scene, KeyCode.F9);
        Keys.press(robot, scene, KeyCode.ENTER);
        Wait.until(() -> !services.sales().recent(1).isEmpty() && !shell.modals().isOpen());
        Wait.until(() -> ((SimulatedReceiptPrinter) services.devices().printer()).printed().size() == 1);
        Wait.until(() -> worker.busyProperty().get() == 0);

        assertThat(shell.saleModel().lines()).isEmpty();
        assertThat(shell.saleModel().lastSaleProperty().get().receiptNo()).isEqualTo(services.sales().recent(1).getFirst().receiptNo());
    }
}
