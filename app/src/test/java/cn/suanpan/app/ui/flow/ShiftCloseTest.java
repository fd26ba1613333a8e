package cn.suanpan.app.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.Screenshots;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Touch;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.devices.SimulatedReceiptPrinter;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.shift.ShiftView;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.hardware.printer.preview.RenderedReceipt;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The end of the day at the counter: cash in with a supervisor, the blind count, the Z report printed. */
@ExtendWith(ApplicationExtension.class)
class ShiftCloseTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.show(stage, terminal, I18n.CHINESE);
        ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
    }

    @Test
    void cashInThenCloseWithTheCountThenZReport(FxRobot robot) {
        var scene = shell.scene();
        Touch.tap(robot, "#nav-shift");
        assertThat(shell.screen()).isInstanceOf(ShiftView.class);

        // cash in needs a supervisor
        Keys.press(robot, scene, KeyCode.DIGIT2);
        assertThat(robot.lookup(".cash-move-dialog").tryQuery()).isPresent();
        Keys.type(robot, scene, "50");
        Touch.tapText(robot, "补充零钱");
        Keys.press(robot, scene, KeyCode.ENTER);
        assertThat(robot.lookup(".override-dialog").tryQuery()).isPresent();
        Touch.tapText(robot, "李军");
        Keys.type(robot, scene, DemoStore.SUPERVISOR_PIN);
        Keys.press(robot, scene, KeyCode.ENTER);
        assertThat(text(robot, "#shift-message")).isEqualTo("已存入 ￥50.00");
        assertThat(shell.services().shifts().xReport().cashIn()).isEqualTo(Money.ofYuan(50));

        // the X report shows what should be in the drawer
        Keys.press(robot, scene, KeyCode.DIGIT4);
        assertThat(robot.lookup(".receipt-image").queryAs(ImageView.class).getImage()).isNotNull();

        // the blind count: two hundreds and a fifty; the cashier may close alone
        Keys.press(robot, scene, KeyCode.DIGIT5);
        robot.interact(() -> robot.lookup("#count-YUAN_100").queryAs(TextField.class).setText("2"));
        robot.interact(() -> robot.lookup("#count-YUAN_50").queryAs(TextField.class).setText("1"));
        assertThat(text(robot, "#counted-total")).isEqualTo("￥250.00");
        robot.interact(() -> Screenshots.save(scene, "shift-close-zh_CN-light"));
        Keys.press(robot, scene, KeyCode.ENTER);
        assertThat(shell.session().shift()).isNull();
        assertThat(text(robot, "#shift-message")).contains("实点 ￥250.00", "差额 ￥0.00");

        // the Z report needs a supervisor and ends the day
        Keys.press(robot, scene, KeyCode.DIGIT6);
        Touch.tapText(robot, "李军");
        Keys.type(robot, scene, DemoStore.SUPERVISOR_PIN);
        Keys.press(robot, scene, KeyCode.ENTER);
        assertThat(text(robot, "#shift-message")).startsWith("Z 报表第 1 号已完成");
        robot.interact(() -> Screenshots.save(scene, "shift-z-zh_CN-light"));

        Keys.press(robot, scene, KeyCode.P);
        RenderedReceipt printed = ((SimulatedReceiptPrinter) shell.services().devices().printer()).printed().getLast();
        String text = String.join("\n", printed.textLines());
        assertThat(text).contains("Z 报表 第 1 号", "存入现金", "￥50.00", "实点现金", "￥250.00");
        assertThat(printed.barcodes()).containsExactly("Z0001");

        // the sale screen now says why it cannot take money
        Keys.press(robot, scene, KeyCode.ESCAPE);
        assertThat(robot.lookup("#action-F10 .action-reason").queryAs(Label.class).getText()).isEqualTo("请先开班");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
