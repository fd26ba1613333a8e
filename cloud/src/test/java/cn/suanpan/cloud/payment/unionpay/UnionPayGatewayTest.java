package cn.suanpan.cloud.payment.unionpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.GatewayUnavailable;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.cloud.payment.testing.FakeTime;
import cn.suanpan.cloud.payment.testing.SimFixture;
import cn.suanpan.cloud.payment.wire.NoAnswer;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.MerchantKit.QrcMerchant;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.paysim.state.Scenario.Kind;
import cn.suanpan.paysim.state.SimOrder;
import cn.suanpan.paysim.state.SimOrder.Status;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The acquirer's QR rules for UnionPay and e-CNY codes, against the simulator over HTTP on loopback. */
class UnionPayGatewayTest {

    private SimFixture fx;
    private FakeTime time;
    private UnionPayGateway gateway;

    @BeforeEach
    void start() {
        fx = new SimFixture();
        time = fx.time;
        gateway = gateway(Wallet.UNIONPAY, fx.sim.unionpayBaseUrl(), null);
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    private UnionPayGateway gateway(Wallet wallet, String url, PrivateKey key) {
        return new UnionPayGateway(config(wallet, url, key), time, time.sleeper());
    }

    private static UnionPayConfig config(Wallet wallet, String url, PrivateKey key) {
        MerchantKit kit = SimFixture.kit();
        QrcMerchant m = wallet == Wallet.ECNY ? kit.ecny() : kit.unionpay();
        return UnionPayConfig.of(wallet, url, m.merId(), m.certId(),
                        key != null ? key : UnionPaySigner.privateKey(m.merchantPrivateKey()),
                        UnionPaySigner.publicKey(kit.acquirerPublicKey()), ProviderHttp.tls(null, null, kit.serverCertificate()))
                .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT);
    }

    /** An intent id as the terminal makes it: a UUIDv7 of the (shared, fake) clock. */
    private Charge charge(String code, long fen) {
        return new Charge(Ids.uuidV7(time).toString(), code, Money.ofFen(fen), "咖啡", "T1");
    }

    private Charge scenario(Scenario s) {
        String code = SimFixture.unionpayCode();
        fx.sim.faults().set(code, s);
        return charge(code, 3300);
    }

    private SimOrder order(Charge c) {
        return order("UNIONPAY", c);
    }

    private SimOrder order(String wallet, Charge c) {
        return fx.sim.state().find(wallet, c.outTradeNo().replace("-", ""));
    }

    @Test
    void paidAtOnceAndARepeatIsTheSamePayment() {
        Charge c = charge(SimFixture.unionpayCode(), 3300);

        ChargeOutcome first = gateway.charge(c, left -> { }, time.patient());
        ChargeOutcome again = gateway.charge(c, left -> { }, time.patient());

        assertThat(first).isInstanceOf(ChargeOutcome.Paid.class);
        assertThat(((ChargeOutcome.Paid) first).amount()).isEqualTo(Money.ofFen(3300));
        assertThat(((ChargeOutcome.Paid) first).providerTxnId()).isEqualTo(order(c).txnId());
        // respCode 12 for our own orderId: the query finds the same payment
        assertThat(again).isEqualTo(first);
        assertThat(order(c).status()).isEqualTo(Status.SUCCESS);
    }

    @Test
    void inDoubtThenPaidViaQuery() {
        // 03: timed out at the acquirer although the payment went through
        Charge c = scenario(Scenario.of(Kind.SYSTEM_ERROR_PAID));
        assertThat(gateway.charge(c, left -> { }, time.patient())).isInstanceOf(ChargeOutcome.Paid.class);
        assertThat(order(c).refunds()).isEmpty();
    }

