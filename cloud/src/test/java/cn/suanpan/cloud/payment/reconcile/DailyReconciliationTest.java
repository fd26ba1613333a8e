package cn.suanpan.cloud.payment.reconcile;

import static cn.suanpan.cloud.store.schema.Tables.CLOUD_PAYMENT;
import static cn.suanpan.cloud.store.schema.Tables.CLOUD_REFUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.CloudService;
import cn.suanpan.cloud.miniprogram.LocalWeChatLogin;
import cn.suanpan.cloud.orders.Notifier;
import cn.suanpan.cloud.payment.PaymentService;
import cn.suanpan.cloud.payment.alipay.AlipayConfig;
import cn.suanpan.cloud.payment.alipay.AlipayGateway;
import cn.suanpan.cloud.payment.alipay.AlipaySigner;
import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.cloud.payment.testing.SimFixture;
import cn.suanpan.cloud.payment.wechat.WeChatConfig;
import cn.suanpan.cloud.payment.wechat.WeChatGateway;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.sync.protocol.PaymentCancel;
import cn.suanpan.sync.protocol.PaymentPoll;
import cn.suanpan.sync.protocol.PaymentRefund;
import cn.suanpan.sync.protocol.PaymentStart;
import cn.suanpan.sync.protocol.PaymentState;
import cn.suanpan.sync.protocol.PaymentStatus;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.RefundStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
 * A cloud node whose code payments go to the wallet simulator over HTTPS, its days
 * reconciled against the bills the simulator makes in the wallets' own formats. One clock
 * for both: the payments happen on 25 November 2026, the bills are fetched the next morning.
 */
class DailyReconciliationTest {

    protected static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String TOKEN = "reconcile-admin-token";

    @TempDir
    Path dir;

    protected SimFixture fx;
    private WeChatGateway wechat;
    private AlipayGateway alipay;
    protected CloudService cloud;
    private PaymentService payments;
    protected DailyReconciliation reconciliation;
    protected UUID shop;
    private final UUID terminal = UUID.randomUUID();

    /** The node's database: H2 in the test's folder here; PostgreSQL in {@link PostgresDailyReconciliationTest}. */
    protected CloudStore.Connection database(Path dir) throws Exception {
        return CloudStore.Connection.embedded(dir);
    }

    protected void closeDatabase() throws Exception {
    }

    /** A node of the cloud on {@code database}, its wallets the simulator's. */
    protected CloudService node(Path nodeDir, CloudStore.Connection database) {
        return CloudService.start(new CloudConfig("127.0.0.1", 0, nodeDir, database, TOKEN, false,
                        dir.resolve(CloudConfig.SECRETS_KEY_FILE)), fx.time, UnaryOperator.identity(), Notifier.LOG,
                new LocalWeChatLogin(), (store, clock) -> List.of(wechat, alipay));
    }

