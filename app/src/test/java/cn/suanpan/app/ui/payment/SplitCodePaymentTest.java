package cn.suanpan.app.ui.payment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.ui.sale.SaleViewModel;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.cloud.CloudService;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.IntentState;
import cn.suanpan.core.payment.PaymentIntent;
import cn.suanpan.core.payment.PaymentJournal;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderMethod;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sale split over code payments in the payment dialog's model, against a real cloud node
 * on loopback whose WeChat wallet is paid as soon as it is asked: an amount keyed in, then a
 * code, is one part; the sale commits once it is paid in full, with every part tied to it; a
 * sale left after one part was paid gives that part back.
 */
class SplitCodePaymentTest {

    static final String COLA_500 = "6999993984647";

    @TempDir
    static Path data;
    @TempDir
    static Path cloudDir;
    static EnrolledTerminal enrolled;
    static TestTerminal terminal;
    static CloudService cloud;

    Services services;
    Session session;
    SaleViewModel sale;
    final List<RecordedSale> paid = new ArrayList<>();

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

    @BeforeEach
    void cartOfTwoColas() {
        services = terminal.services(Runnable::run);
        session = new Session();
        session.userProperty().set(services.users().login(DemoStore.CASHIER, DemoStore.CASHIER_PIN));
        session.shiftProperty().set(services.shifts().current().orElseGet(() -> services.shifts().open(session.user(), Money.ZERO)));
        sale = new SaleViewModel(services, session);
        sale.scan(COLA_500);
        sale.scan(COLA_500);
        // an enrolled terminal prices with the shop's promotions only, and this shop has none
        assertThat(sale.priced().total()).isEqualTo(Money.parse("7.00"));
    }

    private PaymentJournal journal() {
        return new PaymentJournal(terminal.context().store(), Clock.systemUTC());
    }

    /** Keys {@code amount} and scans a code; returns once the payment is paid and its tender is in the plan (and the sale committed, if settled). */
    private void payPart(PaymentViewModel p, String amount) {
        int tenders = p.plan().tenders().size();
        p.amountProperty().set(amount);
        p.payCode(EnrolledTerminal.wechatCode(), paid::add);
        waitUntil(() -> p.plan().tenders().size() > tenders && (!p.plan().settled() || !paid.isEmpty()));
    }

    /** Waits for the payment thread (no JavaFX toolkit here: the model's "UI thread" runs at once). */
    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void twoCodesPayOneSaleAndBothAreTiedToIt() {
        PaymentViewModel p = new PaymentViewModel(services, session, sale.priced());
        p.choose(TenderMethod.PAYMENT_CODE);

        payPart(p, "2.00");
        assertThat(paid).as("not paid in full yet: nothing committed").isEmpty();
        assertThat(p.plan().remaining()).isEqualTo(Money.parse("5.00"));
        assertThat(p.noticeProperty().get().key()).isEqualTo("payment.code.partPaid");
        // the paid part stays: it goes back only with the whole sale
        p.removeTender(0);
        assertThat(p.plan().tenders()).hasSize(1);
        assertThat(p.noticeProperty().get().key()).isEqualTo("payment.code.cannotRemove");

        payPart(p, "");

        assertThat(paid).hasSize(1);
        StoredSale stored = terminal.storedSale(paid.getFirst().receiptNo());
        assertThat(stored.tenders()).extracting(t -> t.method()).containsExactly(TenderMethod.PAYMENT_CODE, TenderMethod.PAYMENT_CODE);
        assertThat(stored.tenders()).extracting(t -> t.amount()).containsExactly(Money.parse("2.00"), Money.parse("5.00"));
        List<PaymentIntent> parts = p.paidIntents().stream().map(id -> journal().find(id).orElseThrow()).toList();
        assertThat(parts).hasSize(2).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo(IntentState.PAID);
            assertThat(i.receiptNo()).isEqualTo(stored.number().text());
        });
        assertThat(parts.get(0).id()).isNotEqualTo(parts.get(1).id());
        assertThat(journal().paidWithoutSale()).isEmpty();
    }

    @Test
    void aSaleLeftAfterOneCodePartWasPaidGivesThatPartBack() {
        PaymentViewModel p = new PaymentViewModel(services, session, sale.priced());
        p.choose(TenderMethod.PAYMENT_CODE);
        payPart(p, "1.50");
        assertThat(p.plan().tenders()).singleElement().isInstanceOf(Tender.PaymentCode.class);
        PaymentIntent part = journal().find(p.paidIntents().getFirst()).orElseThrow();

        List<UserMessage> told = new CopyOnWriteArrayList<>();
        p.abandon(told::addAll);

        waitUntil(() -> !told.isEmpty());
        assertThat(told).extracting(UserMessage::key).containsExactly("payment.recovery.refunded");
        assertThat(journal().refundsOf(part.id())).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualTo(Money.parse("1.50"));
            assertThat(r.state()).isEqualTo("REFUNDED");
        });
        assertThat(paid).isEmpty();
    }

    @Test
    void aCodePartAboveWhatIsDueIsRefusedBeforeAnythingIsCharged() {
        PaymentViewModel p = new PaymentViewModel(services, session, sale.priced());
        p.choose(TenderMethod.PAYMENT_CODE);
        int before = journal().recent(1000).size();

        p.amountProperty().set("9.00");
        p.payCode(EnrolledTerminal.wechatCode(), paid::add);

        assertThat(p.codeWaitingProperty().get()).isFalse();
        assertThat(p.noticeProperty().get().key()).isEqualTo("tender.exceedsRemaining");
        assertThat(journal().recent(1000)).hasSize(before);
    }
}
