package cn.suanpan.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.store.LocalStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentJournalTest {

    private static final String CODE = "134567890123456789";

    @TempDir
    Path dir;

    private LocalStore store;
    private PaymentJournal journal;

    @BeforeEach
    void open() {
        store = LocalStore.open(dir);
        journal = new PaymentJournal(store, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String key(Throwable e) {
        return ((SuanpanException) e).userMessage().key();
    }

    @Test
    void anIntentIsDurableBeforeAnyCallAndSurvivesARestart() {
        UUID sale = UUID.randomUUID();
        PaymentIntent intent = journal.open(sale, Wallet.WECHAT, CODE, Money.ofFen(1250));
        assertThat(intent.id().version()).isEqualTo(7);
        assertThat(intent.state()).isEqualTo(IntentState.NEW);
        assertThat(intent.maskedCode()).isEqualTo("****6789");

        store.close();
        store = LocalStore.open(dir);
        journal = new PaymentJournal(store, Clock.systemUTC());
        assertThat(journal.open()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(intent.id());
            assertThat(i.code()).isEqualTo(CODE);
            assertThat(i.amount()).isEqualTo(Money.ofFen(1250));
        });
    }

    @Test
    void aSaleGetsANewIntentOnlyAfterTheOldOneIsFinal() {
        UUID sale = UUID.randomUUID();
        PaymentIntent first = journal.open(sale, Wallet.WECHAT, CODE, Money.ofFen(100));
        assertThatThrownBy(() -> journal.open(sale, Wallet.ALIPAY, "2812345678901234", Money.ofFen(100)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("payment.intent.stillOpen"));

        PaymentIntent failed = journal.finish(first.id(), IntentState.FAILED, null, null, "payment.failed.codeInvalid");
        assertThat(failed.code()).as("the whole code is not kept after the end").isNull();
        assertThat(journal.open(sale, Wallet.ALIPAY, "2812345678901234", Money.ofFen(100)).state()).isEqualTo(IntentState.NEW);
    }

    @Test
    void aCodeThatPaidOrIsOpenIsNotTakenAgainButAFailedOneIs() {
        PaymentIntent first = journal.open(UUID.randomUUID(), Wallet.WECHAT, CODE, Money.ofFen(100));
        assertThatThrownBy(() -> journal.open(UUID.randomUUID(), Wallet.WECHAT, CODE, Money.ofFen(100)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("payment.code.reused"));
        journal.finish(first.id(), IntentState.FAILED, null, null, "payment.failed.offline");
        PaymentIntent again = journal.open(UUID.randomUUID(), Wallet.WECHAT, CODE, Money.ofFen(100));
        journal.finish(again.id(), IntentState.PAID, "4200001", Instant.now(), null);
        assertThatThrownBy(() -> journal.open(UUID.randomUUID(), Wallet.WECHAT, CODE, Money.ofFen(100)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("payment.code.reused"));
    }

    @Test
    void theFirstFinalOutcomeStands() {
        PaymentIntent intent = journal.open(UUID.randomUUID(), Wallet.WECHAT, CODE, Money.ofFen(100));
        journal.progress(intent.id(), IntentState.WAITING);
        journal.finish(intent.id(), IntentState.PAID, "4200001", Instant.now(), null);
        PaymentIntent after = journal.finish(intent.id(), IntentState.REVERSED, null, null, "payment.reversed.cancelled");
        assertThat(after.state()).isEqualTo(IntentState.PAID);
        assertThat(after.providerTxn()).isEqualTo("4200001");
        assertThat(journal.progress(intent.id(), IntentState.PENDING).state()).isEqualTo(IntentState.PAID);
        assertThat(after.reference()).isEqualTo("WECHAT ****6789 4200001");
    }

    @Test
    void aPaidIntentWithoutSaleIsFoundAndRefundsStayWithinThePayment() {
        PaymentIntent intent = journal.open(UUID.randomUUID(), Wallet.WECHAT, CODE, Money.ofFen(1000));
        assertThatThrownBy(() -> journal.openRefund(intent.id(), Money.ofFen(100), "r"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("payment.intent.notPaid"));
        journal.finish(intent.id(), IntentState.PAID, "4200001", Instant.now(), null);
        assertThat(journal.paidWithoutSale()).extracting(PaymentIntent::id).containsExactly(intent.id());

        PaymentJournal.RefundEntry r = journal.openRefund(intent.id(), Money.ofFen(600), "r");
        // part of it given back (an earlier payment taken for less than it paid): the rest is still owed
        assertThat(journal.paidWithoutSale()).extracting(PaymentIntent::id).containsExactly(intent.id());
        assertThat(journal.refundable(intent.id())).isEqualTo(Money.ofFen(400));
        assertThatThrownBy(() -> journal.openRefund(intent.id(), Money.ofFen(401), "r"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("payment.refund.overRefundable"));
        journal.openRefund(intent.id(), Money.ofFen(400), "r");
        assertThat(journal.paidWithoutSale()).as("refunds under way cover all of it").isEmpty();
        journal.finishRefund(r.id(), false, "payment.refund.notPaid");
        assertThat(journal.refundable(intent.id())).isEqualTo(Money.ofFen(600));
        assertThat(journal.paidWithoutSale()).as("a failed refund gives nothing back").hasSize(1);
        assertThat(journal.openRefund(intent.id(), Money.ofFen(600), "r").state()).isEqualTo("PENDING");
    }

    @Test
    void aSaleIsTiedOnlyToAPaidIntentAndOnlyOnce() {
        PaymentIntent intent = journal.open(UUID.randomUUID(), Wallet.WECHAT, CODE, Money.ofFen(1000));
        UUID sale = UUID.randomUUID();
        assertThatThrownBy(() -> store.inTransactionRun(tx -> PaymentJournal.attachSale(tx, intent.id(), sale, "R-1")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("payment.intent.notPaid"));
        journal.finish(intent.id(), IntentState.PAID, "4200001", Instant.now(), null);
        store.inTransactionRun(tx -> PaymentJournal.attachSale(tx, intent.id(), sale, "R-1"));
        assertThat(journal.find(intent.id()).orElseThrow().completedSaleId()).isEqualTo(sale);
        assertThat(journal.paidWithoutSale()).isEmpty();
        assertThatThrownBy(() -> store.inTransactionRun(tx -> PaymentJournal.attachSale(tx, intent.id(), UUID.randomUUID(), "R-2")))
                .isInstanceOf(SuanpanException.class);
    }
}
