package cn.suanpan.cloud.payment.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.GatewayUnavailable;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.cloud.payment.testing.FakeTime;
import cn.suanpan.cloud.payment.testing.SimFixture;
import cn.suanpan.cloud.payment.wechat.WeChatSigner.SignType;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import cn.suanpan.core.money.Money;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.paysim.state.Scenario.Kind;
import cn.suanpan.paysim.state.SimOrder;
import cn.suanpan.paysim.state.SimOrder.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WeChat Pay's rules for payment codes, against the simulator over HTTPS on loopback. */
class WeChatGatewayTest {

    private SimFixture fx;
    private FakeTime time;
    private WeChatGateway gateway;

    @BeforeEach
    void start() {
        fx = new SimFixture();
        time = fx.time;
        gateway = gateway(SignType.HMAC_SHA256);
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    private WeChatGateway gateway(SignType type) {
        return new WeChatGateway(config(fx.sim.wechatBaseUrl(), fx.sim.kit().wechatApiKey()).withSignType(type),
                time, time.sleeper());
    }

    private static WeChatConfig config(String baseUrl, String apiKey) {
        MerchantKit kit = SimFixture.kit();
        return WeChatConfig.of(baseUrl, kit.wechatAppId(), kit.wechatMchId(), apiKey,
                        ProviderHttp.tls(kit.merchantKeystore(), kit.wechatMchId().toCharArray(), kit.serverCertificate()))
                .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT);
    }

    private static Charge charge(String code, long fen) {
        return new Charge(UUID.randomUUID().toString().replace("-", ""), code, Money.ofFen(fen), "咖啡", "T1");
    }

    private Charge scenario(Scenario s) {
        String code = SimFixture.wechatCode();
        fx.sim.faults().set(code, s);
        return charge(code, 1250);
    }

    private SimOrder order(Charge c) {
        return fx.sim.state().find("WECHAT", c.outTradeNo());
    }

    @Test
    void aPlainPaymentIsPaidAndARepeatIsTheSamePayment() {
        Charge c = charge(SimFixture.wechatCode(), 1250);

        ChargeOutcome first = gateway.charge(c, left -> { }, time.patient());
        ChargeOutcome again = gateway.charge(c, left -> { }, time.patient());

        assertThat(first).isInstanceOf(ChargeOutcome.Paid.class);
        ChargeOutcome.Paid paid = (ChargeOutcome.Paid) first;
        assertThat(paid.amount()).isEqualTo(Money.ofFen(1250));
        assertThat(paid.providerTxnId()).isEqualTo(order(c).txnId()).matches("4200000\\d{21}");
        assertThat(paid.paidAt()).isEqualTo(time.instant());
        // ORDERPAID for our own intent id is the same payment, not a failure
        assertThat(again).isEqualTo(first);
    }

    @Test
    void md5SignedRequestsWorkToo() {
        Charge c = charge(SimFixture.wechatCode(), 1);
        assertThat(gateway(SignType.MD5).charge(c, left -> { }, time.patient())).isInstanceOf(ChargeOutcome.Paid.class);
    }

