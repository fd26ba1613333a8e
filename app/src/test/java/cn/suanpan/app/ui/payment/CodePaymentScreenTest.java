package cn.suanpan.app.ui.payment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.devices.SimulatedReceiptPrinter;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.returns.ReturnsDesk;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.cloud.CloudService;
import cn.suanpan.core.payment.IntentState;
import cn.suanpan.core.payment.PaymentIntent;
import cn.suanpan.core.payment.PaymentJournal;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.core.tender.TenderMethod;
import cn.suanpan.hardware.printer.preview.RenderedReceipt;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

/**
 * Code payments in the payment dialog, against a real cloud node on loopback whose WeChat
 * wallet waits for the customer: the customer confirms after 20 seconds (of the cloud's
 * clock, which the test moves on) and the sale completes with the payment on its receipt;
 * or the cashier cancels and the wallet reverses.
 */
@ExtendWith(ApplicationExtension.class)
class CodePaymentScreenTest {

    static final String COLA_500 = "6999993984647";

    @TempDir
    static Path data;
    @TempDir
    static Path cloudDir;
    static EnrolledTerminal enrolled;
    static TestTerminal terminal;
    static CloudService cloud;
    static final MovableClock cloudClock = new MovableClock();
    static ConfirmingWallet wechat;

    Shell shell;
    Stage stage;

    @BeforeAll
    static void open() {
        wechat = new ConfirmingWallet(cloudClock, Duration.ofSeconds(20), Duration.ofSeconds(45));
        enrolled = EnrolledTerminal.open(data, cloudDir, cloudClock, wechat);
        cloud = enrolled.cloud();
        terminal = enrolled.terminal();
    }

