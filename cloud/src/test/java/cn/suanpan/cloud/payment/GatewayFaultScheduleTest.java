package cn.suanpan.cloud.payment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.cloud.payment.alipay.AlipayConfig;
import cn.suanpan.cloud.payment.alipay.AlipayGateway;
import cn.suanpan.cloud.payment.alipay.AlipaySigner;
import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.GatewayUnavailable;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.testing.SimFixture;
import cn.suanpan.cloud.payment.wechat.WeChatConfig;
import cn.suanpan.cloud.payment.wechat.WeChatGateway;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import cn.suanpan.core.money.Money;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.state.FaultPlan;
import cn.suanpan.paysim.state.SimOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Many charges through both gateways against a seeded schedule of faults (every scenario,
 * plus lost answers on any call, reverses and queries included). Whatever happens, the
 * outcome is final and agrees with the wallet's books: paid means the customer is charged
 * exactly the amount, failed or reversed means nothing stayed charged.
 */
class GatewayFaultScheduleTest {

    @Test
    void everyOutcomeAgreesWithTheWalletsBooks() throws Exception {
        try (SimFixture fx = new SimFixture(Instant.parse("2026-11-25T02:00:00Z"), FaultPlan.seeded(20261125L, 0.7, 0.05))) {
            MerchantKit kit = SimFixture.kit();
            WeChatGateway wechat = new WeChatGateway(WeChatConfig.of(fx.sim.wechatBaseUrl(), kit.wechatAppId(),
                            kit.wechatMchId(), kit.wechatApiKey(), ProviderHttp.tls(kit.merchantKeystore(),
                                    kit.wechatMchId().toCharArray(), kit.serverCertificate()))
                    .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT), fx.time, fx.time.sleeper());
            AlipayGateway alipay = new AlipayGateway(AlipayConfig.of(fx.sim.alipayGatewayUrl(), kit.alipayAppId(),
                            AlipaySigner.privateKey(kit.merchantAlipayPrivateKey()), AlipaySigner.publicKey(kit.alipayPublicKey()),
                            ProviderHttp.tls(null, null, kit.serverCertificate()))
                    .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT), fx.time, fx.time.sleeper());
            SplittableRandom random = new SplittableRandom(7);
            Map<Kind, Integer> seen = new EnumMap<>(Kind.class);
            for (int i = 0; i < 48; i++) {
                boolean onWeChat = i % 2 == 0;
                PaymentGateway gateway = onWeChat ? wechat : alipay;
                Supplier<String> code = onWeChat ? SimFixture::wechatCode : SimFixture::alipayCode;
                Charge c = new Charge("sched-" + i, code.get(), Money.ofFen(1 + random.nextInt(50_000)), "item", "T1");
                // some cashiers give up early
                var cancel = random.nextInt(4) == 0 ? fx.time.cancelsAfter(Duration.ofSeconds(random.nextInt(30)))
                        : fx.time.patient();

                ChargeOutcome outcome = gateway.charge(c, left -> { }, cancel);

                SimOrder o = fx.sim.state().find(onWeChat ? "WECHAT" : "ALIPAY", c.outTradeNo());
                long charged = o == null || o.paidAt() == null ? 0 : o.totalFen() - o.refundedFen();
                switch (outcome) {
                    case ChargeOutcome.Paid p -> {
                        assertThat(p.amount()).as(c.outTradeNo()).isEqualTo(c.amount());
                        assertThat(charged).as(c.outTradeNo()).isEqualTo(c.amount().fen());
                        seen.merge(Kind.PAID, 1, Integer::sum);
                    }
                    case ChargeOutcome.Failed f -> {
                        assertThat(charged).as(c.outTradeNo() + " " + f).isZero();
                        seen.merge(Kind.FAILED, 1, Integer::sum);
                    }
                    case ChargeOutcome.Reversed r -> {
                        assertThat(charged).as(c.outTradeNo() + " " + r).isZero();
                        seen.merge(Kind.REVERSED, 1, Integer::sum);
                    }
                }
                // a second look after a crash comes to the same money
                ChargeOutcome settled = settle(gateway, c, fx);
                assertThat(settled instanceof ChargeOutcome.Paid).as(c.outTradeNo()).isEqualTo(outcome instanceof ChargeOutcome.Paid);
            }
            assertThat(seen).containsKeys(Kind.PAID, Kind.FAILED, Kind.REVERSED);
        }
    }

    /** As the payment service would: a wallet that does not answer now is asked again later. */
    private static ChargeOutcome settle(PaymentGateway gateway, Charge c, SimFixture fx) {
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.settle(c, fx.time.patient());
            } catch (GatewayUnavailable e) {
                if (attempt == 5) {
                    throw e;
                }
                fx.time.advance(Duration.ofSeconds(30));
            }
        }
    }

    private enum Kind { PAID, FAILED, REVERSED }
}
