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
import cn.suanpan.core.payment.PaymentJournal;
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
import java.util.Set;
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
    private final TestWallet alipay = new TestWallet(Wallet.ALIPAY, Duration.ofSeconds(30));
    private PaymentTestBench bench;
    private CodePayments payments;

    @BeforeEach
    void start() {
        bench = new PaymentTestBench(dir, (store, clock) -> List.of(wechat, alipay));
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
        PaymentOutcome outcome = payments.pay(UUID.randomUUID(), "62" + PaymentTestBench.digits(17), Money.ofFen(500), "t",
                CodePayments.Listener.NONE);
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
    void aSaleIsSplitOverTwoCodePaymentsAndKeepsBoth() {
        wechat.payAtOnce(true);
        alipay.payAtOnce(true);
        UUID sale = UUID.randomUUID();
        // 100.00 due: 30.00 on WeChat Pay, the rest on Alipay, each its own intent (its own out_trade_no)
        PaymentOutcome first = payments.pay(sale, PaymentTestBench.wechatCode(), Money.ofFen(3000), "t", CodePayments.Listener.NONE);
        assertThat(first).isInstanceOf(PaymentOutcome.Paid.class);
        // recovery running meanwhile (the app resolves an earlier run's payments in the background) leaves the part alone
        assertThat(payments.recoverAtStartup()).isEmpty();
        assertThat(wechat.refunds()).isEmpty();
        PaymentOutcome second = payments.pay(sale, PaymentTestBench.alipayCode(), Money.ofFen(7000), "t", Set.of(first.intent().id()),
                CodePayments.Listener.NONE);

        assertThat(second).isInstanceOfSatisfying(PaymentOutcome.Paid.class, p -> {
            assertThat(p.earlier()).isFalse();
            assertThat(p.tender().amount()).isEqualTo(Money.ofFen(7000));
        });
        assertThat(second.intent().id()).isNotEqualTo(first.intent().id());
        commitSale(first.intent(), second.intent());
        assertThat(payments.journal().ofSale(sale)).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo(IntentState.PAID);
            assertThat(i.receiptNo()).isEqualTo("R-" + sale);
        });
        assertThat(bench.cloud.store().dsl().fetch(CLOUD_PAYMENT, CLOUD_PAYMENT.SALE_ID.eq(sale)))
                .extracting(r -> r.getState()).containsExactly("PAID", "PAID");
        assertThat(wechat.refunds()).isEmpty();
        assertThat(alipay.refunds()).isEmpty();
        assertThat(payments.recoverAtStartup()).as("both parts have their sale: nothing is given back").isEmpty();
    }

    @Test
    void theReturnOfASaleSplitOverTwoCodesGoesBackThroughBoth() {
        wechat.payAtOnce(true);
        UUID sale = UUID.randomUUID();
        PaymentOutcome first = payments.pay(sale, PaymentTestBench.wechatCode(), Money.ofFen(3000), "t", CodePayments.Listener.NONE);
        PaymentOutcome second = payments.pay(sale, PaymentTestBench.wechatCode(), Money.ofFen(7000), "t", Set.of(first.intent().id()),
                CodePayments.Listener.NONE);
        commitSale(first.intent(), second.intent());
        // the whole sale comes back: one refund tender of 100.00 on the payment code
        var refund = new cn.suanpan.core.refund.CompletedRefund(UUID.randomUUID(),
                new cn.suanpan.core.sale.ReceiptNumber(cn.suanpan.core.sale.ReceiptKind.REFUND, "0001", "01", java.time.LocalDate.now(), 1),
                Instant.now(), "R-" + sale, List.of(), Money.ofFen(10000), Money.ZERO,
                List.of(new cn.suanpan.core.refund.RefundTender(cn.suanpan.core.tender.TenderMethod.PAYMENT_CODE, Money.ofFen(10000),
                        null, 0)), 0, null, List.of());

        List<cn.suanpan.core.payment.PaymentJournal.RefundEntry> entries = bench.terminal.store()
                .inTransaction(tx -> payments.journalReturn(tx, refund));

        assertThat(entries).extracting(e -> e.intentId(), e -> e.amount().fen()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first.intent().id(), 3000L), org.assertj.core.groups.Tuple.tuple(second.intent().id(), 7000L));
        assertThat(payments.sendPendingRefunds()).isZero();
        assertThat(wechat.refunds()).hasSize(2);
    }

    @Test
    void aSaleCancelledAfterOneCodePartWasPaidGivesThatPartBack() {
        wechat.payAtOnce(true);
        UUID sale = UUID.randomUUID();
        PaymentOutcome part = payments.pay(sale, PaymentTestBench.wechatCode(), Money.ofFen(3000), "t", CodePayments.Listener.NONE);
        assertThat(part).isInstanceOf(PaymentOutcome.Paid.class);

        List<UserMessage> told = payments.abandon(sale);

        assertThat(told).extracting(UserMessage::key).containsExactly("payment.recovery.refunded");
        assertThat(payments.journal().refundsOf(part.intent().id())).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo("REFUNDED");
            assertThat(r.amount()).isEqualTo(Money.ofFen(3000));
        });
        assertThat(wechat.refunds()).hasSize(1);
        assertThat(payments.abandon(sale)).as("nothing is given back twice").isEmpty();
        assertThat(payments.recoverAtStartup()).isEmpty();
        assertThat(wechat.refunds()).hasSize(1);
    }

    @Test
    void anEarlierPaymentOfTheSaleThatTurnedOutPaidIsTakenAndNothingIsChargedAgain() {
        wechat.payAtOnce(true);
        UUID sale = UUID.randomUUID();
        PaymentIntent inDoubt = startBehindTheTerminalsBack(sale, 990);

        // the cashier scans a new code: the earlier payment is resolved as paid first, and it is the tender
        PaymentOutcome again = payments.pay(sale, PaymentTestBench.wechatCode(), Money.ofFen(990), "t", CodePayments.Listener.NONE);

        assertThat(again).isInstanceOfSatisfying(PaymentOutcome.Paid.class, p -> {
            assertThat(p.earlier()).isTrue();
            assertThat(p.intent().id()).isEqualTo(inDoubt.id());
            assertThat(p.tender().amount()).isEqualTo(Money.ofFen(990));
        });
        assertThat(wechat.charges).as("no second charge").containsExactly(inDoubt.id().toString());
        assertThat(payments.journal().ofSale(sale)).as("no new intent journaled").hasSize(1);
        assertThat(wechat.refunds()).isEmpty();
    }

    @Test
    void anEarlierPaymentThatTookMoreThanIsStillDueIsTakenForWhatIsDueAndTheRestGoesBack() {
        wechat.payAtOnce(true);
        UUID sale = UUID.randomUUID();
        PaymentIntent inDoubt = startBehindTheTerminalsBack(sale, 1000);

        // meanwhile the customer paid 4.00 in cash: 6.00 is still due
        PaymentOutcome again = payments.pay(sale, PaymentTestBench.wechatCode(), Money.ofFen(600), "t", CodePayments.Listener.NONE);

        assertThat(again).isInstanceOfSatisfying(PaymentOutcome.Paid.class, p -> {
            assertThat(p.earlier()).isTrue();
            assertThat(p.tender().amount()).isEqualTo(Money.ofFen(600));
        });
        assertThat(payments.journal().refundsOf(inDoubt.id())).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualTo(Money.ofFen(400));
            assertThat(r.state()).isEqualTo("REFUNDED");
        });
        assertThat(wechat.charges).hasSize(1);
        // abandoned after all: what is left of it goes back too
        assertThat(payments.abandon(sale)).extracting(UserMessage::key).containsExactly("payment.recovery.refunded");
        assertThat(payments.journal().refundable(inDoubt.id())).isEqualTo(Money.ZERO);
    }

    @Test
    void aPaymentRefundedInFullNoLongerCountsAndTheSaleCanBePaidByCodeAgain() {
        wechat.payAtOnce(true);
        UUID sale = UUID.randomUUID();
        PaymentOutcome first = payments.pay(sale, PaymentTestBench.wechatCode(), Money.ofFen(990), "t", CodePayments.Listener.NONE);
        assertThat(payments.refund(first.intent().id(), Money.ofFen(990), "given back").state()).isEqualTo("REFUNDED");

        PaymentOutcome second = payments.pay(sale, PaymentTestBench.wechatCode(), Money.ofFen(990), "t", CodePayments.Listener.NONE);

        assertThat(second).isInstanceOfSatisfying(PaymentOutcome.Paid.class, p -> assertThat(p.earlier()).isFalse());
        assertThat(second.intent().id()).isNotEqualTo(first.intent().id());
        assertThat(wechat.refunds()).as("only the refund the terminal asked for").hasSize(1);
    }

    @Test
    void twoChargesInFlightAtOnceForOneSaleKeepOnlyTheFirstPaid() throws Exception {
        UUID sale = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        // a terminal that broke the rules: a second charge started while the first was still under way
        bench.client().start(new PaymentStart(Protocol.VERSION, a, sale, Wallet.WECHAT, PaymentTestBench.wechatCode(), 990, "t"));
        bench.client().start(new PaymentStart(Protocol.VERSION, b, sale, Wallet.WECHAT, PaymentTestBench.wechatCode(), 990, "t"));
        waitUntil(() -> wechat.charges.size() == 2);
        wechat.confirm(a.toString());
        assertThat(bench.client().poll(a, 10).state()).isEqualTo(PaymentState.PAID);
        wechat.confirm(b.toString());
        PaymentStatus second = bench.client().poll(b, 10);

        assertThat(second.state()).isEqualTo(PaymentState.REVERSED);
        assertThat(second.messageKey()).isEqualTo("payment.reversed.duplicateRefunded");
        // the answer can reach the terminal by the database's own look before the refund is back from the wallet
        waitUntil(() -> wechat.refunds().size() == 1 && "REFUNDED".equals(
                bench.cloud.store().dsl().fetchOne(CLOUD_REFUND, CLOUD_REFUND.INTENT_ID.eq(b)).getState()));
        assertThat(bench.cloud.store().dsl().fetchOne(CLOUD_REFUND, CLOUD_REFUND.INTENT_ID.eq(b)))
                .satisfies(r -> {
                    assertThat(r.getAutomatic()).isTrue();
                    assertThat(r.getAmountFen()).isEqualTo(990);
                });
        Map.Entry<Integer, String> incidents = bench.cloud.admin("GET", "/api/admin/v1/shops/S1/payment-incidents", null);
        assertThat(incidents.getKey()).isEqualTo(200);
        assertThat(incidents.getValue()).contains(PaymentIncident.DUPLICATE_PAYMENT).contains(b.toString());
    }

    @Test
    void aChargeInFlightBesideOneRefundedInFullIsNoDuplicate() {
        UUID sale = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        bench.client().start(new PaymentStart(Protocol.VERSION, a, sale, Wallet.WECHAT, PaymentTestBench.wechatCode(), 990, "t"));
        bench.client().start(new PaymentStart(Protocol.VERSION, b, sale, Wallet.WECHAT, PaymentTestBench.wechatCode(), 990, "t"));
        waitUntil(() -> wechat.charges.size() == 2);
        wechat.confirm(a.toString());
        assertThat(bench.client().poll(a, 10).state()).isEqualTo(PaymentState.PAID);
        assertThat(bench.client().refund(new cn.suanpan.sync.protocol.PaymentRefund(Protocol.VERSION, a, UUID.randomUUID(), 990,
                "given back")).state()).isEqualTo("refunded");
        wechat.confirm(b.toString());

        assertThat(bench.client().poll(b, 10).state()).isEqualTo(PaymentState.PAID);
        assertThat(wechat.refunds()).hasSize(1);
    }

    /** Journals an intent and has the cloud charge it while the terminal never hears the answer (a lost answer, then a crash). */
    private PaymentIntent startBehindTheTerminalsBack(UUID sale, long fen) {
        String code = PaymentTestBench.wechatCode();
        PaymentIntent intent = payments.journal().open(sale, Wallet.WECHAT, code, Money.ofFen(fen));
        bench.client().start(new PaymentStart(Protocol.VERSION, intent.id(), sale, Wallet.WECHAT, code, fen, "t"));
        waitUntil(() -> bench.client().poll(intent.id(), 0).state() == PaymentState.PAID);
        assertThat(payments.journal().find(intent.id()).orElseThrow().state()).isEqualTo(IntentState.NEW);
        return intent;
    }

    /** What the sale's commit does for its code payments: every intent tied to the sale, in one transaction. */
    private void commitSale(PaymentIntent... paid) {
        UUID sale = paid[0].saleId();
        UUID completed = UUID.randomUUID();
        bench.terminal.store().inTransactionRun(tx -> {
            for (PaymentIntent p : paid) {
                PaymentJournal.attachSale(tx, p.id(), completed, "R-" + sale);
            }
        });
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
