package cn.suanpan.cloud.payment.alipay;

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
import cn.suanpan.core.money.Money;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.paysim.state.Scenario.Kind;
import cn.suanpan.paysim.state.SimOrder;
import cn.suanpan.paysim.state.SimOrder.Status;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alipay's rules for bar-code payments, against the simulator over HTTP on loopback. */
class AlipayGatewayTest {

    private SimFixture fx;
    private FakeTime time;
    private AlipayGateway gateway;

    @BeforeEach
    void start() {
        fx = new SimFixture();
        time = fx.time;
        gateway = gateway(fx.sim.alipayGatewayUrl(), AlipaySigner.privateKey(SimFixture.kit().merchantAlipayPrivateKey()));
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    private AlipayGateway gateway(String url, PrivateKey appKey) {
        return new AlipayGateway(config(url, appKey), time, time.sleeper());
    }

    private static AlipayConfig config(String url, PrivateKey appKey) {
        MerchantKit kit = SimFixture.kit();
        return AlipayConfig.of(url, kit.alipayAppId(), appKey, AlipaySigner.publicKey(kit.alipayPublicKey()),
                ProviderHttp.tls(null, null, kit.serverCertificate()))
                .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT);
    }

    private static Charge charge(String code, long fen) {
        return new Charge(UUID.randomUUID().toString().replace("-", ""), code, Money.ofFen(fen), "咖啡", "T1");
    }

    private Charge scenario(Scenario s) {
        String code = SimFixture.alipayCode();
        fx.sim.faults().set(code, s);
        return charge(code, 3300);
    }

    private SimOrder order(Charge c) {
        return fx.sim.state().find("ALIPAY", c.outTradeNo());
    }

    @Test
    void paidAtOnceAndARepeatIsTheSamePayment() {
        Charge c = charge(SimFixture.alipayCode(), 3300);

        ChargeOutcome first = gateway.charge(c, left -> { }, time.patient());
        ChargeOutcome again = gateway.charge(c, left -> { }, time.patient());

        assertThat(first).isInstanceOf(ChargeOutcome.Paid.class);
        assertThat(((ChargeOutcome.Paid) first).amount()).isEqualTo(Money.ofFen(3300));
        assertThat(((ChargeOutcome.Paid) first).providerTxnId()).isEqualTo(order(c).txnId()).matches("\\d{28}");
        // ACQ.TRADE_HAS_SUCCESS for our own intent id: the same payment
        assertThat(again).isEqualTo(first);
    }