    @Test
    void waitsForTheCustomerWhoConfirmsAfterTwentySeconds() {
        Charge c = scenario(Scenario.userPaying(Duration.ofSeconds(20)));
        List<Duration> told = new ArrayList<>();
        Instant start = time.instant();

        ChargeOutcome outcome = gateway.charge(c, told::add, time.patient());

        assertThat(outcome).isInstanceOf(ChargeOutcome.Paid.class);
        assertThat(((ChargeOutcome.Paid) outcome).paidAt()).isEqualTo(start.plusSeconds(20));
        assertThat(told).first().isEqualTo(Duration.ofSeconds(45));
        assertThat(told).isSortedAccordingTo((a, b) -> b.compareTo(a)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(order(c).status()).isEqualTo(Status.SUCCESS);
    }

    @Test
    void aCustomerWhoNeverConfirmsIsReversedAfterFortyFiveSeconds() {
        Charge c = scenario(Scenario.of(Kind.NEVER_CONFIRMS));
        Instant start = time.instant();

        ChargeOutcome outcome = gateway.charge(c, left -> { }, time.patient());

        assertThat(outcome).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.timeout"));
        assertThat(Duration.between(start, time.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(45));
        assertThat(order(c).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void theCashierCancelsWhileTheCustomerIsConfirming() {
        Charge c = scenario(Scenario.userPaying(Duration.ofSeconds(30)));

        ChargeOutcome outcome = gateway.charge(c, left -> { }, time.cancelsAfter(Duration.ofSeconds(12)));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.cancelled"));
        assertThat(order(c).status()).isEqualTo(Status.CLOSED);
        // the customer's late confirmation can no longer take the money
        time.advance(Duration.ofSeconds(60));
        assertThat(order(c).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void aSystemErrorAfterThePaymentWentThroughIsPaidOnQuery() {
        Charge c = scenario(Scenario.of(Kind.SYSTEM_ERROR_PAID));
        assertThat(gateway.charge(c, left -> { }, time.patient())).isInstanceOf(ChargeOutcome.Paid.class);
    }

    @Test
    void aSystemErrorWithNothingPaidIsReversedAndFails() {
        Charge c = scenario(Scenario.of(Kind.SYSTEM_ERROR_UNPAID));
        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("SYSTEMERROR", "payment.failed.providerError"));
        assertThat(order(c).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void aBankErrorQueriesAndFailsOnPayError() {
        Charge c = scenario(Scenario.of(Kind.BANK_ERROR));
        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("PAYERROR", "payment.failed.bankError"));
    }

    @Test
    void aLostAnswerIsFoundPaidByTheQuery() {
        Charge c = scenario(Scenario.of(Kind.LOST_RESPONSE));
        ChargeOutcome outcome = gateway.charge(c, left -> { }, time.patient());
        assertThat(outcome).isInstanceOf(ChargeOutcome.Paid.class);
        assertThat(((ChargeOutcome.Paid) outcome).providerTxnId()).isEqualTo(order(c).txnId());
    }

    @Test
    void aTimedOutAnswerIsFoundPaidByTheQuery() {
        Charge c = scenario(Scenario.of(Kind.SLOW_RESPONSE));
        assertThat(gateway.charge(c, left -> { }, time.patient())).isInstanceOf(ChargeOutcome.Paid.class);
    }

    @Test
    void aPaymentThatOvertakesTheReverseIsRefundedInFull() {
        Charge c = scenario(Scenario.of(Kind.PAID_AFTER_REVERSE));

        ChargeOutcome outcome = gateway.charge(c, left -> { }, time.patient());

        assertThat(outcome).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded"));
        SimOrder o = order(c);
        assertThat(o.status()).isEqualTo(Status.SUCCESS);
        assertThat(o.refundedFen()).isEqualTo(o.totalFen());
        assertThat(o.refunds()).singleElement().extracting(r -> r.outRefundNo()).isEqualTo(c.outTradeNo() + "-R");
    }

    @Test
    void reversesAgainWhileWeChatSaysRecall() {
        Charge c = scenario(Scenario.recall(3));

        ChargeOutcome outcome = gateway.charge(c, left -> { }, time.patient());

        assertThat(outcome).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.timeout"));
        assertThat(order(c).retriesLeft()).isZero();
        assertThat(order(c).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void definitiveErrorsFailWithAClearMessage() {
        assertThat(gateway.charge(scenario(Scenario.of(Kind.CODE_EXPIRED)), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("AUTHCODEEXPIRE", "payment.failed.codeExpired"));
        assertThat(gateway.charge(scenario(Scenario.of(Kind.CODE_INVALID)), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("AUTH_CODE_INVALID", "payment.failed.codeInvalid"));
        assertThat(gateway.charge(scenario(Scenario.of(Kind.INSUFFICIENT_BALANCE)), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("NOTENOUGH", "payment.failed.insufficientBalance"));
        assertThat(gateway.charge(charge("99" + "1".repeat(16), 100), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("AUTH_CODE_ERROR", "payment.failed.codeInvalid"));
    }

    @Test
    void aCodeScannedForASecondSaleIsRefused() {
        String code = SimFixture.wechatCode();
        assertThat(gateway.charge(charge(code, 100), left -> { }, time.patient())).isInstanceOf(ChargeOutcome.Paid.class);
        assertThat(gateway.charge(charge(code, 100), left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("AUTH_CODE_INVALID", "payment.failed.codeInvalid"));
    }

    @Test
    void settleFindsAPaymentThatWasMade() {
        Charge c = charge(SimFixture.wechatCode(), 800);
        ChargeOutcome paid = gateway.charge(c, left -> { }, time.patient());
        assertThat(gateway.settle(c, time.patient())).isEqualTo(paid);
    }

    @Test
    void settleReversesAnIntentTheWalletNeverSawAndBarsItForGood() {
        Charge c = charge(SimFixture.wechatCode(), 800);

        assertThat(gateway.settle(c, time.patient())).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.unfinished"));
        // the micropay that was still on its way arrives now: refused, nothing charged
        assertThat(gateway.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("ORDERREVERSED", "payment.failed.orderClosed"));
    }

    @Test
    void settleReversesAPaymentStillWaitingForTheCustomer() {
        Charge c = scenario(Scenario.userPaying(Duration.ofSeconds(40)));
        // the cloud sent the micropay and died; the terminal asks to settle a little later
        assertThat(gateway.charge(c, left -> { }, time.cancelsAfter(Duration.ZERO)))
                .isEqualTo(new ChargeOutcome.Reversed("payment.reversed.cancelled"));
        assertThat(gateway.settle(c, time.patient())).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.unfinished"));
        assertThat(gateway.settle(c, time.patient())).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.unfinished"));
    }

    @Test
    void partialRefundsUpToTheTotalAndNeverAbove() {
        Charge c = charge(SimFixture.wechatCode(), 1000);
        gateway.charge(c, left -> { }, time.patient());
        Money total = Money.ofFen(1000);

        RefundOutcome first = gateway.refund(new Refund(c.outTradeNo(), "r1", total, Money.ofFen(300), "一杯退了"));
        RefundOutcome repeat = gateway.refund(new Refund(c.outTradeNo(), "r1", total, Money.ofFen(300), "一杯退了"));
        RefundOutcome second = gateway.refund(new Refund(c.outTradeNo(), "r2", total, Money.ofFen(700), "全退"));
        RefundOutcome over = gateway.refund(new Refund(c.outTradeNo(), "r3", total, Money.ofFen(1), "多退"));

        assertThat(first).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(repeat).isEqualTo(first);
        assertThat(second).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(over).isEqualTo(new RefundOutcome.Rejected("LIMIT", "payment.refund.overLimit"));
        assertThat(order(c).refundedFen()).isEqualTo(1000);
        // a settle after a full refund tells that nothing stayed charged
        assertThat(gateway.settle(c, time.patient())).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded"));
    }

    @Test
    void refundsOlderThanAYearAreRefused() {
        Charge c = charge(SimFixture.wechatCode(), 1000);
        gateway.charge(c, left -> { }, time.patient());
        time.advance(Duration.ofDays(366));

        assertThat(gateway.refund(new Refund(c.outTradeNo(), "late", Money.ofFen(1000), Money.ofFen(100), "")))
                .isEqualTo(new RefundOutcome.Rejected("TRADE_OVERDUE", "payment.refund.tooOld"));
    }

    @Test
    void aRefundOfAnUnpaidOrderIsRefused() {
        assertThat(gateway.refund(new Refund("never-paid", "x1", Money.ofFen(100), Money.ofFen(100), "")))
                .isEqualTo(new RefundOutcome.Rejected("ORDERNOTEXIST", "payment.refund.notPaid"));
    }

    @Test
    void anUnreachableWalletIsReportedAsUnavailableBeforeAnythingIsSent() throws Exception {
        int port = fx.sim.tlsPort();
        fx.close();
        WeChatGateway offline = new WeChatGateway(config("https://127.0.0.1:" + port, SimFixture.kit().wechatApiKey()),
                time, time.sleeper());

        assertThatThrownBy(() -> offline.charge(charge(SimFixture.wechatCode(), 100), left -> { }, time.patient()))
                .isInstanceOf(GatewayUnavailable.class);
        fx = new SimFixture();
    }

    @Test
    void aWrongApiKeyIsRefusedAndChargesNothing() {
        WeChatGateway wrong = new WeChatGateway(config(fx.sim.wechatBaseUrl(), "0".repeat(32)), time, time.sleeper());
        Charge c = charge(SimFixture.wechatCode(), 100);

        assertThat(wrong.charge(c, left -> { }, time.patient()))
                .isEqualTo(new ChargeOutcome.Failed("FAIL", "payment.failed.merchantSetup"));
        assertThat(order(c)).isNull();
    }

    @Test
    void reverseAndRefundNeedTheMerchantCertificate() throws Exception {
        MerchantKit kit = SimFixture.kit();
        WeChatConfig noCertificate = WeChatConfig.of(fx.sim.wechatBaseUrl(), kit.wechatAppId(), kit.wechatMchId(),
                kit.wechatApiKey(), ProviderHttp.tls(null, null, kit.serverCertificate()));
        WeChatClient client = new WeChatClient(noCertificate);

        assertThat(client.orderQuery("anything").errCode()).isEqualTo("ORDERNOTEXIST");
        WeChatReply reverse = client.reverse("anything");
        assertThat(reverse.refused()).isTrue();
        assertThat(reverse.message()).isEqualTo("证书错误");
    }

    @Test
    void anAnswerWithAForgedSignatureIsNotBelieved() {
        MerchantKit kit = SimFixture.kit();
        WeChatClient client = new WeChatClient(config(fx.sim.wechatBaseUrl(), kit.wechatApiKey()));
        java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("return_code", "SUCCESS");
        f.put("result_code", "SUCCESS");
        f.put("appid", kit.wechatAppId());
        f.put("mch_id", kit.wechatMchId());
        f.put("trade_state", "SUCCESS");
        f.put("sign", WeChatSigner.sign(f, "1".repeat(32), SignType.HMAC_SHA256));

        assertThatThrownBy(() -> client.check(WeChatXml.write(f)))
                .isInstanceOf(cn.suanpan.cloud.payment.wire.NoAnswer.class).hasMessageContaining("signature");
    }
}
