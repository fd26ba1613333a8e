package cn.suanpan.cloud.payment;

import static cn.suanpan.cloud.store.schema.Tables.CLOUD_PAYMENT;
import static cn.suanpan.cloud.store.schema.Tables.CLOUD_REFUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.cloud.testing.TestCloud;
import cn.suanpan.cloud.testing.TestWallet;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.IntentState;
import cn.suanpan.core.payment.PaymentIntent;
import cn.suanpan.core.payment.Wallet;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.sync.payment.CodePayments;
import cn.suanpan.sync.payment.PaymentOutcome;
import cn.suanpan.sync.protocol.PaymentStart;
import cn.suanpan.sync.protocol.PaymentState;
import cn.suanpan.sync.protocol.PaymentStatus;
import cn.suanpan.sync.protocol.Protocol;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code payments from the terminal's journal through the cloud's payment service to a wallet and back. */
class PaymentFlowTest {

    @TempDir
    Path dir;

    private final TestWallet wechat = new TestWallet(Wallet.WECHAT, Duration.ofSeconds(30));
    private PaymentTestBench bench;
    private CodePayments payments;

    @BeforeEach
    void start() {
        bench = new PaymentTestBench(dir, (store, clock) -> List.of(wechat));
        payments = bench.payments();
    }

    @AfterEach
    void stop() {
        bench.close();
    }

    /** Listens for the customer-confirmation state and remembers the countdowns seen. */
    private static final class Waiting implements CodePayments.Listener {
        final CountDownLatch waiting = new CountDownLatch(1);
        final List<Integer> secondsLeft = new CopyOnWriteArrayList<>();
        volatile PaymentIntent intent;

        @Override
        public void update(PaymentIntent i, int left) {
            intent = i;
            if (i.state() == IntentState.WAITING) {
                secondsLeft.add(left);
                waiting.countDown();
            }
        }
    }

    private CompletableFuture<PaymentOutcome> payAsync(UUID sale, String code, long fen, Waiting listener) {
        return CompletableFuture.supplyAsync(() -> payments.pay(sale, code, Money.ofFen(fen), "Suanpan test", listener));
    }

