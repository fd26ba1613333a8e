package cn.suanpan.cloud.payment;

import static cn.suanpan.cloud.store.schema.Tables.CLOUD_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.cloud.payment.testing.SimFixture;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.IntentState;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.PaySim;
import cn.suanpan.paysim.state.FaultPlan;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.paysim.state.SimOrder;
import cn.suanpan.paysim.state.SimState;
import cn.suanpan.sync.payment.CodePayments;
import cn.suanpan.sync.payment.PaymentOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UnionPay or e-CNY code scanned at the counter, from the terminal's journal through a
 * cloud started with the simulator's provider files to the acquirer simulator and back.
 */
class UnionPayCounterTest {

    @TempDir
    Path dir;

    private PaySim sim;
    private PaymentTestBench bench;
    private CodePayments payments;

    @BeforeEach
    void start() {
        Clock clock = Clock.systemUTC();
        MerchantKit kit = SimFixture.kit();
        sim = PaySim.start(PaySim.Config.of(kit, SimState.inMemory(clock), FaultPlan.manual(), clock));
        kit.writeCloudFiles(sim.wechatBaseUrl(), sim.alipayGatewayUrl(), sim.unionpayBaseUrl());
        bench = new PaymentTestBench(dir, ProviderFiles.setup(null, null, kit.dir().resolve(MerchantKit.CLOUD_UNIONPAY),
                kit.dir().resolve(MerchantKit.CLOUD_ECNY)));
        payments = bench.payments();
    }

    @AfterEach
    void stop() throws Exception {
        bench.close();
        sim.close();
    }

    private SimOrder order(String wallet, UUID intent) {
        return sim.state().find(wallet, intent.toString().replace("-", ""));
    }

    @Test
    void aUnionPayCodeIsPaidAndRefundedInPart() {
        String code = SimFixture.unionpayCode();

        PaymentOutcome outcome = payments.pay(UUID.randomUUID(), code, Money.ofFen(1250), "Suanpan test", CodePayments.Listener.NONE);

        assertThat(outcome).isInstanceOf(PaymentOutcome.Paid.class);
        UUID intent = outcome.intent().id();
        assertThat(outcome.intent().state()).isEqualTo(IntentState.PAID);
        assertThat(((Tender.PaymentCode) ((PaymentOutcome.Paid) outcome).tender()).code())
                .isEqualTo("UNIONPAY ****" + code.substring(15) + " " + order("UNIONPAY", intent).txnId());
        assertThat(bench.cloud.store().dsl().fetchOne(CLOUD_PAYMENT, CLOUD_PAYMENT.INTENT_ID.eq(intent)).getState()).isEqualTo("PAID");

        assertThat(payments.refund(intent, Money.ofFen(500), "returned").state()).isEqualTo("REFUNDED");
        assertThat(order("UNIONPAY", intent).refundedFen()).isEqualTo(500);
    }

    @Test
    void anECnyCodeInDoubtIsPaidAfterTheQuery() {
        String code = SimFixture.ecnyCode();
        sim.faults().set(code, Scenario.of(Scenario.Kind.SYSTEM_ERROR_PAID));

        PaymentOutcome outcome = payments.pay(UUID.randomUUID(), code, Money.ofFen(880), "Suanpan test", CodePayments.Listener.NONE);

        assertThat(outcome).isInstanceOf(PaymentOutcome.Paid.class);
        assertThat(((Tender.PaymentCode) ((PaymentOutcome.Paid) outcome).tender()).code()).startsWith("ECNY ****");
        assertThat(order("ECNY", outcome.intent().id()).totalFen()).isEqualTo(880);
        assertThat(order("UNIONPAY", outcome.intent().id())).isNull();
    }
}
