package cn.suanpan.cloud.payment.reconcile;

import static cn.suanpan.cloud.store.schema.Tables.CLOUD_PAYMENT;
import static cn.suanpan.cloud.store.schema.Tables.CLOUD_REFUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.CloudService;
import cn.suanpan.cloud.miniprogram.LocalWeChatLogin;
import cn.suanpan.cloud.orders.Notifier;
import cn.suanpan.cloud.payment.PaymentService;
import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.GatewayUnavailable;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.cloud.payment.testing.SimFixture;
import cn.suanpan.cloud.payment.unionpay.UnionPayConfig;
import cn.suanpan.cloud.payment.unionpay.UnionPayGateway;
import cn.suanpan.cloud.payment.unionpay.UnionPaySigner;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.MerchantKit.QrcMerchant;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.paysim.state.SimOrder;
import cn.suanpan.paysim.unionpay.UnionPaySim;
import cn.suanpan.sync.protocol.PaymentCancel;
import cn.suanpan.sync.protocol.PaymentPoll;
import cn.suanpan.sync.protocol.PaymentRefund;
import cn.suanpan.sync.protocol.PaymentStart;
import cn.suanpan.sync.protocol.PaymentState;
import cn.suanpan.sync.protocol.PaymentStatus;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.RefundStatus;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cloud node taking UnionPay (云闪付) and e-CNY codes through the simulated acquirer over
 * loopback, its days reconciled against the two merchants' settlement files, fetched by
 * file transfer the next morning. Payments happen on 25 November 2026.
 */
class UnionPayReconciliationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private SimFixture fx;
    private UnionPayGateway unionpay;
    private UnionPayGateway ecny;
    private CloudService cloud;
    private PaymentService payments;
    private DailyReconciliation reconciliation;
    private UUID shop;
    private final UUID terminal = UUID.randomUUID();

    @BeforeEach
    void start() {
        fx = new SimFixture();
        unionpay = gateway(Wallet.UNIONPAY, null);
        ecny = gateway(Wallet.ECNY, null);
        cloud = CloudService.start(new CloudConfig("127.0.0.1", 0, dir, CloudStore.Connection.embedded(dir), "token", false,
                        dir.resolve(CloudConfig.SECRETS_KEY_FILE)), fx.time, UnaryOperator.identity(), Notifier.LOG,
                new LocalWeChatLogin(), (store, clock) -> List.of(unionpay, ecny));
        payments = cloud.payments();
        reconciliation = cloud.reconciliation();
        shop = cloud.shops().create("S1", "一号店", "Shop one", BEIJING).id();
    }

    @AfterEach
    void stop() throws Exception {
        cloud.close();
        fx.close();
    }

    private UnionPayGateway gateway(Wallet wallet, PrivateKey key) {
        MerchantKit kit = SimFixture.kit();
        QrcMerchant m = wallet == Wallet.ECNY ? kit.ecny() : kit.unionpay();
        return new UnionPayGateway(UnionPayConfig.of(wallet, fx.sim.unionpayBaseUrl(), m.merId(), m.certId(),
                        key != null ? key : UnionPaySigner.privateKey(m.merchantPrivateKey()),
                        UnionPaySigner.publicKey(kit.acquirerPublicKey()), ProviderHttp.tls(null, null, kit.serverCertificate()))
                .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT), fx.time, fx.time.sleeper());
    }

    // ---- paying through the cloud, as the terminals do (intent ids are UUIDv7, as the acquirer needs)

    private PaymentStatus pay(UUID sale, Wallet wallet, String code, long fen) {
        UUID intent = Ids.uuidV7(fx.time);
        payments.start(terminal, shop, new PaymentStart(Protocol.VERSION, intent, sale, wallet, code, fen, "测试"));
        return settled(intent);
    }

    private PaymentStatus pay(Wallet wallet, long fen) {
        PaymentStatus s = pay(UUID.randomUUID(), wallet, code(wallet), fen);
        assertThat(s.state()).isEqualTo(PaymentState.PAID);
        return s;
    }

    private PaymentStatus settled(UUID intent) {
        PaymentStatus s = payments.status(terminal, intent);
        for (int i = 0; i < 20 && !s.state().isFinal(); i++) {
            s = payments.poll(terminal, new PaymentPoll(Protocol.VERSION, intent, 5));
        }
        assertThat(s.state().isFinal()).as("payment %s settled", intent).isTrue();
        return s;
    }

    private PaymentStatus cancelled(Wallet wallet, Scenario.Kind kind, long fen) {
        String code = code(wallet);
        fx.sim.faults().set(code, Scenario.of(kind));
        UUID intent = Ids.uuidV7(fx.time);
        payments.start(terminal, shop, new PaymentStart(Protocol.VERSION, intent, UUID.randomUUID(), wallet, code, fen, "测试"));
        PaymentStatus s = payments.status(terminal, intent);
        for (int i = 0; i < 40 && s.state() != PaymentState.WAITING_FOR_CUSTOMER; i++) {
            s = payments.poll(terminal, new PaymentPoll(Protocol.VERSION, intent, 1));
        }
        assertThat(s.state()).isEqualTo(PaymentState.WAITING_FOR_CUSTOMER);
        payments.cancel(terminal, new PaymentCancel(Protocol.VERSION, intent));
        return settled(intent);
    }

    private RefundStatus refund(PaymentStatus paid, long fen) {
        RefundStatus r = payments.refund(terminal, new PaymentRefund(Protocol.VERSION, paid.intentId(), UUID.randomUUID(), fen,
                "退货"));
        assertThat(r.state()).isEqualTo(RefundStatus.REFUNDED);
        return r;
    }

    private static String code(Wallet wallet) {
        return wallet == Wallet.ECNY ? SimFixture.ecnyCode() : SimFixture.unionpayCode();
    }

    private void nextDayAt(LocalDate day, LocalTime time) {
        Instant at = day.plusDays(1).atTime(time).atZone(BEIJING).toInstant();
        fx.time.advance(Duration.between(fx.time.instant(), at));
    }

    private static DayReport.WalletDay wallet(DayReport r, Wallet w) {
        return r.wallets().stream().filter(d -> d.wallet() == w).findFirst().orElseThrow();
    }

    // ---- the day

    @Test
    void aDayOfUnionPayAndECnyPaymentsAndRefundsReconcilesClean() {
        PaymentStatus coffee = pay(Wallet.UNIONPAY, 1250);
        pay(Wallet.UNIONPAY, 800);
        refund(coffee, 250);
        PaymentStatus lunch = pay(Wallet.ECNY, 3300);
        refund(lunch, 300);
        refund(lunch, 3000);
        // called off before the customer confirms: nothing taken, nothing in the file
        assertThat(cancelled(Wallet.UNIONPAY, Scenario.Kind.NEVER_CONFIRMS, 600).state()).isEqualTo(PaymentState.REVERSED);
        // the confirmation overtakes the reverse: taken, and refunded by the gateway at once (<intent>-R)
        PaymentStatus overtaken = cancelled(Wallet.ECNY, Scenario.Kind.PAID_AFTER_REVERSE, 450);
        assertThat(overtaken.state()).isEqualTo(PaymentState.REVERSED);
        assertThat(reconciliation.wallets()).containsExactlyInAnyOrder(Wallet.UNIONPAY, Wallet.ECNY);
        nextDayAt(DAY, LocalTime.of(10, 0));
        DayReport report = reconciliation.run(shop, DAY);

        assertThat(report.state()).isEqualTo("CLEAN");
        assertThat(report.needAttention()).isZero();
        // UnionPay: 2 payments and the refund; e-CNY: 1 payment, 2 refunds
        assertThat(wallet(report, Wallet.UNIONPAY)).extracting(DayReport.WalletDay::state, DayReport.WalletDay::matched)
                .containsExactly("CLEAN", 3);
        assertThat(wallet(report, Wallet.ECNY)).extracting(DayReport.WalletDay::state, DayReport.WalletDay::matched)
                .containsExactly("CLEAN", 3);
        assertThat(report.items()).extracting(DayReport.Item::kind, DayReport.Item::wallet, DayReport.Item::outTradeNo,
                        DayReport.Item::theirsFen, DayReport.Item::needsAttention)
                .containsExactly(tuple("REVERSED_AT_PROVIDER", Wallet.ECNY, overtaken.intentId().toString(), 450L, false));
    }

    @Test
    void everyKindOfMismatchIsListed() {
        // an amount the cloud got wrong
        PaymentStatus tea = pay(Wallet.UNIONPAY, 1000);
        cloud.store().dsl().update(CLOUD_PAYMENT).set(CLOUD_PAYMENT.AMOUNT_FEN, 1200L)
                .where(CLOUD_PAYMENT.INTENT_ID.eq(tea.intentId())).execute();
        // paid at the wallet, unknown to the cloud
        String stray = Ids.uuidV7(fx.time).toString();
        assertThat(ecny.charge(new Charge(stray, SimFixture.ecnyCode(), Money.ofFen(500), "?", "T9"), left -> { },
                fx.time.patient())).isInstanceOf(ChargeOutcome.Paid.class);
        // recorded by the cloud at UnionPay, but taken by the e-CNY merchant: missing at one, unknown at the other
        PaymentStatus moved = pay(Wallet.ECNY, 700);
        cloud.store().dsl().update(CLOUD_PAYMENT).set(CLOUD_PAYMENT.WALLET, Wallet.UNIONPAY.name())
                .where(CLOUD_PAYMENT.INTENT_ID.eq(moved.intentId())).execute();
        // a refund made at the wallet that the cloud has no record of
        PaymentStatus cake = pay(Wallet.ECNY, 2000);
        assertThat(ecny.refund(new Refund(cake.intentId().toString(), "byhand0001", Money.ofFen(2000), Money.ofFen(300), "")))
                .isInstanceOf(RefundOutcome.Refunded.class);
        // a refund the cloud records as made that the wallet never made
        PaymentStatus bread = pay(Wallet.UNIONPAY, 1500);
        UUID phantom = UUID.randomUUID();
        Instant now = fx.time.instant();
        cloud.store().dsl().insertInto(CLOUD_REFUND).set(CLOUD_REFUND.REFUND_ID, phantom).set(CLOUD_REFUND.TERMINAL_ID, terminal)
                .set(CLOUD_REFUND.INTENT_ID, bread.intentId()).set(CLOUD_REFUND.AMOUNT_FEN, 200L).set(CLOUD_REFUND.REASON, "退货")
                .set(CLOUD_REFUND.STATE, "REFUNDED").set(CLOUD_REFUND.CREATED_AT, now).set(CLOUD_REFUND.UPDATED_AT, now).execute();

        nextDayAt(DAY, LocalTime.of(10, 30));
        DayReport report = reconciliation.run(shop, DAY);

        assertThat(report.state()).isEqualTo("MISMATCHED");
        assertThat(report.items()).extracting(DayReport.Item::kind, DayReport.Item::wallet, DayReport.Item::outTradeNo,
                        DayReport.Item::refundNo, DayReport.Item::oursFen, DayReport.Item::theirsFen)
                .containsExactlyInAnyOrder(
                        tuple("AMOUNT_DIFFERS", Wallet.UNIONPAY, tea.intentId().toString(), null, 1200L, 1000L),
                        tuple("MISSING_IN_LEDGER", Wallet.ECNY, stray, null, null, 500L),
                        tuple("MISSING_AT_PROVIDER", Wallet.UNIONPAY, moved.intentId().toString(), null, 700L, null),
                        tuple("MISSING_IN_LEDGER", Wallet.ECNY, moved.intentId().toString(), null, null, 700L),
                        tuple("REFUND_MISMATCH", Wallet.ECNY, cake.intentId().toString(), "byhand0001", null, 300L),
                        tuple("REFUND_MISMATCH", Wallet.UNIONPAY, bread.intentId().toString(), phantom.toString(), 200L, null));
        assertThat(report.needAttention()).isEqualTo(6);
        // UnionPay: the bread; e-CNY: the cake
        assertThat(wallet(report, Wallet.UNIONPAY).matched()).isEqualTo(1);
        assertThat(wallet(report, Wallet.ECNY).matched()).isEqualTo(1);
    }

    @Test
    void aFileNotMadeYetIsTriedAgainLater() {
        pay(Wallet.UNIONPAY, 1800);
        pay(Wallet.ECNY, 2600);

        nextDayAt(DAY, LocalTime.of(8, 0));
        DayReport early = reconciliation.run(shop, DAY);
        assertThat(early.wallets()).allSatisfy(w -> assertThat(w.state()).isEqualTo("NOT_YET"));
        assertThat(wallet(early, Wallet.ECNY).detail()).contains("98");

        fx.time.advance(Duration.ofMinutes(65));
        assertThat(reconciliation.runDue()).isEqualTo(2);
        assertThat(reconciliation.report(shop, DAY).orElseThrow()).extracting(DayReport::state, DayReport::matched)
                .containsExactly("CLEAN", 2);
    }

    @Test
    void aGarbledFileIsRefusedWithAClearErrorAndChangesNothing() {
        pay(Wallet.UNIONPAY, 1800);
        nextDayAt(DAY, LocalTime.of(10, 0));
        DayReport clean = reconciliation.run(shop, DAY);
        assertThat(clean.state()).isEqualTo("CLEAN");

        // an order number holding the file's separator garbles the lines of both days
        Instant paidAt = DAY.atTime(15, 0).atZone(BEIJING).toInstant();
        Instant nextPaidAt = DAY.plusDays(1).atTime(15, 0).atZone(BEIJING).toInstant();
        for (Instant at : List.of(paidAt, nextPaidAt)) {
            String no = "bad|order" + at.getEpochSecond();
            fx.sim.state().update(UnionPaySim.UNIONPAY, no, o -> new SimOrder(UnionPaySim.UNIONPAY, no, "24" + at.getEpochSecond(),
                    SimFixture.unionpayCode(), 100, null, at, SimOrder.Status.SUCCESS, null, at, null, Scenario.NORMAL, 0,
                    List.of()));
        }

        // the day compared already keeps its report
        DayReport again = reconciliation.run(shop, DAY);
        assertThat(wallet(again, Wallet.UNIONPAY)).isEqualTo(wallet(clean, Wallet.UNIONPAY));

        // a day never compared fails, saying why, and the other merchant's file is read as usual
        LocalDate next = DAY.plusDays(1);
        nextDayAt(next, LocalTime.of(10, 0));
        DayReport failed = reconciliation.run(shop, next);
        assertThat(wallet(failed, Wallet.UNIONPAY).state()).isEqualTo("FAILED");
        assertThat(wallet(failed, Wallet.UNIONPAY).detail()).contains("line 2", "10 fields, not 9");
        assertThat(wallet(failed, Wallet.ECNY).state()).isEqualTo("CLEAN");
    }

    @Test
    void aFileRequestSignedWithAnotherKeyIsRefused() {
        pay(Wallet.UNIONPAY, 1800);
        nextDayAt(DAY, LocalTime.of(10, 0));
        // the e-CNY merchant's key under the UnionPay merchant's number
        UnionPayGateway forged = gateway(Wallet.UNIONPAY,
                UnionPaySigner.privateKey(SimFixture.kit().ecny().merchantPrivateKey()));
        assertThatThrownBy(() -> forged.bill(DAY)).isInstanceOf(GatewayUnavailable.class).hasMessageContaining("11");
        assertThat(unionpay.bill(DAY)).isInstanceOfSatisfying(Bill.Lines.class, b -> assertThat(b.lines()).hasSize(1));
    }

    @Test
    void theParserTellsTheKindsOfLinesAndRefusesAFileCutShortOrOfAnotherDay() {
        String merId = SimFixture.kit().unionpay().merId();
        String pay = "0192f2a4b6c87d0e8f1a2b3c4d5e6f70";
        String file = "H|" + merId + "|20261125|3\r\n"
                + "D|01|" + pay + "||20261125101500|1250|241125101500000001||20261125\r\n"
                + "D|04|0192f2a4c0007d0e8f1a2b3c4d5e6f71|" + pay + "|20261125110000|250|24112510150000000101|241125101500000001|20261125\r\n"
                + "D|99|" + pay + "V|" + pay + "|20261125120000|1000|241125101500000001V|241125101500000001|20261125\r\n"
                + "T|3|1250|1250\r\n";
        List<BillLine> lines = UnionPayBillParser.parse(Wallet.UNIONPAY, merId, DAY, file);
        assertThat(lines).extracting(BillLine::kind, BillLine::outTradeNo, BillLine::refundNo, l -> l.amount().fen())
                .containsExactly(
                        tuple(LedgerEntry.Kind.PAY, "0192f2a4-b6c8-7d0e-8f1a-2b3c4d5e6f70", null, 1250L),
                        tuple(LedgerEntry.Kind.REFUND, "0192f2a4-b6c8-7d0e-8f1a-2b3c4d5e6f70",
                                "0192f2a4-c000-7d0e-8f1a-2b3c4d5e6f71", 250L),
                        tuple(LedgerEntry.Kind.REFUND, "0192f2a4-b6c8-7d0e-8f1a-2b3c4d5e6f70",
                                "0192f2a4-b6c8-7d0e-8f1a-2b3c4d5e6f70-V", 1000L));
        assertThat(lines.getFirst().at()).isEqualTo(DAY.atTime(10, 15).atZone(BEIJING).toInstant());

        String cut = file.substring(0, file.indexOf("D|99"));
        assertThatThrownBy(() -> UnionPayBillParser.parse(Wallet.UNIONPAY, merId, DAY, cut))
                .isInstanceOf(BillFormatException.class).hasMessageContaining("no trailer");
        String dropped = file.replace(file.substring(file.indexOf("D|99"), file.indexOf("T|")), "");
        assertThatThrownBy(() -> UnionPayBillParser.parse(Wallet.UNIONPAY, merId, DAY, dropped))
                .isInstanceOf(BillFormatException.class).hasMessageContaining("counts 3/3 lines, it has 2");
        assertThatThrownBy(() -> UnionPayBillParser.parse(Wallet.UNIONPAY, merId, DAY.plusDays(1), file))
                .isInstanceOf(BillFormatException.class).hasMessageContaining("not " + merId + " on 20261126");
        assertThatThrownBy(() -> UnionPayBillParser.parse(Wallet.UNIONPAY, merId, DAY, file.replace("|1250|2411", "|12.50|2411")))
                .isInstanceOf(BillFormatException.class).hasMessageContaining("not an amount in fen: 12.50");
    }
}
