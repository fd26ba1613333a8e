package cn.suanpan.cloud.payment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.testing.FakeTime;
import cn.suanpan.cloud.payment.testing.SimFixture;
import cn.suanpan.cloud.payment.wechat.WeChatConfig;
import cn.suanpan.cloud.payment.wechat.WeChatGateway;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import cn.suanpan.core.money.Money;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.PaySim;
import cn.suanpan.paysim.state.FaultPlan;
import cn.suanpan.paysim.state.SimState;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator keeps its books across its own restart, as a wallet would. */
class PaySimRestartTest {

    @TempDir
    Path dir;

    @Test
    void aPaymentMadeBeforeARestartIsStillPaidAndItsCodeStillUsed() throws Exception {
        FakeTime time = new FakeTime(Instant.parse("2026-11-25T02:00:00Z"));
        MerchantKit kit = SimFixture.kit();
        Charge charge = new Charge("restart-1", SimFixture.wechatCode(), Money.ofFen(990), "面包", "T1");
        ChargeOutcome paid;
        try (PaySim sim = PaySim.start(PaySim.Config.of(kit, SimState.open(dir, time), FaultPlan.manual(), time))) {
            SimFixture.warmUp(sim);
            paid = gateway(sim, kit, time).charge(charge, left -> { }, time.patient());
        }

        try (PaySim again = PaySim.start(PaySim.Config.of(kit, SimState.open(dir, time), FaultPlan.manual(), time))) {
            WeChatGateway gateway = gateway(again, kit, time);
            assertThat(paid).isInstanceOf(ChargeOutcome.Paid.class);
            assertThat(gateway.settle(charge, time.patient())).isEqualTo(paid);
            Charge other = new Charge("restart-2", charge.authCode(), Money.ofFen(990), "面包", "T1");
            assertThat(gateway.charge(other, left -> { }, time.patient()))
                    .isEqualTo(new ChargeOutcome.Failed("AUTH_CODE_INVALID", "payment.failed.codeInvalid"));
        }
    }

    private static WeChatGateway gateway(PaySim sim, MerchantKit kit, FakeTime time) {
        return new WeChatGateway(WeChatConfig.of(sim.wechatBaseUrl(), kit.wechatAppId(), kit.wechatMchId(), kit.wechatApiKey(),
                        ProviderHttp.tls(kit.merchantKeystore(), kit.wechatMchId().toCharArray(), kit.serverCertificate()))
                .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT), time, time.sleeper());
    }
}