    @AfterAll
    static void close() {
        enrolled.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = ShellFixture.show(stage, terminal, I18n.CHINESE);
        ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible()).orElse(false);
    }

    private PaymentIntent lastIntent() {
        return new PaymentJournal(terminal.context().store(), Clock.systemUTC()).recent(1).getFirst();
    }

    @Test
    void theCustomerConfirmsAfterTwentySecondsAndTheReceiptShowsThePayment(FxRobot robot) {
        var scene = shell.scene();
        Keys.scan(robot, scene, COLA_500);
        Keys.press(robot, scene, javafx.scene.input.KeyCode.F10);
        assertThat(robot.lookup(".payment-dialog").tryQuery()).isPresent();

        String code = EnrolledTerminal.wechatCode();
        Keys.scan(robot, scene, code);

        // the dialog waits for the customer, counting down what the cloud still waits
        Wait.until(() -> showing(robot, "#pay-code-box") && !text(robot, "#pay-code-countdown").isEmpty());
        assertThat(text(robot, "#pay-code-waiting")).isEqualTo("等待顾客在手机上确认付款…");
        assertThat(text(robot, "#pay-code-countdown")).matches("剩余 \\d+ 秒");
        assertThat(robot.lookup("#pay-code-cancel").queryButton().isDisabled()).isFalse();
        robot.interact(() -> cn.suanpan.app.testing.Screenshots.save(scene, "payment-code-waiting-zh_CN-light"));

        // twenty seconds later the customer enters the password
        cloudClock.advance(Duration.ofSeconds(20));

        Wait.until(() -> robot.lookup(".payment-dialog").tryQuery().isEmpty());
        RecordedSale sale = shell.services().sales().recent(1).getFirst();
        StoredSale stored = terminal.storedSale(sale.receiptNo());
        assertThat(stored.tenders()).singleElement().satisfies(t -> {
            assertThat(t.method()).isEqualTo(TenderMethod.PAYMENT_CODE);
            assertThat(t.amount()).isEqualTo(stored.paid());
            assertThat(t.reference()).startsWith("WECHAT ****" + code.substring(14) + " 4200000");
        });
        PaymentIntent intent = lastIntent();
        assertThat(intent.state()).isEqualTo(IntentState.PAID);
        assertThat(intent.receiptNo()).isEqualTo(sale.receiptNo());
        Wait.until(() -> !((SimulatedReceiptPrinter) shell.services().devices().printer()).printed().isEmpty());
        RenderedReceipt receipt = ((SimulatedReceiptPrinter) shell.services().devices().printer()).printed().getLast();
        assertThat(String.join("\n", receipt.textLines())).contains("WECHAT", "****" + code.substring(14), intent.providerTxn());
    }

    @Test
    void aReturnOfACodePaidSaleGoesBackToTheWalletWithTheReturnsOwnTransaction(FxRobot robot) {
        var scene = shell.scene();
        Keys.scan(robot, scene, COLA_500);
        Keys.press(robot, scene, javafx.scene.input.KeyCode.F10);
        Wait.until(() -> robot.lookup(".payment-dialog").tryQuery().isPresent());
        Keys.scan(robot, scene, EnrolledTerminal.wechatCode());
        Wait.until(() -> showing(robot, "#pay-code-box") && !text(robot, "#pay-code-countdown").isEmpty());
        cloudClock.advance(Duration.ofSeconds(20));
        Wait.until(() -> robot.lookup(".payment-dialog").tryQuery().isEmpty());
        RecordedSale sale = shell.services().sales().recent(1).getFirst();
        PaymentIntent paid = lastIntent();
        assertThat(paid.receiptNo()).isEqualTo(sale.receiptNo());

        StoredSale stored = terminal.storedSale(sale.receiptNo());
        ReturnsDesk.Refunded back = shell.services().returns().refund(sale.receiptNo(),
                List.of(new ReturnsDesk.Pick(stored.lines().getFirst().lineNo(), stored.lines().getFirst().quantityMilli())),
                "changed mind", shell.services().users().login(DemoStore.SUPERVISOR, DemoStore.SUPERVISOR_PIN), Optional.empty());

        assertThat(back.toWallet()).isEqualTo(stored.paid());
        assertThat(back.fromDrawer()).isFalse();
        assertThat(back.walletBack()).isEqualTo(ReturnsDesk.WalletBack.DONE);
        PaymentJournal journal = new PaymentJournal(terminal.context().store(), Clock.systemUTC());
        assertThat(journal.refundsOf(paid.id())).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualTo(stored.paid());
            assertThat(r.state()).isEqualTo("REFUNDED");
            assertThat(r.reason()).isEqualTo("return " + back.refundNo());
        });
        // the cloud paid it out once, to the wallet the sale was paid with
        assertThat(cloud.store().dsl().fetchCount(cn.suanpan.cloud.store.schema.Tables.CLOUD_REFUND,
                cn.suanpan.cloud.store.schema.Tables.CLOUD_REFUND.INTENT_ID.eq(paid.id())
                        .and(cn.suanpan.cloud.store.schema.Tables.CLOUD_REFUND.STATE.eq("REFUNDED")))).isEqualTo(1);
    }

    @Test
    void theCashierCancelsAndTheCustomerIsNotCharged(FxRobot robot) {
        var scene = shell.scene();
        Keys.scan(robot, scene, COLA_500);
        Keys.press(robot, scene, javafx.scene.input.KeyCode.F10);
        Keys.scan(robot, scene, EnrolledTerminal.wechatCode());
        Wait.until(() -> showing(robot, "#pay-code-box") && !robot.lookup("#pay-code-cancel").queryButton().isDisabled());

        robot.clickOn("#pay-code-cancel");

        Wait.until(() -> !showing(robot, "#pay-code-box"));
        assertThat(robot.lookup(".payment-dialog").tryQuery()).as("the dialog stays for another method").isPresent();
        assertThat(robot.lookup(".dialog-message").queryAs(Label.class).getText()).isEqualTo("付款已取消，顾客未被扣款。");
        PaymentIntent intent = lastIntent();
        assertThat(intent.state()).isEqualTo(IntentState.REVERSED);
        assertThat(wechat.reversed).contains(intent.id().toString());
        assertThat(shell.saleModel().lines()).as("the sale is not completed").hasSize(1);
    }

    @Test
    void aPaymentCodeScannedIntoTheCartFieldOpensThePaymentAndNeverLooksUpAProduct(FxRobot robot) {
        var scene = shell.scene();
        Keys.scan(robot, scene, COLA_500);
        Keys.scan(robot, scene, EnrolledTerminal.wechatCode());

        Wait.until(() -> showing(robot, "#pay-code-box") && !robot.lookup("#pay-code-cancel").queryButton().isDisabled());
        assertThat(robot.lookup(".payment-dialog").tryQuery()).isPresent();
        assertThat(shell.saleModel().lines()).hasSize(1);
        robot.clickOn("#pay-code-cancel");
        Wait.until(() -> !showing(robot, "#pay-code-box"));
        assertThat(lastIntent().state()).isEqualTo(IntentState.REVERSED);
    }

    @Test
    void theWaitingDialogInEnglishOnDark(FxRobot robot) {
        UiSettings settings = new UiSettings(terminal.context().settings());
        settings.setLocale(Locale.ENGLISH);
        settings.setDark(true);
        try {
            robot.interact(() -> {
                shell.stop();
                shell = ShellFixture.show(stage, terminal, Locale.ENGLISH);
                ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
            });
            var scene = shell.scene();
            Keys.scan(robot, scene, COLA_500);
            Keys.press(robot, scene, javafx.scene.input.KeyCode.F10);
            Keys.scan(robot, scene, EnrolledTerminal.wechatCode());
            Wait.until(() -> showing(robot, "#pay-code-box") && !text(robot, "#pay-code-countdown").isEmpty()
                    && !robot.lookup("#pay-code-cancel").queryButton().isDisabled());
            assertThat(text(robot, "#pay-code-countdown")).doesNotContain("剩余");
            robot.interact(() -> cn.suanpan.app.testing.Screenshots.save(scene, "payment-code-waiting-en-dark"));

            robot.clickOn("#pay-code-cancel");
            Wait.until(() -> !showing(robot, "#pay-code-box"));
        } finally {
            settings.setDark(false);
            settings.setLocale(I18n.CHINESE);
        }
    }
}
