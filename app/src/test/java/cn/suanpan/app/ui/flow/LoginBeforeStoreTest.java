package cn.suanpan.app.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Touch;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.core.setup.DemoStore;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as it starts (ADR 21): the login screen is drawn on the settings alone, before
 * the store is open; the names to log in with and the shop arrive with the services.
 */
@ExtendWith(ApplicationExtension.class)
class LoginBeforeStoreTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Shell shell;

    @Start
    void start(Stage stage) {
        shell = new Shell(new UiSettings(terminal.context().settings()), new Session(), I18n.CHINESE, 1280, 800, null);
        shell.wedge().setTiming(ShellFixture.TIMING);
        stage.setScene(shell.scene());
        stage.show();
        shell.start();
    }

    @Test
    void theLoginScreenShowsBeforeTheStoreAndTakesTheCashierOnceItIsOpen(FxRobot robot) {
        var scene = shell.scene();
        assertThat(shell.attached()).isFalse();
        assertThat(robot.lookup("#login-pin").tryQuery()).isPresent();
        assertThat(robot.lookup(".login-user").queryAll()).isEmpty();
        assertThat(robot.lookup(".status-store").queryAs(Label.class).getText()).isEmpty();
        // keys and scans before the store is there go nowhere harmful
        Keys.press(robot, scene, KeyCode.ENTER);
        Keys.scan(robot, scene, "6999993984647");
        assertThat(shell.session().user()).isNull();
        assertThat(robot.lookup("#login-pin").queryAs(PasswordField.class).getText()).isEmpty();

        robot.interact(() -> shell.attach(terminal.services(Platform::runLater)));

        Wait.until(() -> robot.lookup("#user-cashier").tryQuery().isPresent());
        assertThat(robot.lookup(".status-store").queryAs(Label.class).getText())
                .contains(terminal.context().storeInfo().storeName());
        Touch.tap(robot, "#user-cashier");
        Keys.type(robot, scene, DemoStore.CASHIER_PIN);
        Keys.press(robot, scene, KeyCode.ENTER);
        Wait.until(() -> shell.session().user() != null);
        assertThat(shell.session().user().username()).isEqualTo(DemoStore.CASHIER);
    }
}
