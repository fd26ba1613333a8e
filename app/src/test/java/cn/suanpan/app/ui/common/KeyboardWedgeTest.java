package cn.suanpan.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.setup.DemoStore;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A scanner's burst lands in the cart wherever the focus is, and takes back what it typed
 * into a text field; a person typing the same keys slowly is just typing.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWedgeTest {

    static final String COLA_500 = "6999993984647";

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.show(stage, terminal, I18n.CHINESE);
        ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
    }

    @Test
    void aBurstInTheMiddleOfTypedSearchTextAddsTheItemAndLeavesTheTextAlone(FxRobot robot) {
        TextField scan = robot.lookup("#scan-field").queryAs(TextField.class);
        Keys.typeSlowly(robot, shell.scene(), "ke", 600);
        assertThat(scan.getText()).isEqualTo("ke");

        Keys.scan(robot, shell.scene(), COLA_500);

        assertThat(shell.saleModel().lines()).hasSize(1);
        assertThat(scan.getText()).isEqualTo("ke");
    }

    @Test
    void aBurstLandsInTheCartWhenAButtonOrTheCartHasTheFocus(FxRobot robot) {
        robot.interact(() -> robot.lookup(".product-tile").queryButton().requestFocus());
        Keys.scan(robot, shell.scene(), COLA_500);
        assertThat(shell.saleModel().lines()).hasSize(1);

        robot.interact(() -> robot.lookup("#cart").queryAs(ListView.class).requestFocus());
        Keys.scan(robot, shell.scene(), COLA_500);
        assertThat(shell.saleModel().lines().getFirst().line().quantity().display()).isEqualTo("2");
    }

    @Test
    void slowTypingInADialogStaysTypingAndEnterIsTheDialogs(FxRobot robot) {
        Keys.press(robot, shell.scene(), KeyCode.F4);
        TextField phone = robot.lookup("#member-phone").queryAs(TextField.class);

        Keys.typeSlowly(robot, shell.scene(), "13900001111", 400);
        Keys.press(robot, shell.scene(), KeyCode.ENTER);

        assertThat(phone.getText()).isEqualTo("13900001111");
        assertThat(robot.lookup(".member-dialog .dialog-message").queryAs(Label.class).getText()).contains("13900001111");
        assertThat(shell.saleModel().lines()).isEmpty();
    }

    @Test
    void theGapThatMakesAScanIsASetting(FxRobot robot) {
        Keys.press(robot, shell.scene(), KeyCode.F4);
        robot.interact(() -> shell.wedge().setTiming(new KeyboardWedge.Timing(2_000, 4)));
        // with a two-second gap, the same slow keys in the member dialog are a scan: a member code lookup, not typing
        Keys.typeSlowly(robot, shell.scene(), "13900001111", 400);
        Keys.press(robot, shell.scene(), KeyCode.ENTER);
        assertThat(robot.lookup("#member-phone").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup(".member-dialog .dialog-message").queryAs(Label.class).getText()).contains("没有找到会员 13900001111");
    }
}
