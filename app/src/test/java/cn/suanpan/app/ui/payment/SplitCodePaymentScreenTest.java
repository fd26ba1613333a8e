package cn.suanpan.app.ui.payment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Displayed;
import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.Screenshots;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.devices.SimulatedReceiptPrinter;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.cloud.CloudService;
import cn.suanpan.core.money.Money;
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
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
 * A split tender at the counter, through the payment dialog: the cashier keys the part the
 * customer pays by phone, scans the customer's code (the wallet on a real cloud node on
 * loopback confirms at once), reads what is paid and what is left, and takes the rest in
 * cash or with a second code. The sale holds both tenders and the receipt prints both.
 */
@ExtendWith(ApplicationExtension.class)
class SplitCodePaymentScreenTest {

    static final String COLA_500 = "6999993984647";

    @TempDir
    static Path data;
    @TempDir
    static Path cloudDir;
    static EnrolledTerminal enrolled;
    static TestTerminal terminal;
    static CloudService cloud;

    Shell shell;
    Stage stage;

    @BeforeAll
    static void open() {
        ConfirmingWallet wechat = new ConfirmingWallet(Clock.systemUTC(), Duration.ZERO, Duration.ofSeconds(45));
        enrolled = EnrolledTerminal.open(data, cloudDir, Clock.systemUTC(), wechat);
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

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The tender rows of the dialog as the cashier reads them: method (and code), amount. */
    private static List<String> tenderRows(FxRobot robot) {
        return robot.lookup(".tender-row").queryAll().stream()
                .map(row -> row.lookupAll(".label").stream().map(l -> ((Label) l).getText()).filter(t -> !t.isBlank())
                        .reduce((a, b) -> a + " | " + b).orElse(""))
                .toList();
    }

    private static PaymentJournal journal() {
        return new PaymentJournal(terminal.context().store(), Clock.systemUTC());
    }

    /** Two colas (7.00 at an enrolled terminal, which prices with the shop's promotions only), the payment dialog open. */
    private Scene twoColasAtThePaymentDialog(FxRobot robot) {
        Scene scene = shell.scene();
        Keys.scan(robot, scene, COLA_500);
        Keys.scan(robot, scene, COLA_500);
        Keys.press(robot, scene, KeyCode.F10);
        Wait.until(() -> robot.lookup(".payment-dialog").tryQuery().isPresent());
        assertThat(text(robot, "#pay-due")).isEqualTo(Money.parse("7.00").display());
        return scene;
    }

    /** The cashier keys {@code amount}, pauses as a person does, and scans a code: that part is paid by the code. */
    private String payPartByCode(FxRobot robot, Scene scene, String amount) {
        int before = tenderRows(robot).size();
        Keys.type(robot, scene, amount);
        robot.sleep(Keys.HUMAN_PAUSE_MILLIS);
        String code = EnrolledTerminal.wechatCode();
        Keys.scan(robot, scene, code);
        Wait.until(() -> tenderRows(robot).size() > before
                && !robot.lookup("#pay-code-box").tryQuery().map(n -> n.isVisible()).orElse(false));
        return code;
    }

    @Test
    void aKeyedPartByCodeThenTheRestInCash(FxRobot robot) {
        List<RecordedSale> earlier = shell.services().sales().recent(1);
        Scene scene = twoColasAtThePaymentDialog(robot);

        String code = payPartByCode(robot, scene, "2");

        // the dialog stays open, showing the part paid and what is left
        assertThat(robot.lookup(".payment-dialog").tryQuery()).isPresent();
        assertThat(text(robot, "#pay-paid")).isEqualTo("已收 " + Money.parse("2.00").display());
        assertThat(text(robot, "#pay-remaining")).isEqualTo("还需 " + Money.parse("5.00").display());
        assertThat(tenderRows(robot)).singleElement().satisfies(row -> assertThat(row)
                .startsWith("付款码 · ").contains(code.substring(14)).endsWith(Money.parse("2.00").display()));
        Label amount = robot.lookup(".tender-row .tender-amount").queryAs(Label.class);
        String[] shown = new String[1];
        robot.interact(() -> shown[0] = Displayed.text(amount));
        assertThat(shown[0]).as("the part's amount is shown whole beside the long code reference")
                .isEqualTo(Money.parse("2.00").display());
        assertThat(text(robot, ".dialog-message")).contains("2.00", "5.00");
        assertThat(robot.lookup(".tender-remove").queryButton().isVisible()).as("a paid code part cannot be taken off").isFalse();
        assertThat(shell.services().sales().recent(1)).as("nothing committed before the sale is paid in full").isEqualTo(earlier);
        robot.interact(() -> Screenshots.save(scene, "payment-code-part-paid-zh_CN-light"));

        // the rest in cash: a 10 yuan note
        Keys.press(robot, scene, KeyCode.F1);
        Keys.type(robot, scene, "10");
        Keys.press(robot, scene, KeyCode.ENTER);

        Wait.until(() -> robot.lookup(".payment-dialog").tryQuery().isEmpty());
        RecordedSale sale = shell.services().sales().recent(1).getFirst();
        assertThat(sale.change()).isEqualTo(Money.parse("5.00"));
        StoredSale stored = terminal.storedSale(sale.receiptNo());
        assertThat(stored.tenders()).extracting(t -> t.method()).containsExactly(TenderMethod.PAYMENT_CODE, TenderMethod.CASH);
        assertThat(stored.tenders()).extracting(t -> t.amount()).containsExactly(Money.parse("2.00"), Money.parse("10.00"));
        PaymentIntent part = journal().recent(1).getFirst();
        assertThat(part.state()).isEqualTo(IntentState.PAID);
        assertThat(part.receiptNo()).isEqualTo(sale.receiptNo());
        assertThat(journal().paidWithoutSale()).isEmpty();

        SimulatedReceiptPrinter printer = (SimulatedReceiptPrinter) shell.services().devices().printer();
        Wait.until(() -> !printer.printed().isEmpty());
        String receipt = String.join("\n", printer.printed().getLast().textLines());
        assertThat(receipt).contains("WECHAT", "****" + code.substring(14), part.providerTxn(), "2.00", "10.00", "5.00");
    }

    @Test
    void aKeyedPartByCodeThenTheRestByASecondCode(FxRobot robot) {
        Scene scene = twoColasAtThePaymentDialog(robot);

        String first = payPartByCode(robot, scene, "3.50");
        assertThat(text(robot, "#pay-remaining")).isEqualTo("还需 " + Money.parse("3.50").display());

        // nothing keyed: the second code pays what is left, and the sale completes
        String second = EnrolledTerminal.wechatCode();
        Keys.scan(robot, scene, second);

        Wait.until(() -> robot.lookup(".payment-dialog").tryQuery().isEmpty());
        RecordedSale sale = shell.services().sales().recent(1).getFirst();
        StoredSale stored = terminal.storedSale(sale.receiptNo());
        assertThat(stored.tenders()).extracting(t -> t.method()).containsExactly(TenderMethod.PAYMENT_CODE, TenderMethod.PAYMENT_CODE);
        assertThat(stored.tenders()).extracting(t -> t.amount()).containsExactly(Money.parse("3.50"), Money.parse("3.50"));
        List<PaymentIntent> parts = journal().recent(2);
        assertThat(parts).hasSize(2).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo(IntentState.PAID);
            assertThat(i.receiptNo()).isEqualTo(sale.receiptNo());
        });
        SimulatedReceiptPrinter printer = (SimulatedReceiptPrinter) shell.services().devices().printer();
        Wait.until(() -> !printer.printed().isEmpty());
        RenderedReceipt receipt = printer.printed().getLast();
        assertThat(String.join("\n", receipt.textLines())).contains("****" + first.substring(14), "****" + second.substring(14));
    }

    @Test
    void thePartPaidInEnglishOnDark(FxRobot robot) {
        UiSettings settings = new UiSettings(terminal.context().settings());
        settings.setLocale(Locale.ENGLISH);
        settings.setDark(true);
        try {
            robot.interact(() -> {
                shell.stop();
                shell = ShellFixture.show(stage, terminal, Locale.ENGLISH);
                ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
            });
            Scene scene = twoColasAtThePaymentDialog(robot);
            payPartByCode(robot, scene, "2");
            assertThat(text(robot, "#pay-paid")).isEqualTo("Received " + Money.parse("2.00").display());
            assertThat(text(robot, "#pay-remaining")).isEqualTo("To pay " + Money.parse("5.00").display());
            robot.interact(() -> Screenshots.save(scene, "payment-code-part-paid-en-dark"));

            Keys.press(robot, scene, KeyCode.F1);
            Keys.press(robot, scene, KeyCode.F9);
            Keys.press(robot, scene, KeyCode.ENTER);
            Wait.until(() -> robot.lookup(".payment-dialog").tryQuery().isEmpty());
        } finally {
            settings.setDark(false);
            settings.setLocale(I18n.CHINESE);
        }
    }
}