    @Test
    void aWechatCodeIsPaidOnceTheCustomerConfirms() throws Exception {
        UUID sale = UUID.randomUUID();
        String code = PaymentTestBench.wechatCode();
        Waiting listener = new Waiting();
        CompletableFuture<PaymentOutcome> paying = payAsync(sale, code, 1250, listener);

        assertThat(listener.waiting.await(20, TimeUnit.SECONDS)).isTrue();
        // journaled before the cloud was asked, the whole code kept while open
        assertThat(listener.intent.code()).isEqualTo(code);
        assertThat(listener.secondsLeft).allMatch(s -> s > 0 && s <= 30);
        wechat.confirm(listener.intent.id().toString());

        PaymentOutcome outcome = paying.get(30, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(PaymentOutcome.Paid.class);
        PaymentIntent paid = outcome.intent();
        assertThat(paid.state()).isEqualTo(IntentState.PAID);
        assertThat(paid.code()).as("the whole code is forgotten once final").isNull();
        assertThat(paid.providerTxn()).startsWith("4200");
        Tender tender = ((PaymentOutcome.Paid) outcome).tender();
        assertThat(tender).isInstanceOf(Tender.PaymentCode.class);
        assertThat(tender.amount()).isEqualTo(Money.ofFen(1250));
        assertThat(((Tender.PaymentCode) tender).code()).isEqualTo("WECHAT ****" + code.substring(14) + " " + paid.providerTxn());
        assertThat(wechat.charges).containsExactly(paid.id().toString());
        assertThat(bench.cloud.store().dsl().fetchOne(CLOUD_PAYMENT, CLOUD_PAYMENT.INTENT_ID.eq(paid.id())).getState()).isEqualTo("PAID");
    }

    @Test
    void theCashierCancelsAndTheWalletReverses() throws Exception {
        Waiting listener = new Waiting();
        CompletableFuture<PaymentOutcome> paying = payAsync(UUID.randomUUID(), PaymentTestBench.wechatCode(), 800, listener);
        assertThat(listener.waiting.await(20, TimeUnit.SECONDS)).isTrue();

        payments.cancel(listener.intent.id());

        PaymentOutcome outcome = paying.get(30, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOfSatisfying(PaymentOutcome.NotPaid.class,
                n -> assertThat(n.why().key()).isEqualTo("payment.reversed.cancelled"));
        assertThat(outcome.intent().state()).isEqualTo(IntentState.REVERSED);
        assertThat(wechat.reversals).containsExactly(outcome.intent().id().toString());
        assertThat(wechat.isPaid(outcome.intent().id().toString())).isFalse();
    }

    @Test
    void aWalletWithoutGatewayIsRefusedAndNothingIsCharged() {
        PaymentOutcome outcome = payments.pay(UUID.randomUUID(), PaymentTestBench.alipayCode(), Money.ofFen(500), "t", CodePayments.Listener.NONE);
        assertThat(outcome).isInstanceOfSatisfying(PaymentOutcome.NotPaid.class,
                n -> assertThat(n.why().key()).isEqualTo("payment.failed.walletNotEnabled"));
        assertThat(outcome.intent().state()).isEqualTo(IntentState.FAILED);
    }

    @Test
    void aCodeOfNoWalletIsRefusedBeforeAnythingIsJournaled() {
        assertThatThrownBy(() -> payments.pay(UUID.randomUUID(), "999912345678901234", Money.ofFen(500), "t", CodePayments.Listener.NONE))
                .isInstanceOfSatisfying(SuanpanException.class, e -> assertThat(e.userMessage().key()).isEqualTo("payment.code.unknown"));
        assertThat(payments.journal().open()).isEmpty();
    }

    @Test
    void theSameCodeScannedTwiceIsRefused() {
        wechat.payAtOnce(true);
        String code = PaymentTestBench.wechatCode();
        assertThat(payments.pay(UUID.randomUUID(), code, Money.ofFen(300), "t", CodePayments.Listener.NONE))
                .isInstanceOf(PaymentOutcome.Paid.class);
        assertThatThrownBy(() -> payments.pay(UUID.randomUUID(), code, Money.ofFen(300), "t", CodePayments.Listener.NONE))
                .isInstanceOfSatisfying(SuanpanException.class, e -> assertThat(e.userMessage().key()).isEqualTo("payment.code.reused"));
        assertThat(wechat.charges).hasSize(1);
    }

    @Test
    void offlineCodePaymentsAreRefusedAtOnceAndKeptOpenUntilTheCloudSettlesThem() {
        bench.stopCloud();
        PaymentOutcome outcome = payments.pay(UUID.randomUUID(), PaymentTestBench.wechatCode(), Money.ofFen(300), "t",
                CodePayments.Listener.NONE);
        assertThat(outcome).isInstanceOfSatisfying(PaymentOutcome.Unresolved.class,
                n -> assertThat(n.why().key()).isEqualTo("payment.failed.offline"));
        // a copy of the start could still arrive: only the cloud can close the intent for good
        assertThat(payments.journal().open()).extracting(PaymentIntent::id).containsExactly(outcome.intent().id());
        assertThat(payments.blocked()).isTrue();
        assertThatThrownBy(() -> payments.pay(UUID.randomUUID(), PaymentTestBench.wechatCode(), Money.ofFen(300), "t",
                CodePayments.Listener.NONE))
                .isInstanceOfSatisfying(SuanpanException.class, e -> assertThat(e.userMessage().key()).isEqualTo("payment.recovery.pending"));
        assertThat(wechat.charges).isEmpty();
    }

    @Test
    void aSecondPaymentOfOneSaleIsRefundedAndReported() {
        wechat.payAtOnce(true);
        UUID sale = UUID.randomUUID();
        PaymentOutcome first = payments.pay(sale, PaymentTestBench.wechatCode(), Money.ofFen(990), "t", CodePayments.Listener.NONE);
        PaymentOutcome second = payments.pay(sale, PaymentTestBench.wechatCode(), Money.ofFen(990), "t", CodePayments.Listener.NONE);

        assertThat(first).isInstanceOf(PaymentOutcome.Paid.class);
        assertThat(second).isInstanceOfSatisfying(PaymentOutcome.NotPaid.class,
                n -> assertThat(n.why().key()).isEqualTo("payment.reversed.duplicateRefunded"));
        // the answer can reach the terminal by the database's own look before the refund is back from the wallet
        waitUntil(() -> wechat.refunds().size() == 1 && "REFUNDED".equals(
                bench.cloud.store().dsl().fetchOne(CLOUD_REFUND, CLOUD_REFUND.INTENT_ID.eq(second.intent().id())).getState()));
        assertThat(wechat.refunds()).hasSize(1);
        assertThat(bench.cloud.store().dsl().fetchOne(CLOUD_REFUND, CLOUD_REFUND.INTENT_ID.eq(second.intent().id())))
                .satisfies(r -> {
                    assertThat(r.getState()).isEqualTo("REFUNDED");
                    assertThat(r.getAutomatic()).isTrue();
                    assertThat(r.getAmountFen()).isEqualTo(990);
                });
        Map.Entry<Integer, String> incidents = bench.cloud.admin("GET", "/api/admin/v1/shops/S1/payment-incidents", null);
        assertThat(incidents.getKey()).isEqualTo(200);
        assertThat(incidents.getValue()).contains(PaymentIncident.DUPLICATE_PAYMENT).contains(second.intent().id().toString());
    }

    @Test
    void anIntentJournaledBeforeACrashIsClosedAtStartAndALateStartChargesNothing() {
        UUID sale = UUID.randomUUID();
        String code = PaymentTestBench.wechatCode();
        // the terminal died after journaling, before (or while) sending the start
        PaymentIntent orphan = payments.journal().open(sale, Wallet.WECHAT, code, Money.ofFen(450));

        bench.terminal.restart();
        CodePayments restarted = bench.payments();
        assertThat(restarted.blocked()).isTrue();
        List<UserMessage> told = restarted.recoverAtStartup();

        assertThat(told).extracting(UserMessage::key).containsExactly("payment.recovery.reversed");
        assertThat(restarted.journal().find(orphan.id()).orElseThrow().state()).isEqualTo(IntentState.REVERSED);
        assertThat(restarted.blocked()).isFalse();
        // the start arriving late finds the intent closed
        PaymentStatus late = bench.client().start(new PaymentStart(Protocol.VERSION, orphan.id(), sale, Wallet.WECHAT, code, 450, "t"));
        assertThat(late.state()).isEqualTo(PaymentState.REVERSED);
        assertThat(wechat.charges).isEmpty();
    }

    @Test
    void aPaymentThatNoSaleTookIsRefundedAtTheNextStart() {
        wechat.payAtOnce(true);
        PaymentOutcome paid = payments.pay(UUID.randomUUID(), PaymentTestBench.wechatCode(), Money.ofFen(1500), "t", CodePayments.Listener.NONE);
        assertThat(paid).isInstanceOf(PaymentOutcome.Paid.class);
        // the terminal died before the sale was committed

        bench.terminal.restart();
        CodePayments restarted = bench.payments();
        List<UserMessage> told = restarted.recoverAtStartup();

        assertThat(told).extracting(UserMessage::key).containsExactly("payment.recovery.refunded");
        assertThat(restarted.journal().refundsOf(paid.intent().id())).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo("REFUNDED"));
        assertThat(wechat.refunds()).hasSize(1);
        assertThat(restarted.recoverAtStartup()).as("nothing is refunded twice").isEmpty();
        assertThat(wechat.refunds()).hasSize(1);
    }

    @Test
    void aRefundSentTwiceIsPaidOutOnceAndNeverMoreThanThePayment() {
        wechat.payAtOnce(true);
        PaymentOutcome paid = payments.pay(UUID.randomUUID(), PaymentTestBench.wechatCode(), Money.ofFen(1000), "t", CodePayments.Listener.NONE);
        UUID intent = paid.intent().id();
        assertThat(payments.refund(intent, Money.ofFen(600), "returned").state()).isEqualTo("REFUNDED");
        assertThatThrownBy(() -> payments.refund(intent, Money.ofFen(500), "returned"))
                .isInstanceOfSatisfying(SuanpanException.class, e -> assertThat(e.userMessage().key()).isEqualTo("payment.refund.overRefundable"));
        // the cloud keeps its own limit and its own idempotency
        UUID refundId = UUID.randomUUID();
        var again = new cn.suanpan.sync.protocol.PaymentRefund(Protocol.VERSION, intent, refundId, 400, "returned");
        assertThat(bench.client().refund(again).state()).isEqualTo("refunded");
        assertThat(bench.client().refund(again).state()).isEqualTo("refunded");
        assertThat(bench.client().refund(new cn.suanpan.sync.protocol.PaymentRefund(Protocol.VERSION, intent, UUID.randomUUID(), 1, "x"))
                .messageKey()).isEqualTo("payment.refund.overLimit");
        assertThat(wechat.refunds()).hasSize(2);
    }

    @Test
    void aPaymentLeftOpenByACloudCrashIsSettledWhenTheCloudStarts() {
        UUID intent = UUID.randomUUID();
        Instant now = Instant.now();
        // what a node that died mid-charge leaves behind: a payment the wallet has in fact taken
        bench.cloud.store().dsl().insertInto(CLOUD_PAYMENT).set(CLOUD_PAYMENT.TERMINAL_ID, bench.terminalId).set(CLOUD_PAYMENT.INTENT_ID, intent)
                .set(CLOUD_PAYMENT.SHOP_ID, bench.shop.id()).set(CLOUD_PAYMENT.SALE_ID, UUID.randomUUID()).set(CLOUD_PAYMENT.WALLET, "WECHAT")
                .set(CLOUD_PAYMENT.AUTH_CODE, PaymentTestBench.wechatCode()).set(CLOUD_PAYMENT.AMOUNT_FEN, 700L)
                .set(CLOUD_PAYMENT.DESCRIPTION, "t").set(CLOUD_PAYMENT.STATE, "WAITING").set(CLOUD_PAYMENT.CREATED_AT, now)
                .set(CLOUD_PAYMENT.UPDATED_AT, now).execute();
        UUID lost = UUID.randomUUID();
        bench.cloud.store().dsl().insertInto(CLOUD_PAYMENT).set(CLOUD_PAYMENT.TERMINAL_ID, bench.terminalId).set(CLOUD_PAYMENT.INTENT_ID, lost)
                .set(CLOUD_PAYMENT.SHOP_ID, bench.shop.id()).set(CLOUD_PAYMENT.SALE_ID, UUID.randomUUID()).set(CLOUD_PAYMENT.WALLET, "WECHAT")
                .set(CLOUD_PAYMENT.AUTH_CODE, PaymentTestBench.wechatCode()).set(CLOUD_PAYMENT.AMOUNT_FEN, 700L)
                .set(CLOUD_PAYMENT.DESCRIPTION, "t").set(CLOUD_PAYMENT.STATE, "PENDING").set(CLOUD_PAYMENT.CREATED_AT, now)
                .set(CLOUD_PAYMENT.UPDATED_AT, now).execute();
        wechat.paidBehindTheScenes(intent.toString(), Money.ofFen(700));
        bench.stopCloud();

        try (TestCloud again = TestCloud.withWallets(dir.resolve("cloud"), (store, clock) -> List.of(wechat))) {
            PaymentService service = again.service().payments();
            PaymentStatus paid = service.poll(bench.terminalId, new cn.suanpan.sync.protocol.PaymentPoll(Protocol.VERSION, intent, 10));
            PaymentStatus reversed = service.poll(bench.terminalId, new cn.suanpan.sync.protocol.PaymentPoll(Protocol.VERSION, lost, 10));
            assertThat(paid.state()).isEqualTo(PaymentState.PAID);
            assertThat(paid.providerTxnId()).startsWith("4200");
            assertThat(reversed.state()).isEqualTo(PaymentState.REVERSED);
            assertThat(wechat.charges).as("settled by querying, never charged again").isEmpty();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