    @Test
    void pollsWhileTheCustomerConfirmsAndIsPaidAfterTwentySeconds() {
        Charge c = scenario(Scenario.userPaying(Duration.ofSeconds(20)));
        List<Duration> told = new ArrayList<>();
        Instant start = time.instant();

        ChargeOutcome outcome = gateway.charge(c, told::add, time.patient());

        assertThat(outcome).isInstanceOf(ChargeOutcome.Paid.class);
        assertThat(((ChargeOutcome.Paid) outcome).paidAt()).isEqualTo(start.plusSeconds(20));
        assertThat(told).first().isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void cancelsAfterSixtySecondsWithoutTheCustomer() {
        Charge c = scenario(Scenario.of(Kind.NEVER_CONFIRMS));
        Instant start = time.instant();

        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Reversed("payment.reversed.timeout"));
        assertThat(Duration.between(start, time.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(order(c).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void theCashierCancels() {
        Charge c = scenario(Scenario.userPaying(Duration.ofSeconds(30)));
        assertThat(gateway.charge(c, left -> { }, time.cancelsAfter(Duration.ofSeconds(7))))
                .isEqualTo(new ChargeOutcome.Reversed("payment.reversed.cancelled"));
        assertThat(order(c).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void aCancelOfAPaidTradeRefundsIt() {
        // the customer confirms at 8 s, the cashier cancels at 9 s, before the next query at 10 s
        Charge c = scenario(Scenario.userPaying(Duration.ofSeconds(8)));

        assertThat(gateway.charge(c, left -> { }, time.cancelsAfter(Duration.ofSeconds(9))))
                .isEqualTo(new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded"));
        assertThat(order(c).status()).isEqualTo(Status.REVOKED);
        assertThat(order(c).refundedFen()).isEqualTo(3300);
    }

    @Test
    void anUnknownErrorAfterPaymentIsPaidOnQuery() {
        assertThat(gateway.charge(scenario(Scenario.of(Kind.SYSTEM_ERROR_PAID)), left -> { }, time.patient()))
                .isInstanceOf(ChargeOutcome.Paid.class);
    }

    @Test
    void anUnknownErrorWithoutPaymentIsCancelledAndFails() {
        Charge c = scenario(Scenario.of(Kind.SYSTEM_ERROR_UNPAID));
        // trade.query shows WAIT_BUYER_PAY for the created, unpaid trade: polled until the time is up, then cancelled
        ChargeOutcome outcome = gateway.charge(c, left -> { }, time.patient());
        assertThat(outcome).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.timeout"));
        assertThat(order(c).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void lostAndLateAnswersAreFoundPaidByTheQuery() {
        Charge lost = scenario(Scenario.of(Kind.LOST_RESPONSE));
        Charge late = scenario(Scenario.of(Kind.SLOW_RESPONSE));
        assertThat(gateway.charge(lost, left -> { }, time.patient())).isInstanceOf(ChargeOutcome.Paid.class);
        assertThat(gateway.charge(late, left -> { }, time.patient())).isInstanceOf(ChargeOutcome.Paid.class);
    }

    @Test
    void aPaymentThatOvertakesTheCancelIsRefundedInFull() {
        Charge c = scenario(Scenario.of(Kind.PAID_AFTER_REVERSE));

        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded"));
        assertThat(order(c).refunds()).singleElement().satisfies(r -> {
            assertThat(r.outRefundNo()).isEqualTo(c.outTradeNo() + "-R");
            assertThat(r.amountFen()).isEqualTo(3300);
        });
    }

    @Test
    void cancelsAgainWhileAlipaySaysRetry() {
        Charge c = scenario(Scenario.recall(3));
        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Reversed("payment.reversed.timeout"));
        assertThat(order(c).retriesLeft()).isZero();
        assertThat(order(c).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void definitiveSubCodesFail() {
        assertThat(gateway.charge(scenario(Scenario.of(Kind.CODE_INVALID)), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("ACQ.PAYMENT_AUTH_CODE_INVALID", "payment.failed.codeInvalid"));
        assertThat(gateway.charge(scenario(Scenario.of(Kind.CODE_EXPIRED)), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("ACQ.PAYMENT_AUTH_CODE_INVALID", "payment.failed.codeInvalid"));
        assertThat(gateway.charge(scenario(Scenario.of(Kind.INSUFFICIENT_BALANCE)), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("ACQ.BUYER_BALANCE_NOT_ENOUGH", "payment.failed.insufficientBalance"));
        assertThat(gateway.charge(scenario(Scenario.of(Kind.BANK_ERROR)), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("ACQ.PAYMENT_FAIL", "payment.failed.bankError"));
    }

    @Test
    void aCodeUsedForAnotherSaleIsRefused() {
        String code = SimFixture.alipayCode();
        gateway.charge(charge(code, 100), left -> { }, time.patient());
        assertThat(gateway.charge(charge(code, 100), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("ACQ.PAYMENT_AUTH_CODE_INVALID", "payment.failed.codeInvalid"));
    }

    @Test
    void settleClosesAnIntentAlipayNeverSawAndALatePayIsRefused() {
        Charge c = charge(SimFixture.alipayCode(), 500);

        assertThat(gateway.settle(c, time.patient())).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.unfinished"));
        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("ACQ.TRADE_HAS_CLOSE", "payment.failed.orderClosed"));
        assertThat(gateway.settle(c, time.patient())).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.unfinished"));
    }

    @Test
    void settleKeepsAPayment() {
        Charge c = charge(SimFixture.alipayCode(), 500);
        ChargeOutcome paid = gateway.charge(c, left -> { }, time.patient());
        assertThat(gateway.settle(c, time.patient())).isEqualTo(paid);
    }

    @Test
    void partialRefundsUpToTheTotalAndNeverAbove() {
        Charge c = charge(SimFixture.alipayCode(), 1000);
        gateway.charge(c, left -> { }, time.patient());
        Money total = Money.ofFen(1000);

        RefundOutcome first = gateway.refund(new Refund(c.outTradeNo(), "q1", total, Money.ofFen(250), "少一件"));
        RefundOutcome repeat = gateway.refund(new Refund(c.outTradeNo(), "q1", total, Money.ofFen(250), "少一件"));
        RefundOutcome over = gateway.refund(new Refund(c.outTradeNo(), "q2", total, Money.ofFen(751), "多退"));
        RefundOutcome rest = gateway.refund(new Refund(c.outTradeNo(), "q3", total, Money.ofFen(750), "全退"));

        assertThat(first).isEqualTo(new RefundOutcome.Refunded("q1", Money.ofFen(250)));
        assertThat(repeat).isEqualTo(first);
        assertThat(over).isEqualTo(new RefundOutcome.Rejected("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "payment.refund.overLimit"));
        assertThat(rest).isEqualTo(new RefundOutcome.Refunded("q3", Money.ofFen(750)));
        assertThat(order(c).refundedFen()).isEqualTo(1000);
        // refunded in full, the trade is closed: a settle tells that nothing stayed charged
        assertThat(gateway.settle(c, time.patient())).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded"));
    }

    @Test
    void aLostRefundAnswerIsFoundByTheRefundQueryAndNotRepeated() {
        Charge c = charge(SimFixture.alipayCode(), 1000);
        gateway.charge(c, left -> { }, time.patient());
        fx.sim.faults().loseNext(1);

        RefundOutcome r = gateway.refund(new Refund(c.outTradeNo(), "q1", Money.ofFen(1000), Money.ofFen(400), ""));

        assertThat(r).isEqualTo(new RefundOutcome.Refunded("q1", Money.ofFen(400)));
        assertThat(order(c).refunds()).hasSize(1);
    }

    @Test
    void refundsPastTheWindowAreRefused() {
        Charge c = charge(SimFixture.alipayCode(), 1000);
        gateway.charge(c, left -> { }, time.patient());
        time.advance(Duration.ofDays(91));

        assertThat(gateway.refund(new Refund(c.outTradeNo(), "old", Money.ofFen(1000), Money.ofFen(100), "")))
                .isEqualTo(new RefundOutcome.Rejected("ACQ.TRADE_HAS_FINISHED", "payment.refund.tooOld"));
    }

    @Test
    void aWrongAppKeyIsRefusedAndChargesNothing() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        AlipayGateway wrong = gateway(fx.sim.alipayGatewayUrl(), g.generateKeyPair().getPrivate());
        Charge c = charge(SimFixture.alipayCode(), 100);

        assertThat(wrong.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("isv.invalid-signature", "payment.failed.merchantSetup"));
        assertThat(order(c)).isNull();
    }

    @Test
    void anAnswerSignedWithAnotherKeyIsNotBelieved() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        String inner = "{\"code\":\"10000\",\"msg\":\"Success\",\"trade_status\":\"TRADE_SUCCESS\"}";
        String forged = "{\"alipay_trade_query_response\":" + inner + ",\"sign\":\""
                + AlipaySigner.sign(inner, g.generateKeyPair().getPrivate()) + "\"}";
        AlipayClient client = new AlipayClient(config(fx.sim.alipayGatewayUrl(),
                AlipaySigner.privateKey(SimFixture.kit().merchantAlipayPrivateKey())), time);

        assertThatThrownBy(() -> client.check(forged, "alipay_trade_query_response"))
                .isInstanceOf(NoAnswer.class).hasMessageContaining("signature");
        assertThatThrownBy(() -> client.check("{\"alipay_trade_query_response\":" + inner + "}", "alipay_trade_query_response"))
                .isInstanceOf(NoAnswer.class).hasMessageContaining("not signed");
    }

    @Test
    void anUnreachableWalletIsUnavailable() throws Exception {
        int port = fx.sim.port();
        fx.close();
        AlipayGateway offline = gateway("http://127.0.0.1:" + port + "/gateway.do",
                AlipaySigner.privateKey(SimFixture.kit().merchantAlipayPrivateKey()));
        assertThatThrownBy(() -> offline.charge(charge(SimFixture.alipayCode(), 100), left -> { }, time.patient()))
                .isInstanceOf(GatewayUnavailable.class);
        fx = new SimFixture();
    }
}