    @BeforeEach
    void start() throws Exception {
        fx = new SimFixture();
        MerchantKit kit = SimFixture.kit();
        wechat = new WeChatGateway(WeChatConfig.of(fx.sim.wechatBaseUrl(), kit.wechatAppId(), kit.wechatMchId(),
                        kit.wechatApiKey(), ProviderHttp.tls(kit.merchantKeystore(), kit.wechatMchId().toCharArray(),
                                kit.serverCertificate()))
                .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT), fx.time, fx.time.sleeper());
        alipay = new AlipayGateway(AlipayConfig.of(fx.sim.alipayGatewayUrl(), kit.alipayAppId(),
                        AlipaySigner.privateKey(kit.merchantAlipayPrivateKey()), AlipaySigner.publicKey(kit.alipayPublicKey()),
                        ProviderHttp.tls(null, null, kit.serverCertificate()))
                .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT), fx.time, fx.time.sleeper());
        cloud = node(dir, database(dir));
        payments = cloud.payments();
        reconciliation = cloud.reconciliation();
        shop = cloud.shops().create("S1", "一号店", "Shop one", BEIJING).id();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            cloud.close();
            fx.close();
        } finally {
            closeDatabase();
        }
    }

    // ---- paying through the cloud, as the terminals do

    private PaymentStatus pay(UUID shopId, UUID sale, Wallet wallet, String code, long fen) {
        UUID intent = UUID.randomUUID();
        payments.start(terminal, shopId, new PaymentStart(Protocol.VERSION, intent, sale, wallet, code, fen, "测试"));
        return settled(intent);
    }

    protected PaymentStatus pay(Wallet wallet, long fen) {
        return pay(shop, UUID.randomUUID(), wallet, code(wallet), fen);
    }

    private PaymentStatus settled(UUID intent) {
        PaymentStatus s = payments.status(terminal, intent);
        for (int i = 0; i < 20 && !s.state().isFinal(); i++) {
            s = payments.poll(terminal, new PaymentPoll(Protocol.VERSION, intent, 5));
        }
        assertThat(s.state().isFinal()).as("payment %s settled", intent).isTrue();
        return s;
    }

    /** A payment the customer does not confirm; the cashier cancels once the cloud waits for the customer. */
    private PaymentStatus cancelled(Wallet wallet, Scenario.Kind kind, long fen) {
        String code = code(wallet);
        fx.sim.faults().set(code, Scenario.of(kind));
        UUID intent = UUID.randomUUID();
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

    private void waitUntilRefunded(UUID intent) {
        for (int i = 0; i < 300; i++) {
            String state = cloud.store().dsl().select(CLOUD_REFUND.STATE).from(CLOUD_REFUND)
                    .where(CLOUD_REFUND.INTENT_ID.eq(intent)).fetchOne(CLOUD_REFUND.STATE);
            if ("REFUNDED".equals(state)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the refund of " + intent + " was not made");
    }

    private static String code(Wallet wallet) {
        return wallet == Wallet.WECHAT ? SimFixture.wechatCode() : SimFixture.alipayCode();
    }

    /** The clock to {@code time} Beijing time on the day after {@code day}. */
    protected void nextDayAt(LocalDate day, LocalTime time) {
        Instant at = day.plusDays(1).atTime(time).atZone(BEIJING).toInstant();
        fx.time.advance(Duration.between(fx.time.instant(), at));
    }

    private static DayReport.WalletDay wallet(DayReport r, Wallet w) {
        return r.wallets().stream().filter(d -> d.wallet() == w).findFirst().orElseThrow();
    }

    // ---- the day

    @Test
    void aDayOfPaidRefundedAndReversedPaymentsReconcilesClean() {
        PaymentStatus coffee = pay(Wallet.WECHAT, 1250);
        pay(Wallet.WECHAT, 800);
        refund(coffee, 250);
        PaymentStatus lunch = pay(Wallet.ALIPAY, 3300);
        refund(lunch, 300);
        refund(lunch, 3000);
        // the cashier gives up before the customer confirms: nothing is taken
        assertThat(cancelled(Wallet.WECHAT, Scenario.Kind.NEVER_CONFIRMS, 600).state()).isEqualTo(PaymentState.REVERSED);
        // the customer's confirmation overtakes the cancel: taken, and given back by the gateway at once
        PaymentStatus overtaken = cancelled(Wallet.ALIPAY, Scenario.Kind.PAID_AFTER_REVERSE, 450);
        assertThat(overtaken.state()).isEqualTo(PaymentState.REVERSED);
        // a sale paid twice: a second charge started while the first was still under way (its
        // answer late); the cloud refunds the one that finished second itself (a second payment
        // started after the first was final is a split tender, ADR 23)
        UUID sale = UUID.randomUUID();
        String late = SimFixture.wechatCode();
        fx.sim.faults().set(late, Scenario.of(Scenario.Kind.SLOW_RESPONSE));
        UUID first = UUID.randomUUID();
        payments.start(terminal, shop, new PaymentStart(Protocol.VERSION, first, sale, Wallet.WECHAT, late, 990, "测试"));
        fx.time.advance(Duration.ofSeconds(1));
        assertThat(pay(shop, sale, Wallet.WECHAT, SimFixture.wechatCode(), 990).state()).isEqualTo(PaymentState.PAID);
        PaymentStatus twice = settled(first);
        assertThat(twice.state()).isEqualTo(PaymentState.REVERSED);
        // the terminal may hear "reversed" before the wallet confirms the refund
        waitUntilRefunded(twice.intentId());
        // a code the wallet refuses moves no money
        String poor = SimFixture.alipayCode();
        fx.sim.faults().set(poor, Scenario.of(Scenario.Kind.INSUFFICIENT_BALANCE));
        assertThat(pay(shop, UUID.randomUUID(), Wallet.ALIPAY, poor, 100).state()).isEqualTo(PaymentState.FAILED);

        nextDayAt(DAY, LocalTime.of(10, 0));
        DayReport report = reconciliation.run(shop, DAY);

        assertThat(report.state()).isEqualTo("CLEAN");
        assertThat(report.needAttention()).isZero();
        // WeChat: 3 payments (two of them the one sale), the refund and the automatic one; Alipay: 1 payment, 2 refunds
        assertThat(wallet(report, Wallet.WECHAT)).extracting(DayReport.WalletDay::state, DayReport.WalletDay::matched)
                .containsExactly("CLEAN", 6);
        assertThat(wallet(report, Wallet.ALIPAY)).extracting(DayReport.WalletDay::state, DayReport.WalletDay::matched)
                .containsExactly("CLEAN", 3);
        assertThat(report.matched()).isEqualTo(9);
        // the payment given back in full at the wallet is listed for the record only
        assertThat(report.items()).extracting(DayReport.Item::kind, DayReport.Item::wallet, DayReport.Item::outTradeNo,
                        DayReport.Item::theirsFen, DayReport.Item::needsAttention)
                .containsExactly(tuple("REVERSED_AT_PROVIDER", Wallet.ALIPAY, overtaken.intentId().toString(), 450L, false));
        assertThat(reconciliation.report(shop, DAY)).contains(report);
    }

    @Test
    void everyMismatchIsListedAndOtherShopsPaymentsAreLeftToThem() {
        // an amount the cloud got wrong
        PaymentStatus tea = pay(Wallet.WECHAT, 1000);
        cloud.store().dsl().update(CLOUD_PAYMENT).set(CLOUD_PAYMENT.AMOUNT_FEN, 1200L)
                .where(CLOUD_PAYMENT.INTENT_ID.eq(tea.intentId())).execute();
        // taken at the wallet, unknown to the cloud
        String stray = UUID.randomUUID().toString();
        assertThat(wechat.charge(new Charge(stray, SimFixture.wechatCode(), Money.ofFen(500), "?", "T9"), left -> { },
                fx.time.patient())).isInstanceOf(ChargeOutcome.Paid.class);
        // a refund made at the wallet that the cloud has no record of
        PaymentStatus cake = pay(Wallet.ALIPAY, 2000);
        assertThat(alipay.refund(new Refund(cake.intentId().toString(), "by-hand-1", Money.ofFen(2000), Money.ofFen(300), "")))
                .isInstanceOf(RefundOutcome.Refunded.class);
        // a refund the cloud records as made that the wallet never made
        PaymentStatus bread = pay(Wallet.ALIPAY, 1500);
        UUID phantom = UUID.randomUUID();
        Instant now = fx.time.instant();
        cloud.store().dsl().insertInto(CLOUD_REFUND).set(CLOUD_REFUND.REFUND_ID, phantom).set(CLOUD_REFUND.TERMINAL_ID, terminal)
                .set(CLOUD_REFUND.INTENT_ID, bread.intentId()).set(CLOUD_REFUND.AMOUNT_FEN, 200L).set(CLOUD_REFUND.REASON, "退货")
                .set(CLOUD_REFUND.STATE, "REFUNDED").set(CLOUD_REFUND.CREATED_AT, now).set(CLOUD_REFUND.UPDATED_AT, now).execute();
        // the same merchant account takes another shop's payments
        UUID other = cloud.shops().create("S2", "二号店", "Shop two", BEIJING).id();
        PaymentStatus elsewhere = pay(other, UUID.randomUUID(), Wallet.WECHAT, SimFixture.wechatCode(), 700);
        pay(Wallet.WECHAT, 300);

        nextDayAt(DAY, LocalTime.of(10, 30));
        DayReport report = reconciliation.run(shop, DAY);

        assertThat(report.state()).isEqualTo("MISMATCHED");
        assertThat(report.items()).extracting(DayReport.Item::kind, DayReport.Item::wallet, DayReport.Item::outTradeNo,
                        DayReport.Item::refundNo, DayReport.Item::oursFen, DayReport.Item::theirsFen)
                .containsExactlyInAnyOrder(
                        tuple("AMOUNT_DIFFERS", Wallet.WECHAT, tea.intentId().toString(), null, 1200L, 1000L),
                        tuple("MISSING_IN_LEDGER", Wallet.WECHAT, stray, null, null, 500L),
                        tuple("REFUND_MISMATCH", Wallet.ALIPAY, cake.intentId().toString(), "by-hand-1", null, 300L),
                        tuple("REFUND_MISMATCH", Wallet.ALIPAY, bread.intentId().toString(), phantom.toString(), 200L, null));
        assertThat(report.items()).allMatch(DayReport.Item::needsAttention)
                .extracting(DayReport.Item::messageKey).contains("payment.reconcile.amountDiffers",
                        "payment.reconcile.missingInLedger", "payment.reconcile.refundMismatch");
        assertThat(report.needAttention()).isEqualTo(4);
        // WeChat: the 3.00 payment; Alipay: the two payments
        assertThat(wallet(report, Wallet.WECHAT).matched()).isEqualTo(1);
        assertThat(wallet(report, Wallet.ALIPAY).matched()).isEqualTo(2);
        assertThat(report.items()).noneMatch(i -> i.outTradeNo().equals(elsewhere.intentId().toString()));

        // the other shop matches its own payment; nobody can say whose the stray one was, so it is listed there too
        DayReport theirs = reconciliation.run(other, DAY);
        assertThat(wallet(theirs, Wallet.WECHAT).matched()).isEqualTo(1);
        assertThat(theirs.items()).extracting(DayReport.Item::kind, DayReport.Item::outTradeNo)
                .containsExactly(tuple("MISSING_IN_LEDGER", stray));
    }

    @Test
    void aBillNotMadeYetIsRecordedAndCompletedLater() {
        pay(Wallet.WECHAT, 1800);
        pay(Wallet.ALIPAY, 2600);

        // 08:00 the next morning: neither wallet has made the bill
        nextDayAt(DAY, LocalTime.of(8, 0));
        DayReport early = reconciliation.run(shop, DAY);
        assertThat(early.state()).isEqualTo("NOT_YET");
        assertThat(early.wallets()).allSatisfy(w -> {
            assertThat(w.state()).isEqualTo("NOT_YET");
            assertThat(w.messageKey()).isEqualTo("payment.reconcile.notYet");
            assertThat(w.nextTryAt()).isEqualTo(fx.time.instant().plus(Duration.ofHours(1)));
        });
        assertThat(wallet(early, Wallet.WECHAT).detail()).contains("Bill Creating");
        assertThat(wallet(early, Wallet.ALIPAY).detail()).contains("账单不存在");

        // the round before the hour to try again does nothing
        fx.time.advance(Duration.ofMinutes(30));
        assertThat(reconciliation.runDue()).isZero();
        // an hour later the bills are there (from 9:00)
        fx.time.advance(Duration.ofMinutes(35));
        assertThat(reconciliation.runDue()).isEqualTo(2);
        DayReport done = reconciliation.report(shop, DAY).orElseThrow();
        assertThat(done.state()).isEqualTo("CLEAN");
        assertThat(done.matched()).isEqualTo(2);
        assertThat(done.wallets()).allSatisfy(w -> {
            assertThat(w.attempts()).isEqualTo(2);
            assertThat(w.nextTryAt()).isNull();
        });
        assertThat(reconciliation.runDue()).isZero();
    }

    @Test
    void theRoundChecksYesterdayFromTenOClockOnce() {
        pay(Wallet.WECHAT, 500);
        nextDayAt(DAY, LocalTime.of(9, 59));
        assertThat(reconciliation.runDue()).isZero();
        assertThat(reconciliation.report(shop, DAY)).isEmpty();

        fx.time.advance(Duration.ofMinutes(1));
        assertThat(reconciliation.runDue()).isEqualTo(2);
        assertThat(reconciliation.report(shop, DAY).orElseThrow().state()).isEqualTo("CLEAN");
        assertThat(reconciliation.runDue()).isZero();

        // a quiet day: WeChat Pay has "No Bill Exist", Alipay an empty bill — clean, once the bills are due
        LocalDate quiet = DAY.plusDays(1);
        nextDayAt(quiet, LocalTime.of(9, 30));
        DayReport early = reconciliation.run(shop, quiet);
        assertThat(wallet(early, Wallet.WECHAT).state()).as("no bill before 10:00 may be no bill yet").isEqualTo("NOT_YET");
        assertThat(wallet(early, Wallet.ALIPAY).state()).isEqualTo("CLEAN");
        fx.time.advance(Duration.ofMinutes(30));
        assertThat(reconciliation.runDue()).isZero();
        fx.time.advance(Duration.ofMinutes(30));
        assertThat(reconciliation.runDue()).isEqualTo(1);
        assertThat(reconciliation.report(shop, quiet).orElseThrow()).extracting(DayReport::state, DayReport::matched)
                .containsExactly("CLEAN", 0);
    }

    @Test
    void aWalletOutOfReachIsTriedAgainAndAFinishedDayKeepsItsReport() {
        pay(Wallet.WECHAT, 1100);
        nextDayAt(DAY, LocalTime.of(11, 0));
        // WeChat Pay's answer to the bill request is lost
        fx.sim.faults().loseNext(1);
        DayReport first = reconciliation.run(shop, DAY);
        assertThat(first.state()).isEqualTo("FAILED");
        assertThat(wallet(first, Wallet.WECHAT).detail()).contains("502");
        assertThat(wallet(first, Wallet.ALIPAY).state()).isEqualTo("CLEAN");

        fx.time.advance(Duration.ofHours(1));
        assertThat(reconciliation.runDue()).isEqualTo(1);
        DayReport later = reconciliation.report(shop, DAY).orElseThrow();
        assertThat(later.state()).isEqualTo("CLEAN");
        assertThat(wallet(later, Wallet.WECHAT).matched()).isEqualTo(1);

        // asked again while the wallet is out of reach: the day's report at that wallet stands
        fx.sim.faults().loseNext(1);
        DayReport again = reconciliation.run(shop, DAY);
        assertThat(again.state()).isEqualTo("CLEAN");
        assertThat(wallet(again, Wallet.WECHAT)).isEqualTo(wallet(later, Wallet.WECHAT));
    }

    // ---- the admin's API

    @Test
    void theAdminReadsAndRunsTheDayOverHttp() throws Exception {
        PaymentStatus paid = pay(Wallet.WECHAT, 1250);
        String stray = UUID.randomUUID().toString();
        wechat.charge(new Charge(stray, SimFixture.wechatCode(), Money.ofFen(640), "?", "T9"), left -> { }, fx.time.patient());
        nextDayAt(DAY, LocalTime.of(10, 15));
        String path = "/api/admin/v1/shops/S1/reconciliations/2026-11-25";

        assertThat(call("POST", path, null).statusCode()).as("no token").isEqualTo(403);
        assertThat(call("GET", path, "wrong").statusCode()).as("wrong token").isEqualTo(403);
        HttpResponse<String> none = call("GET", path, TOKEN);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("not_found");

        HttpResponse<String> ran = call("POST", path, TOKEN);
        assertThat(ran.statusCode()).isEqualTo(200);
        HttpResponse<String> read = call("GET", path, TOKEN);
        assertThat(read.statusCode()).isEqualTo(200);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(read.body())).isEqualTo(json.readTree(ran.body()));
        JsonNode report = json.readTree(read.body());
        assertThat(report.get("billDate").asText()).isEqualTo("2026-11-25");
        assertThat(report.get("state").asText()).isEqualTo("MISMATCHED");
        assertThat(report.get("matched").asInt()).isEqualTo(1);
        assertThat(report.get("needAttention").asInt()).isEqualTo(1);
        assertThat(report.get("wallets")).extracting(w -> w.get("wallet").asText()).containsExactlyInAnyOrder("WECHAT", "ALIPAY");
        JsonNode item = report.get("items").get(0);
        assertThat(item.get("kind").asText()).isEqualTo("MISSING_IN_LEDGER");
        assertThat(item.get("wallet").asText()).isEqualTo("WECHAT");
        assertThat(item.get("outTradeNo").asText()).isEqualTo(stray);
        assertThat(item.get("oursFen").isNull()).isTrue();
        assertThat(item.get("theirsFen").asLong()).isEqualTo(640);
        assertThat(item.get("messageKey").asText()).isEqualTo("payment.reconcile.missingInLedger");
        assertThat(read.body()).doesNotContain(paid.intentId().toString());

        assertThat(call("POST", "/api/admin/v1/shops/S1/reconciliations/2026-11-26", TOKEN).statusCode())
                .as("today is not over").isEqualTo(400);
        assertThat(call("GET", "/api/admin/v1/shops/S1/reconciliations/25-11-2026", TOKEN).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/admin/v1/shops/S9/reconciliations/2026-11-25", TOKEN).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> call(String method, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cloud.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