    @Test
    void theCustomerConfirmsAfterTwentySecondsWhileTheGatewayQueries() {
        Charge c = scenario(Scenario.userPaying(Duration.ofSeconds(20)));
        List<Duration> told = new ArrayList<>();
        Instant start = time.instant();

        ChargeOutcome outcome = gateway.charge(c, told::add, time.patient());

        assertThat(outcome).isInstanceOf(ChargeOutcome.Paid.class);
        assertThat(((ChargeOutcome.Paid) outcome).paidAt()).isEqualTo(start.plusSeconds(20));
        assertThat(told).first().isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void inDoubtUntilTheTimeoutThenReversed() {
        Charge c = scenario(Scenario.of(Kind.NEVER_CONFIRMS));
        Instant start = time.instant();

        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Reversed("payment.reversed.timeout"));
        assertThat(Duration.between(start, time.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(order(c).status()).isEqualTo(Status.CLOSED);
        assertThat(order(c).everPaid()).isFalse();
    }

    @Test
    void theCashierCancels() {
        Charge c = scenario(Scenario.userPaying(Duration.ofSeconds(30)));
        assertThat(gateway.charge(c, left -> { }, time.cancelsAfter(Duration.ofSeconds(7))))
                .isEqualTo(new ChargeOutcome.Reversed("payment.reversed.cancelled"));
        assertThat(order(c).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void aReverseOfAPaidConsumeGivesTheMoneyBack() {
        // the customer confirms at 8 s, the cashier cancels at 9 s, before the next query at 10 s
        Charge c = scenario(Scenario.userPaying(Duration.ofSeconds(8)));

        assertThat(gateway.charge(c, left -> { }, time.cancelsAfter(Duration.ofSeconds(9))))
                .isEqualTo(new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded"));
        assertThat(order(c).status()).isEqualTo(Status.REVOKED);
        assertThat(order(c).refundedFen()).isEqualTo(3300);
    }

    @Test
    void aLostAnswerIsFoundPaidByTheQuery() {
        Charge c = scenario(Scenario.of(Kind.LOST_RESPONSE));
        assertThat(gateway.charge(c, left -> { }, time.patient())).isInstanceOf(ChargeOutcome.Paid.class);
    }

    @Test
    void aConsumeTheAcquirerNeverGotIsReversedSoThatALateCopyIsRefused() {
        // 04 and then "no such transaction": reversed at once, which closes the orderId
        Charge c = scenario(Scenario.of(Kind.SYSTEM_ERROR_UNPAID));
        Instant start = time.instant();

        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("04", "payment.failed.providerError"));
        assertThat(Duration.between(start, time.instant())).isLessThan(Duration.ofSeconds(5));
        fx.sim.faults().set(c.authCode(), Scenario.NORMAL);
        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("12", "payment.failed.orderClosed"));
        assertThat(order(c).everPaid()).isFalse();
    }

    @Test
    void aPaymentThatOvertakesTheReverseIsRefundedInFull() {
        Charge c = scenario(Scenario.of(Kind.PAID_AFTER_REVERSE));

        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded"));
        assertThat(order(c).refunds()).singleElement().satisfies(r -> {
            assertThat(r.outRefundNo()).isEqualTo(c.outTradeNo().replace("-", "") + "R");
            assertThat(r.amountFen()).isEqualTo(3300);
        });
        // settled again (after a crash, say), the automatic refund is found: still given back, not paid
        assertThat(gateway.settle(c, time.patient())).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded"));
    }

    @Test
    void reversesAgainWhileTheAcquirerIsBusy() {
        Charge c = scenario(Scenario.recall(3));
        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Reversed("payment.reversed.timeout"));
        assertThat(order(c).retriesLeft()).isZero();
        assertThat(order(c).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void definitiveAnswersFail() {
        assertThat(gateway.charge(scenario(Scenario.of(Kind.CODE_INVALID)), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("71", "payment.failed.codeInvalid"));
        assertThat(gateway.charge(scenario(Scenario.of(Kind.CODE_EXPIRED)), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("72", "payment.failed.codeExpired"));
        assertThat(gateway.charge(scenario(Scenario.of(Kind.INSUFFICIENT_BALANCE)), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("51", "payment.failed.insufficientBalance"));
        assertThat(gateway.charge(scenario(Scenario.of(Kind.BANK_ERROR)), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("60", "payment.failed.bankError"));
    }

    @Test
    void aCodeUsedForAnotherSaleIsRefused() {
        String code = SimFixture.unionpayCode();
        gateway.charge(charge(code, 100), left -> { }, time.patient());
        assertThat(gateway.charge(charge(code, 100), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("71", "payment.failed.codeInvalid"));
    }

    @Test
    void settleClosesAnIntentTheAcquirerNeverSawAndKeepsAPayment() {
        Charge unseen = charge(SimFixture.unionpayCode(), 500);
        assertThat(gateway.settle(unseen, time.patient())).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.unfinished"));
        assertThat(gateway.charge(unseen, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("12", "payment.failed.orderClosed"));

        time.advance(Duration.ofSeconds(1));
        Charge paid = charge(SimFixture.unionpayCode(), 500);
        ChargeOutcome outcome = gateway.charge(paid, left -> { }, time.patient());
        time.advance(Duration.ofHours(3));
        assertThat(gateway.settle(paid, time.patient())).isEqualTo(outcome);
    }

    @Test
    void refundsFullAndPartialAreIdempotentAndNeverAboveTheCharge() {
        Charge c = charge(SimFixture.unionpayCode(), 1000);
        gateway.charge(c, left -> { }, time.patient());
        Money total = Money.ofFen(1000);
        String q1 = Ids.uuidV7(time).toString();
        String q2 = Ids.uuidV7(time).toString();
        String q3 = Ids.uuidV7(time).toString();

        RefundOutcome first = gateway.refund(new Refund(c.outTradeNo(), q1, total, Money.ofFen(250), "少一件"));
        RefundOutcome repeat = gateway.refund(new Refund(c.outTradeNo(), q1, total, Money.ofFen(250), "少一件"));
        RefundOutcome over = gateway.refund(new Refund(c.outTradeNo(), q2, total, Money.ofFen(751), "多退"));
        RefundOutcome rest = gateway.refund(new Refund(c.outTradeNo(), q3, total, Money.ofFen(750), "全退"));

        assertThat(first).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(((RefundOutcome.Refunded) first).amount()).isEqualTo(Money.ofFen(250));
        assertThat(repeat).isEqualTo(first);
        assertThat(over).isEqualTo(new RefundOutcome.Rejected("33", "payment.refund.overLimit"));
        assertThat(rest).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(order(c).refunds()).extracting(r -> r.amountFen()).containsExactly(250L, 750L);
    }

    @Test
    void aFullRefundRepeatedIsOneRefund() {
        Charge c = charge(SimFixture.unionpayCode(), 1000);
        gateway.charge(c, left -> { }, time.patient());
        Refund all = new Refund(c.outTradeNo(), Ids.uuidV7(time).toString(), Money.ofFen(1000), Money.ofFen(1000), "退货");

        RefundOutcome first = gateway.refund(all);
        RefundOutcome again = gateway.refund(all);

        assertThat(first).isInstanceOf(RefundOutcome.Refunded.class).isEqualTo(again);
        assertThat(order(c).refundedFen()).isEqualTo(1000);
        assertThat(order(c).refunds()).hasSize(1);
    }

    @Test
    void aLostRefundAnswerIsFoundByTheQueryAndNotRepeated() {
        Charge c = charge(SimFixture.unionpayCode(), 1000);
        gateway.charge(c, left -> { }, time.patient());
        fx.sim.faults().loseNext(1);

        RefundOutcome r = gateway.refund(new Refund(c.outTradeNo(), Ids.uuidV7(time).toString(), Money.ofFen(1000),
                Money.ofFen(400), ""));

        assertThat(r).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(((RefundOutcome.Refunded) r).amount()).isEqualTo(Money.ofFen(400));
        assertThat(order(c).refunds()).hasSize(1);
    }

    @Test
    void aRefundOfAnUnpaidConsumeIsRejected() {
        Charge c = charge(SimFixture.unionpayCode(), 1000);
        assertThat(gateway.refund(new Refund(c.outTradeNo(), Ids.uuidV7(time).toString(), Money.ofFen(1000),
                Money.ofFen(100), ""))).isEqualTo(new RefundOutcome.Rejected("35", "payment.refund.notPaid"));
    }

    @Test
    void aWrongMerchantKeyIsRefusedAndChargesNothing() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        UnionPayGateway wrong = gateway(Wallet.UNIONPAY, fx.sim.unionpayBaseUrl(), g.generateKeyPair().getPrivate());
        Charge c = charge(SimFixture.unionpayCode(), 100);

        assertThat(wrong.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("11", "payment.failed.merchantSetup"));
        assertThat(order(c)).isNull();
    }

    @Test
    void anIntentIdThatIsNoUuidV7IsNeverSent() {
        Charge c = new Charge("3f2504e0-4f89-41d3-9a0c-0305e82c3301", SimFixture.unionpayCode(), Money.ofFen(100), "", "T1");
        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("ORDER_ID", "payment.failed.merchantSetup"));
        assertThat(order(c)).isNull();
    }

    @Test
    void eCnyIsItsOwnMerchantOnTheSameAcquirer() {
        UnionPayGateway ecny = gateway(Wallet.ECNY, fx.sim.unionpayBaseUrl(), null);
        Charge c = charge(SimFixture.ecnyCode(), 1800);

        assertThat(ecny.wallet()).isEqualTo(Wallet.ECNY);
        assertThat(ecny.charge(c, left -> { }, time.patient())).isInstanceOf(ChargeOutcome.Paid.class);
        assertThat(order("ECNY", c).totalFen()).isEqualTo(1800);
        assertThat(order("UNIONPAY", c)).isNull();
        // the UnionPay merchant knows nothing of it, and an e-CNY merchant takes no UnionPay code
        assertThat(gateway.refund(new Refund(c.outTradeNo(), Ids.uuidV7(time).toString(), Money.ofFen(1800),
                Money.ofFen(100), ""))).isEqualTo(new RefundOutcome.Rejected("35", "payment.refund.notPaid"));
        assertThat(ecny.charge(charge(SimFixture.unionpayCode(), 100), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("71", "payment.failed.codeInvalid"));
        assertThat(ecny.refund(new Refund(c.outTradeNo(), Ids.uuidV7(time).toString(), Money.ofFen(1800),
                Money.ofFen(1800), ""))).isInstanceOf(RefundOutcome.Refunded.class);
    }

    @Test
    void eCnyInDoubtThenPaidViaQuery() {
        UnionPayGateway ecny = gateway(Wallet.ECNY, fx.sim.unionpayBaseUrl(), null);
        String code = SimFixture.ecnyCode();
        fx.sim.faults().set(code, Scenario.userPaying(Duration.ofSeconds(12)));
        assertThat(ecny.charge(charge(code, 990), left -> { }, time.patient())).isInstanceOf(ChargeOutcome.Paid.class);
    }

    // ---- answers that are not the acquirer's

    private UnionPayClient client() {
        return new UnionPayClient(config(Wallet.UNIONPAY, fx.sim.unionpayBaseUrl(), null), time);
    }

    private static Map<String, String> answer(String orderId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", "5.1.0");
        f.put("encoding", "UTF-8");
        f.put("txnType", "00");
        f.put("merId", SimFixture.kit().unionpay().merId());
        f.put("orderId", orderId);
        f.put("txnTime", "20261125100000");
        f.put("signMethod", "01");
        f.put("respCode", "00");
        f.put("origRespCode", "00");
        f.put("queryId", "261125100000000001");
        f.put("txnAmt", "3300");
        return f;
    }

    @Test
    void forgedTamperedGarbledOrMisdirectedAnswersAreNotBelieved() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        PrivateKey impostor = g.generateKeyPair().getPrivate();
        PrivateKey acquirer = SimFixture.kit().acquirerPrivate();
        UnionPayClient client = client();
        String order = "019abc0012347a3b8c9d0e1f20304050";

        Map<String, String> genuine = answer(order);
        genuine.put("signature", UnionPaySigner.sign(genuine, acquirer));
        assertThat(client.check(UnionPayClient.form(genuine), order).origRespCode()).isEqualTo("00");

        Map<String, String> forged = answer(order);
        forged.put("signature", UnionPaySigner.sign(forged, impostor));
        Map<String, String> tampered = new LinkedHashMap<>(genuine);
        tampered.put("txnAmt", "1");
        Map<String, String> unsigned = answer(order);
        Map<String, String> otherOrder = answer(order + "X");
        otherOrder.put("signature", UnionPaySigner.sign(otherOrder, acquirer));

        assertThatThrownBy(() -> client.check(UnionPayClient.form(forged), order)).isInstanceOf(NoAnswer.class)
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> client.check(UnionPayClient.form(tampered), order)).isInstanceOf(NoAnswer.class)
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> client.check(UnionPayClient.form(unsigned), order)).isInstanceOf(NoAnswer.class)
                .hasMessageContaining("not signed");
        assertThatThrownBy(() -> client.check(UnionPayClient.form(otherOrder), order)).isInstanceOf(NoAnswer.class)
                .hasMessageContaining("another merchant or order");
        assertThatThrownBy(() -> client.check("<html><body>502 Bad Gateway</body></html>", order))
                .isInstanceOf(NoAnswer.class);
        assertThatThrownBy(() -> client.check("respCode=00&signature=%zz", order)).isInstanceOf(NoAnswer.class);
    }

    @Test
    void aGatewayTalkingToAnImpostorNeverReportsPaid() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        PrivateKey impostor = g.generateKeyPair().getPrivate();
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            Map<String, String> asked = UnionPayClient.parse(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            Map<String, String> f = answer(asked.get("orderId"));
            f.put("respCode", "00");
            f.put("signature", UnionPaySigner.sign(f, impostor));
            byte[] body = UnionPayClient.form(f).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            UnionPayGateway fooled = gateway(Wallet.UNIONPAY, "http://127.0.0.1:" + server.getAddress().getPort(), null);
            Charge c = charge(SimFixture.unionpayCode(), 3300);
            // every answer says "paid" and none is believed: queried, reversed, and in the end not known
            assertThatThrownBy(() -> fooled.charge(c, left -> { }, time.patient())).isInstanceOf(GatewayUnavailable.class);
            assertThat(requests.get()).isGreaterThan(10);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableAcquirerIsUnavailable() throws Exception {
        int port = fx.sim.port();
        fx.close();
        UnionPayGateway offline = gateway(Wallet.UNIONPAY, "http://127.0.0.1:" + port, null);
        assertThatThrownBy(() -> offline.charge(charge(SimFixture.unionpayCode(), 100), left -> { }, time.patient()))
                .isInstanceOf(GatewayUnavailable.class);
        fx = new SimFixture();
    }
}
