package cn.suanpan.app.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.config.Settings;
import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Touch;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.devices.SimulatedReceiptPrinter;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.receipt.ReceiptsView;
import cn.suanpan.app.ui.returns.ReturnsView;
import cn.suanpan.hardware.drawer.SimulatedCashDrawer;
import cn.suanpan.app.testing.Screenshots;
import cn.suanpan.app.ui.settings.SettingsView;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.core.setup.DemoStore;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The screens beside the sale: reprinting a receipt, settings that apply at once, locking the counter, the customer display. */
@ExtendWith(ApplicationExtension.class)
class ScreensTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.show(stage, terminal, I18n.CHINESE);
        ShellFixture.loginWithShift(shell, DemoStore.ADMIN, DemoStore.ADMIN_PIN);
    }

    private void sellOneCola(FxRobot robot) {
        Keys.scan(robot, shell.scene(), "6999993984647");
        Keys.press(robot, shell.scene(), KeyCode.F9);
        Keys.press(robot, shell.scene(), KeyCode.ENTER);
    }

    @Test
    void aPastReceiptIsPreviewedAndReprintedAsACopy(FxRobot robot) {
        sellOneCola(robot);
        String receiptNo = shell.services().sales().recent(1).getFirst().receiptNo();
        SimulatedReceiptPrinter printer = (SimulatedReceiptPrinter) shell.services().devices().printer();
        int before = printer.printed().size();

        Touch.tap(robot, "#nav-receipts");
        assertThat(shell.screen()).isInstanceOf(ReceiptsView.class);
        // the receipt's barcode scanned from the paper finds it
        Keys.scan(robot, shell.scene(), receiptNo.replace("-", ""));
        assertThat(robot.lookup("#receipt-preview").queryAs(ImageView.class).getImage()).isNotNull();
        Keys.press(robot, shell.scene(), KeyCode.F5);

        assertThat(printer.printed()).hasSize(before + 1);
        assertThat(String.join("\n", printer.printed().getLast().textLines())).contains("重打小票", receiptNo);
    }

    @Test
    void partOfASaleComesBackWithTheSupervisorsApproval(FxRobot robot) {
        robot.interact(() -> ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN));
        var scene = shell.scene();
        Keys.scan(robot, scene, "6999993984647");
        Keys.scan(robot, scene, "6999993984647");
        Keys.scan(robot, scene, "6922811950968");
        Keys.press(robot, scene, KeyCode.F9);
        Keys.press(robot, scene, KeyCode.ENTER);
        String receiptNo = shell.services().sales().recent(1).getFirst().receiptNo();
        SimulatedCashDrawer drawer = (SimulatedCashDrawer) shell.services().devices().drawer();
        assertThat(drawer.kicks()).isEqualTo(1);

        Keys.press(robot, scene, KeyCode.F5);
        assertThat(shell.screen()).isInstanceOf(ReturnsView.class);
        Keys.scan(robot, scene, receiptNo.replace("-", ""));
        // everything is picked at first: 5.25 for the colas, 3.50 for the noodles
        assertThat(text(robot, "#refund-total")).isEqualTo("￥8.75");
        Touch.tap(robot, "#return-minus-1");
        // one of two colas: half of 5.25, rounded half-up
        assertThat(text(robot, "#refund-total")).isEqualTo("￥6.13");
        Touch.tapText(robot, "质量问题");
        Keys.press(robot, scene, KeyCode.F10);

        assertThat(robot.lookup(".override-dialog").tryQuery()).isPresent();
        Touch.tapText(robot, "李军");
        Keys.type(robot, scene, DemoStore.SUPERVISOR_PIN);
        Keys.press(robot, scene, KeyCode.ENTER);

        assertThat(text(robot, "#returns-message")).matches("退款单 RF-\\S+：已退 ￥6.13");
        assertThat(drawer.kicks()).isEqualTo(2);
        assertThat(text(robot, "#return-count-1")).isEqualTo("0");
        // the other cola can still come back, and gives back the rest of the line
        Touch.tap(robot, "#return-plus-1");
        assertThat(text(robot, "#refund-total")).isEqualTo("￥2.62");
        robot.interact(() -> Screenshots.save(scene, "returns-zh_CN-light"));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void languageThemeAndScannerTimingApplyAtOnceAndAreSaved(FxRobot robot) {
        Touch.tap(robot, "#nav-settings");
        assertThat(shell.screen()).isInstanceOf(SettingsView.class);

        Touch.tap(robot, "#lang-en");
        assertThat(robot.lookup("#nav-settings").queryButton().getText()).isEqualTo("Settings");
        Touch.tap(robot, "#theme-dark");
        assertThat(shell.scene().getRoot().getStyleClass()).contains("theme-dark");
        Touch.tap(robot, "#accent-green");
        assertThat(shell.scene().getRoot().getStyleClass()).contains("accent-green");
        robot.interact(() -> robot.lookup("#scanner-gap").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(80));
        assertThat(shell.wedge().timing().maxGapMillis()).isEqualTo(80);

        Settings saved = Settings.load(shell.services().terminal().dataDirectory().settingsFile());
        UiSettings reread = new UiSettings(saved);
        assertThat(reread.locale().getLanguage()).isEqualTo("en");
        assertThat(reread.dark()).isTrue();
        assertThat(reread.accent()).isEqualTo("green");
        assertThat(reread.scannerTiming().maxGapMillis()).isEqualTo(80);

        // back at the counter, in English
        Keys.press(robot, shell.scene(), KeyCode.ESCAPE);
        assertThat(robot.lookup("#action-F10 .action-name").queryAs(Label.class).getText()).isEqualTo("Pay");

        Touch.tap(robot, "#nav-settings");
        Touch.tap(robot, "#lang-zh");
        Touch.tap(robot, "#theme-light");
        Touch.tap(robot, "#accent-blue");
        Keys.press(robot, shell.scene(), KeyCode.ESCAPE);
        assertThat(robot.lookup("#action-F10 .action-name").queryAs(Label.class).getText()).isEqualTo("收款");
    }

    @Test
    void aLockedCounterKeepsTheSaleAndAnotherCashierCanTakeOver(FxRobot robot) {
        Keys.scan(robot, shell.scene(), "6999993984647");
        Touch.tap(robot, "#nav-lock");
        assertThat(robot.lookup("#scan-field").tryQuery()).isEmpty();
        assertThat(shell.session().lockedProperty().get()).isTrue();

        Touch.tap(robot, "#user-cashier");
        Keys.type(robot, shell.scene(), DemoStore.CASHIER_PIN);
        Keys.press(robot, shell.scene(), KeyCode.ENTER);

        assertThat(shell.session().user().username()).isEqualTo("cashier");
        assertThat(shell.session().lockedProperty().get()).isFalse();
        assertThat(shell.saleModel().lines()).hasSize(1);
        Keys.press(robot, shell.scene(), KeyCode.ESCAPE);
        Keys.press(robot, shell.scene(), KeyCode.ENTER);
    }

    @Test
    void theCustomerDisplayFollowsTheSaleAndThanksAfterPayment(FxRobot robot) {
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = shell.openCustomerDisplay());
        try {
            Keys.scan(robot, shell.scene(), "6999993984647");
            Label total = (Label) window[0].getScene().lookup("#cd-total");
            assertThat(total.getText()).isEqualTo("￥3.50");
            Keys.press(robot, shell.scene(), KeyCode.F9);
            Keys.press(robot, shell.scene(), KeyCode.ENTER);
            Label message = (Label) window[0].getScene().lookup("#cd-message");
            assertThat(message.getText()).isEqualTo("谢谢惠顾");
        } finally {
            robot.interact(shell::closeCustomerDisplay);
        }
    }
}
