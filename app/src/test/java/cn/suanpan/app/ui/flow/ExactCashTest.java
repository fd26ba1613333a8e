package cn.suanpan.app.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.devices.SimulatedReceiptPrinter;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.payment.RecordedSale;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.core.tender.TenderMethod;
import cn.suanpan.hardware.drawer.SimulatedCashDrawer;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The everyday sale: three items paid with exact cash take five inputs, and the next customer needs none. */
@ExtendWith(ApplicationExtension.class)
class ExactCashTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Shell shell;
    int inputs;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.show(stage, terminal, I18n.CHINESE);
        ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
    }

    private void scan(FxRobot robot, String code) {
        inputs++;
        Keys.scan(robot, shell.scene(), code);
    }

    private void key(FxRobot robot, KeyCode code) {
        inputs++;
        // a real key press through the window system, not a synthesised event
        robot.type(code);
    }

    @Test
    void threeItemsPaidWithExactCashTakeFiveInputs(FxRobot robot) {
        scan(robot, "6999993984647");
        scan(robot, "6922811950968");
        scan(robot, "6964977176295");
        key(robot, KeyCode.F9);
        key(robot, KeyCode.ENTER);

        assertThat(inputs).isLessThanOrEqualTo(5);
        List<RecordedSale> sales = shell.services().sales().recent(10);
        assertThat(sales).hasSize(1);
        RecordedSale sale = sales.getFirst();
        // the sale in the database, as the sale service stored it
        StoredSale stored = terminal.storedSale(sale.receiptNo());
        assertThat(stored.lines()).hasSize(3);
        assertThat(stored.tenders()).extracting(t -> t.method()).containsExactly(TenderMethod.CASH);
        assertThat(stored.tendered()).isEqualTo(stored.paid());
        assertThat(stored.change()).isEqualTo(Money.ZERO);
        assertThat(((SimulatedCashDrawer) shell.services().devices().drawer()).kicks()).isEqualTo(1);
        SimulatedReceiptPrinter printer = (SimulatedReceiptPrinter) shell.services().devices().printer();
        assertThat(printer.printed()).hasSize(1);
        assertThat(printer.printed().getFirst().barcodes()).containsExactly(sale.receiptNo().replace("-", ""));

        // ready for the next customer: no dialog, an empty cart, and the next scan starts a new sale
        assertThat(shell.modals().isOpen()).isFalse();
        assertThat(shell.saleModel().lines()).isEmpty();
        assertThat(robot.lookup("#last-sale").queryAs(Label.class).getText()).contains(sale.receiptNo());
        scan(robot, "6999993984647");
        assertThat(shell.saleModel().lines()).hasSize(1);
        assertThat(robot.lookup("#last-sale").queryAs(Label.class).isVisible()).isFalse();
    }
}
