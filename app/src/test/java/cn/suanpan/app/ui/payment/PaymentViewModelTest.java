package cn.suanpan.app.ui.payment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.ui.sale.SaleViewModel;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.core.tender.TenderMethod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Taking the money: cash with change, split tenders, what is refused and why. */
class PaymentViewModelTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Services services;
    Session session;
    SaleViewModel sale;
    final List<RecordedSale> paid = new ArrayList<>();

    @BeforeEach
    void cartOfTwoColas() {
        services = terminal.services(Runnable::run);
        session = new Session();
        session.userProperty().set(services.users().login(DemoStore.CASHIER, DemoStore.CASHIER_PIN));
        session.shiftProperty().set(services.shifts().current().orElseGet(() -> services.shifts().open(session.user(), Money.ZERO)));
        sale = new SaleViewModel(services, session);
        sale.scan("6999993984647");
        sale.scan("6999993984647");
        // 3.50 + 1.75
        assertThat(sale.priced().total()).isEqualTo(Money.parse("5.25"));
    }

    private PaymentViewModel payment() {
        return new PaymentViewModel(services, session, sale.priced());
    }

    @Test
    void cashHandedOverGivesChangeAndEnterCommits() {
        PaymentViewModel p = payment();
        p.amountProperty().set("20");

        p.enter(paid::add);

        assertThat(paid).hasSize(1);
        assertThat(paid.getFirst().change()).isEqualTo(Money.parse("14.75"));
        StoredSale stored = terminal.storedSale(paid.getFirst().receiptNo());
        assertThat(stored.paid()).isEqualTo(Money.parse("5.25"));
        assertThat(stored.change()).isEqualTo(Money.parse("14.75"));
        assertThat(stored.lines()).hasSize(1);
    }

    @Test
    void enterWithNothingTypedTakesTheExactAmountInCash() {
        PaymentViewModel p = payment();
        p.enter(paid::add);
        assertThat(paid).hasSize(1);
        assertThat(paid.getFirst().tendered()).isEqualTo(Money.parse("5.25"));
        assertThat(paid.getFirst().change()).isEqualTo(Money.ZERO);
    }

    @Test
    void aCardForPartAndCashForTheRestSettleWithChange() {
        PaymentViewModel p = payment();
        p.choose(TenderMethod.EXTERNAL_CARD);
        p.amountProperty().set("3");
        p.referenceProperty().set("88001234");

        p.enter(paid::add);
        assertThat(paid).isEmpty();
        assertThat(p.plan().remaining()).isEqualTo(Money.parse("2.25"));

        p.choose(TenderMethod.CASH);
        p.amountProperty().set("5");
        p.enter(paid::add);

        assertThat(paid).hasSize(1);
        assertThat(terminal.storedSale(paid.getFirst().receiptNo()).tenders()).extracting(t -> t.method())
                .containsExactly(TenderMethod.EXTERNAL_CARD, TenderMethod.CASH);
        assertThat(paid.getFirst().change()).isEqualTo(Money.parse("2.75"));
    }

    @Test
    void aCardWithoutItsTerminalReferenceOrAboveWhatIsDueIsRefused() {
        PaymentViewModel p = payment();
        p.choose(TenderMethod.EXTERNAL_CARD);
        p.amountProperty().set("3");
        assertThat(p.addTyped()).isFalse();
        assertThat(p.noticeProperty().get().failure()).isNotNull();

        p.amountProperty().set("9");
        p.referenceProperty().set("1234");
        assertThat(p.addTyped()).isFalse();
        assertThat(p.plan().tenders()).isEmpty();
    }

    @Test
    void methodsThatAreNotSetUpSaySo() {
        PaymentViewModel p = payment();
        assertThat(PaymentViewModel.unavailableReason(TenderMethod.PAYMENT_CODE)).isEqualTo("payment.notConfigured");
        assertThat(PaymentViewModel.unavailableReason(TenderMethod.MEMBER_BALANCE)).isEqualTo("payment.notConfigured");
        p.choose(TenderMethod.PAYMENT_CODE);
        assertThat(p.methodProperty().get()).isEqualTo(TenderMethod.CASH);
        assertThat(p.noticeProperty().get().key()).isEqualTo("payment.notConfigured");
    }

    @Test
    void nothingIsCommittedBeforeTheSaleIsPaidInFull() {
        PaymentViewModel p = payment();
        p.cash(Money.parse("2.00"));
        p.confirm(paid::add);
        assertThat(paid).isEmpty();
        assertThat(p.noticeProperty().get().key()).isEqualTo("payment.stillDue");
    }
}
