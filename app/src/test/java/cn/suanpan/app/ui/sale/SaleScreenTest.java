package cn.suanpan.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.Screenshots;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Touch;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.setup.DemoStore;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The counter screen in a real window: scans, promotions under their lines, keys, the supervisor override. */
@ExtendWith(ApplicationExtension.class)
class SaleScreenTest {

    static final String COLA_500 = "6999993984647";
    static final String SPRITE_500 = "6999993521873";

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Shell shell;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = ShellFixture.show(stage, terminal, I18n.CHINESE);
        ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
        terminal.sounds().clear();
    }

    private SaleViewModel model() {
        return shell.saleModel();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void scannedItemsLandInTheCartWithTheirPromotionUnderneath(FxRobot robot) {
        Keys.scan(robot, shell.scene(), COLA_500);
        Keys.scan(robot, shell.scene(), SPRITE_500);
        Keys.scan(robot, shell.scene(), COLA_500);

        assertThat(model().lines()).hasSize(2);
        assertThat(text(robot, "#total-amount")).isEqualTo("￥8.75");
        assertThat(text(robot, "#item-count")).isEqualTo("共 3 件");
        assertThat(robot.lookup(".line-adjustment").queryAllAs(Label.class)).extracting(Label::getText).containsExactly("第二件半价");
        assertThat(robot.lookup(".line-adjustment-amount").queryAs(Label.class).getText()).isEqualTo("-1.75");
        assertThat(terminal.sounds().played()).containsExactly(Sound.SCAN, Sound.SCAN, Sound.SCAN);
        robot.interact(() -> Screenshots.save(shell.scene(), "sale-zh_CN-light"));
    }

    @Test
    void anUnknownCodeIsExplainedWithTheErrorToneAndAWayToSearch(FxRobot robot) {
        Keys.scan(robot, shell.scene(), COLA_500);
        Keys.scan(robot, shell.scene(), "6900000000000");

        assertThat(text(robot, "#sale-message")).startsWith("未知条码 6900000000000");
        assertThat(robot.lookup("#sale-message").queryAs(Label.class).getPseudoClassStates()).extracting(Object::toString).contains("error");
        assertThat(robot.lookup(".search-instead").queryButton().isVisible()).isTrue();
        assertThat(terminal.sounds().played()).endsWith(Sound.ERROR);
        assertThat(model().lines()).hasSize(1);

        Keys.press(robot, shell.scene(), KeyCode.F1);
        Keys.type(robot, shell.scene(), "xb");
        Wait.until(() -> model().searchQueryProperty().get().equals("xb"));
        assertThat(robot.lookup(".product-tile").queryAll()).isNotEmpty();
    }

    @Test
    void aNumberAndTheStarKeySetTheQuantityOfTheSelectedLine(FxRobot robot) {
        Keys.scan(robot, shell.scene(), SPRITE_500);
        Keys.type(robot, shell.scene(), "4*");

        assertThat(model().lines().getFirst().line().quantity()).isEqualTo(Quantity.pieces(4));
        assertThat(robot.lookup("#scan-field").queryAs(TextField.class).getText()).isEmpty();
        assertThat(text(robot, "#total-amount")).isEqualTo("￥14.00");

        Keys.press(robot, shell.scene(), KeyCode.F7);
        assertThat(model().lines().getFirst().line().quantity()).isEqualTo(Quantity.pieces(1));
    }

    @Test
    void voidingAnEarlierLineNeedsTheSupervisorsPin(FxRobot robot) {
        Keys.scan(robot, shell.scene(), COLA_500);
        Keys.scan(robot, shell.scene(), SPRITE_500);
        Keys.press(robot, shell.scene(), KeyCode.UP);
        Keys.press(robot, shell.scene(), KeyCode.DELETE);

        assertThat(robot.lookup(".override-dialog").tryQuery()).isPresent();
        robot.clickOn("李军");
        Keys.type(robot, shell.scene(), "0000");
        Keys.press(robot, shell.scene(), KeyCode.ENTER);
        // the PIN is checked off the JavaFX thread (Argon2 takes a while on a busy machine)
        awaitUntil(() -> robot.lookup(".override-dialog .dialog-message").queryAs(Label.class).getText().contains("密码错误"));
        assertThat(robot.lookup(".override-dialog").tryQuery()).isPresent();

        Keys.type(robot, shell.scene(), DemoStore.SUPERVISOR_PIN);
        Keys.press(robot, shell.scene(), KeyCode.ENTER);

        awaitUntil(() -> robot.lookup(".override-dialog").tryQuery().isEmpty());
        assertThat(model().lines().getFirst().voided()).isTrue();
        assertThat(text(robot, "#total-amount")).isEqualTo("￥3.50");
        assertThat(text(robot, "#sale-message")).contains("李军");
    }

    private static void awaitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }

    @Test
    void escapeAsksBeforeDroppingTheSale(FxRobot robot) {
        Keys.scan(robot, shell.scene(), COLA_500);
        Keys.press(robot, shell.scene(), KeyCode.ESCAPE);
        assertThat(robot.lookup(".confirm-dialog").tryQuery()).isPresent();
        Keys.press(robot, shell.scene(), KeyCode.ESCAPE);
        assertThat(model().lines()).hasSize(1);

        Keys.press(robot, shell.scene(), KeyCode.ESCAPE);
        Keys.press(robot, shell.scene(), KeyCode.ENTER);
        assertThat(model().lines()).isEmpty();
        assertThat(text(robot, "#total-amount")).isEqualTo("￥0.00");
    }

    @Test
    void tappingAProductTileAddsIt(FxRobot robot) {
        robot.clickOn("可口可乐 500ml");
        assertThat(model().lines()).hasSize(1);
        assertThat(text(robot, "#total-amount")).isEqualTo("￥3.50");
    }

    @Test
    void aHeldSaleComesBackFromTheList(FxRobot robot) {
        Keys.scan(robot, shell.scene(), COLA_500);
        Keys.scan(robot, shell.scene(), SPRITE_500);
        Keys.press(robot, shell.scene(), KeyCode.F2);
        assertThat(model().lines()).isEmpty();
        assertThat(text(robot, "#sale-message")).startsWith("已挂单 #");

        Keys.press(robot, shell.scene(), KeyCode.F3);
        assertThat(robot.lookup(".held-entry").queryAll()).hasSize(1);
        robot.interact(() -> Screenshots.save(shell.scene(), "recall-zh_CN-light"));
        Keys.type(robot, shell.scene(), "1");

        assertThat(robot.lookup(".recall-dialog").tryQuery()).isEmpty();
        assertThat(model().lines()).hasSize(2);
        assertThat(text(robot, "#total-amount")).isEqualTo("￥7.00");
    }

    @Test
    void aTenPercentOrderDiscountIsWithinTheCashiersOwnLimit(FxRobot robot) {
        Keys.scan(robot, shell.scene(), SPRITE_500);
        Keys.scan(robot, shell.scene(), SPRITE_500);
        Keys.type(robot, shell.scene(), "10");
        Keys.press(robot, shell.scene(), KeyCode.F11);
        assertThat(robot.lookup("#discount-value").queryAs(TextField.class).getText()).isEqualTo("10");
        Keys.press(robot, shell.scene(), KeyCode.ENTER);

        assertThat(robot.lookup(".override-dialog").tryQuery()).isEmpty();
        assertThat(text(robot, "#total-amount")).isEqualTo("￥6.30");
        assertThat(robot.lookup(".line-adjustment").queryAllAs(Label.class)).extracting(Label::getText).containsOnly("整单折扣");
    }

    @Test
    void aPriceOverrideNeedsASupervisor(FxRobot robot) {
        Keys.scan(robot, shell.scene(), SPRITE_500);
        Keys.type(robot, shell.scene(), "2.80");
        Keys.press(robot, shell.scene(), KeyCode.F12);
        assertThat(robot.lookup("#override-price").queryAs(TextField.class).getText()).isEqualTo("2.80");
        Touch.tapText(robot, "临期");
        // keys closer together than the wedge's gap read as a scanner's burst and its Enter;
        // a cashier's Enter comes later than that
        org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        Keys.press(robot, shell.scene(), KeyCode.ENTER);
        Wait.until(() -> robot.lookup(".override-dialog .approver-button").tryQuery().isPresent());
        Touch.tapText(robot, "李军");
        Keys.type(robot, shell.scene(), DemoStore.SUPERVISOR_PIN);
        Keys.press(robot, shell.scene(), KeyCode.ENTER);

        assertThat(model().lines().getFirst().line().override().unitPrice()).isEqualTo(cn.suanpan.core.money.Money.parse("2.80"));
        assertThat(model().lines().getFirst().line().override().reason()).isEqualTo("临期");
        assertThat(text(robot, "#total-amount")).isEqualTo("￥2.80");
    }

    @Test
    void tappingAWeighedItemTakesTheWeightFromTheScale(FxRobot robot) {
        ((cn.suanpan.hardware.scale.SimulatedScale) shell.services().devices().scale()).place(1250);
        Touch.tapText(robot, "称重");
        Touch.tapText(robot, "红富士苹果");
        Wait.until(() -> model().lines().size() == 1);
        assertThat(model().lines().getFirst().line().quantity().display()).isEqualTo("1.250");
        // 11.98 × 1.25 = 14.975 → 14.98
        assertThat(text(robot, "#total-amount")).isEqualTo("￥14.98");
    }

    @Test
    void aNewCustomerSignsUpByPhoneAndGetsTheMemberPrice(FxRobot robot) {
        Keys.scan(robot, shell.scene(), COLA_500);
        Keys.press(robot, shell.scene(), KeyCode.F4);
        Keys.type(robot, shell.scene(), "13812345678");
        Keys.press(robot, shell.scene(), KeyCode.ENTER);
        assertThat(robot.lookup(".member-dialog .dialog-message").queryAs(Label.class).getText()).contains("没有找到会员 13812345678");
        Keys.press(robot, shell.scene(), KeyCode.F2);

        assertThat(robot.lookup(".member-dialog").tryQuery()).isEmpty();
        assertThat(text(robot, ".member-line")).startsWith("会员 138****5678");
        // the member price of a 500 ml cola is 3.10
        assertThat(text(robot, "#total-amount")).isEqualTo("￥3.10");
        assertThat(robot.lookup(".line-adjustment").queryAs(Label.class).getText()).isEqualTo("会员价");
    }

    @Test
    void aSerialScannerFeedsTheSamePath(FxRobot robot) {
        ((cn.suanpan.hardware.scanner.SimulatedBarcodeScanner) shell.services().devices().scanner()).scan(COLA_500);
        Wait.until(() -> model().lines().size() == 1);
        assertThat(terminal.sounds().played()).contains(Sound.SCAN);
    }

    @Test
    void payingIsDisabledWithItsReasonWhileTheCartIsEmpty(FxRobot robot) {
        assertThat(robot.lookup("#action-F10").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#action-F10 .action-reason").queryAs(Label.class).getText()).isEqualTo("购物车为空");
        Keys.scan(robot, shell.scene(), COLA_500);
        assertThat(robot.lookup("#action-F10").queryButton().isDisabled()).isFalse();
    }
}
