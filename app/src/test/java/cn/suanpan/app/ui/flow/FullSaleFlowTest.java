package cn.suanpan.app.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.Screenshots;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.catalog.ScaleLabels;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.devices.SimulatedReceiptPrinter;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.payment.RecordedSale;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.tender.TenderMethod;
import cn.suanpan.hardware.drawer.SimulatedCashDrawer;
import cn.suanpan.hardware.printer.preview.RenderedReceipt;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A cashier's first sale of the day, through the window only: log in with the PIN, open
 * the shift, scan three items of which one is unknown and one a scale label, get the
 * promotion, pay part by the card terminal and the rest in cash, hand back the change.
 */
@ExtendWith(ApplicationExtension.class)
class FullSaleFlowTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.show(stage, terminal, I18n.CHINESE);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void logInScanPromoteSplitPayAndPrint(FxRobot robot) {
        var scene = shell.scene();
        robot.interact(() -> Screenshots.save(scene, "login-zh_CN-light"));

        // log in: a name, a PIN on the keypad, Enter
        robot.clickOn("#user-cashier");
        robot.clickOn("1").clickOn("2").clickOn("3").clickOn("4");
        Keys.press(robot, scene, KeyCode.ENTER);
        assertThat(shell.session().user().username()).isEqualTo("cashier");

        // no shift yet: open one with the float
        assertThat(robot.lookup(".shift-open-dialog").tryQuery()).isPresent();
        Keys.type(robot, scene, "200");
        Keys.press(robot, scene, KeyCode.ENTER);
        assertThat(shell.session().shift()).isNotNull();
        assertThat(shell.session().shift().openingFloat()).isEqualTo(Money.ofYuan(200));

        // an unknown code: told, error tone, nothing added
        terminal.sounds().clear();
        Keys.scan(robot, scene, "6900000000000");
        assertThat(text(robot, "#sale-message")).startsWith("未知条码");
        assertThat(terminal.sounds().played()).containsExactly(Sound.ERROR);

        // two colas (the second at half price) and bananas from a scale label
        Keys.scan(robot, scene, "6999993984647");
        Keys.scan(robot, scene, "6999993984647");
        Product banana = shell.services().catalog().search("香蕉", 1).getFirst();
        Keys.scan(robot, scene, ScaleLabels.amountLabel(banana, Money.parse("5.14")));
        assertThat(shell.saleModel().lines()).hasSize(2);
        assertThat(robot.lookup(".line-adjustment").queryAs(Label.class).getText()).isEqualTo("第二件半价");
        assertThat(text(robot, "#total-amount")).isEqualTo("￥10.39");
        robot.interact(() -> Screenshots.save(scene, "sale-items-zh_CN-light"));

        // pay: 5.00 on the card terminal, the rest in cash
        Keys.press(robot, scene, KeyCode.F10);
        assertThat(robot.lookup(".payment-dialog").tryQuery()).isPresent();
        Keys.press(robot, scene, KeyCode.F2);
        robot.clickOn("#pay-amount");
        Keys.type(robot, scene, "5");
        robot.clickOn("#pay-reference");
        Keys.type(robot, scene, "88001234");
        Keys.press(robot, scene, KeyCode.ENTER);
        assertThat(text(robot, "#pay-remaining")).isEqualTo("还需 ￥5.39");
        Keys.press(robot, scene, KeyCode.F1);
        Keys.type(robot, scene, "10");
        robot.interact(() -> Screenshots.save(scene, "payment-zh_CN-light"));
        Keys.press(robot, scene, KeyCode.ENTER);

        // committed, change shown, drawer opened, receipt printed
        assertThat(robot.lookup(".payment-dialog").tryQuery()).isEmpty();
        RecordedSale sale = shell.services().sales().recent(1).getFirst();
        StoredSale stored = terminal.storedSale(sale.receiptNo());
        assertThat(stored.tenders()).extracting(t -> t.method())
                .containsExactly(TenderMethod.EXTERNAL_CARD, TenderMethod.CASH);
        assertThat(stored.tenders().getFirst().reference()).isEqualTo("88001234");
        assertThat(stored.change()).isEqualTo(Money.parse("4.61"));
        assertThat(sale.change()).isEqualTo(Money.parse("4.61"));
        assertThat(text(robot, "#last-sale")).contains("找零 ￥4.61");
        assertThat(((SimulatedCashDrawer) shell.services().devices().drawer()).kicks()).isEqualTo(1);
        RenderedReceipt receipt = ((SimulatedReceiptPrinter) shell.services().devices().printer()).printed().getLast();
        String printed = String.join("\n", receipt.textLines());
        assertThat(printed).contains("可口可乐 500ml", "第二件半价", "香蕉", "10.39", "4.61", "银行卡");
        assertThat(receipt.barcodes()).containsExactly(sale.receiptNo().replace("-", ""));
        robot.interact(() -> Screenshots.save(scene, "after-sale-zh_CN-light"));
    }
}
