package cn.suanpan.app.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.Screenshots;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Touch;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.catalog.ScaleLabels;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.setup.DemoStore;
import java.nio.file.Files;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every main screen in both languages and both themes, saved under target/screenshots for
 * people to look at (docs/screenshots holds a current set).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Stage stage;
    Shell shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Every screen in Chinese on light and English on dark; the sale and payment also the other way round. */
    @Test
    void everyScreenInChineseAndEnglishLightAndDark(FxRobot robot) {
        tour(robot, I18n.CHINESE, false, true);
        tour(robot, Locale.ENGLISH, true, true);
        tour(robot, Locale.ENGLISH, false, false);
        tour(robot, I18n.CHINESE, true, false);
        assertThat(Screenshots.DIR.resolve("sale-en-dark.png")).exists();
        assertThat(Screenshots.DIR.resolve("payment-zh_CN-dark.png")).exists();
    }

    private void tour(FxRobot robot, Locale locale, boolean dark, boolean everyScreen) {
        String suffix = (locale.getLanguage().equals("zh") ? "zh_CN" : "en") + "-" + (dark ? "dark" : "light");
        UiSettings settings = new UiSettings(terminal.context().settings());
        settings.setLocale(locale);
        settings.setDark(dark);
        Shell[] holder = new Shell[1];
        robot.interact(() -> holder[0] = ShellFixture.show(stage, terminal, locale));
        shell = holder[0];
        Scene scene = shell.scene();
        shot(robot, scene, "login-" + suffix);

        robot.interact(() -> ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN));
        Keys.scan(robot, scene, "6999993984647");
        Keys.scan(robot, scene, "6999993984647");
        Keys.scan(robot, scene, "6922811950968");
        Keys.scan(robot, scene, "6964977176295");
        Product banana = shell.services().catalog().search("香蕉", 1).getFirst();
        Keys.scan(robot, scene, ScaleLabels.amountLabel(banana, Money.parse("5.14")));
        shot(robot, scene, "sale-" + suffix);
        if (!everyScreen) {
            Keys.press(robot, scene, KeyCode.F10);
            Keys.type(robot, scene, "50");
            shot(robot, scene, "payment-" + suffix);
            Keys.press(robot, scene, KeyCode.ESCAPE);
            robot.interact(shell::stop);
            return;
        }

        Stage[] display = new Stage[1];
        robot.interact(() -> display[0] = shell.openCustomerDisplay());
        shot(robot, display[0].getScene(), "customer-display-" + suffix);

        // a supervisor approves voiding the first line
        Keys.press(robot, scene, KeyCode.UP);
        Keys.press(robot, scene, KeyCode.UP);
        Keys.press(robot, scene, KeyCode.DELETE);
        shot(robot, scene, "override-" + suffix);
        Touch.tapText(robot, "李军");
        Keys.type(robot, scene, DemoStore.SUPERVISOR_PIN);
        Keys.press(robot, scene, KeyCode.ENTER);

        Keys.press(robot, scene, KeyCode.F10);
        Keys.type(robot, scene, "50");
        shot(robot, scene, "payment-" + suffix);
        Keys.press(robot, scene, KeyCode.ENTER);
        shot(robot, scene, "after-sale-" + suffix);
        shot(robot, display[0].getScene(), "customer-display-thanks-" + suffix);
        robot.interact(shell::closeCustomerDisplay);

        Keys.press(robot, scene, KeyCode.F4);
        shot(robot, scene, "member-" + suffix);
        Keys.press(robot, scene, KeyCode.ESCAPE);

        Touch.tap(robot, "#nav-shift");
        Keys.press(robot, scene, KeyCode.DIGIT4);
        shot(robot, scene, "shift-" + suffix);
        Keys.press(robot, scene, KeyCode.ESCAPE);

        Touch.tap(robot, "#nav-receipts");
        shot(robot, scene, "receipts-" + suffix);
        Keys.press(robot, scene, KeyCode.ESCAPE);

        Touch.tap(robot, "#nav-settings");
        Touch.tapText(robot, "张店长");
        Keys.type(robot, scene, DemoStore.ADMIN_PIN);
        Keys.press(robot, scene, KeyCode.ENTER);
        shot(robot, scene, "settings-" + suffix);
        Keys.press(robot, scene, KeyCode.ESCAPE);

        Touch.tap(robot, "#nav-lock");
        shot(robot, scene, "lock-" + suffix);
        robot.interact(shell::stop);
    }

    private void shot(FxRobot robot, Scene scene, String name) {
        // the demo store keeps no stock, so every sale warns of stock below zero: not what these pictures are about
        robot.interact(() -> {
            shell.modals().toasts().clear();
            Screenshots.save(scene, name);
        });
        assertThat(Files.exists(Screenshots.DIR.resolve(name + ".png"))).isTrue();
    }
}
