package cn.suanpan.core.tender;

import static cn.suanpan.core.cart.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.pricing.CashRounding.Mode;
import cn.suanpan.core.pricing.CashRounding.Step;
import org.junit.jupiter.api.Test;

class TenderPlanTest {

    static final CashRounding DROP_FEN = new CashRounding(Step.TO_JIAO, Mode.DOWN);
    static final CashRounding HALF_UP_JIAO = new CashRounding(Step.TO_JIAO, Mode.HALF_UP);

    static Money yuan(String amount) {
        return Money.parse(amount);
    }

    static Tender.Cash cash(String amount) {
        return new Tender.Cash(yuan(amount));
    }

    static Tender.PaymentCode code(String amount) {
        return new Tender.PaymentCode(yuan(amount), "134567890123456789");
    }

    @Test
    void cashAboveTheTotalGivesChange() {
        TenderPlan plan = TenderPlan.forTotal(yuan("37.50"), CashRounding.NONE).add(cash("50"));
        assertThat(plan.settled()).isTrue();
        assertThat(plan.change()).isEqualTo(yuan("12.50"));
        assertThat(plan.remaining()).isEqualTo(yuan("0"));
    }

    @Test
    void splitTendersCountDownTheRemainingAmount() {
        TenderPlan plan = TenderPlan.forTotal(yuan("100.00"), CashRounding.NONE)
                .add(new Tender.Voucher(yuan("20"), "VC-2026-0001"))
                .add(new Tender.MemberBalance(yuan("30"), "M-1"));
        assertThat(plan.remaining()).isEqualTo(yuan("50.00"));
        assertThat(plan.settled()).isFalse();
        plan = plan.add(new Tender.ExternalCard(yuan("50"), "RRN 000123"));
        assertThat(plan.settled()).isTrue();
        assertThat(plan.change()).isEqualTo(yuan("0"));
        assertThat(plan.tenders()).extracting(Tender::method).containsExactly(
                TenderMethod.VOUCHER, TenderMethod.MEMBER_BALANCE, TenderMethod.EXTERNAL_CARD);
    }

    @Test
    void onlyCashGivesChange() {
        TenderPlan plan = TenderPlan.forTotal(yuan("37.50"), CashRounding.NONE);
        assertRefused(() -> plan.add(code("40")), "tender.exceedsRemaining");
        assertRefused(() -> plan.add(new Tender.Voucher(yuan("50"), "V1")), "tender.exceedsRemaining");
    }

    @Test
    void roundingAppliesWhenCashPaysTheRest() {
        TenderPlan plan = TenderPlan.forTotal(yuan("12.37"), DROP_FEN);
        assertThat(plan.remainingInCash()).isEqualTo(yuan("12.30"));
        plan = plan.add(cash("20"));
        assertThat(plan.rounding()).isEqualTo(yuan("0.07"));
        assertThat(plan.change()).isEqualTo(yuan("7.70"));
    }

    @Test
    void noRoundingWhenACardPaysTheRest() {
        TenderPlan plan = TenderPlan.forTotal(yuan("12.37"), DROP_FEN).add(cash("10")).add(code("2.37"));
        assertThat(plan.settled()).isTrue();
        assertThat(plan.rounding()).isEqualTo(yuan("0"));
    }

    @Test
    void partCashThenCashRoundsTheLastRemainder() {
        TenderPlan plan = TenderPlan.forTotal(yuan("12.37"), DROP_FEN).add(cash("10"));
        assertThat(plan.remaining()).isEqualTo(yuan("2.37"));
        assertThat(plan.rounding()).isEqualTo(yuan("0"));
        plan = plan.add(cash("2.30"));
        assertThat(plan.settled()).isTrue();
        assertThat(plan.rounding()).isEqualTo(yuan("0.07"));
        assertThat(plan.change()).isEqualTo(yuan("0"));
    }

    @Test
    void halfUpRoundingMayAskForMoreButTheExactAmountStillSettles() {
        TenderPlan plan = TenderPlan.forTotal(yuan("12.36"), HALF_UP_JIAO);
        assertThat(plan.remainingInCash()).isEqualTo(yuan("12.40"));
        TenderPlan rounded = plan.add(cash("12.40"));
        assertThat(rounded.rounding()).isEqualTo(yuan("-0.04"));
        assertThat(rounded.change()).isEqualTo(yuan("0"));
        TenderPlan exact = plan.add(cash("12.38"));
        assertThat(exact.settled()).isTrue();
        assertThat(exact.rounding()).isEqualTo(yuan("0"));
        assertThat(exact.change()).isEqualTo(yuan("0.02"));
    }

    @Test
    void nothingMoreOnceSettled() {
        TenderPlan plan = TenderPlan.forTotal(yuan("5"), CashRounding.NONE).add(cash("5"));
        assertRefused(() -> plan.add(cash("1")), "tender.alreadySettled");
        assertThat(TenderPlan.forTotal(Money.ZERO, CashRounding.NONE).settled()).isTrue();
    }

    @Test
    void aTenderCanBeTakenBackOut() {
        TenderPlan plan = TenderPlan.forTotal(yuan("30"), CashRounding.NONE).add(code("10")).add(cash("5"));
        TenderPlan without = plan.remove(0);
        assertThat(without.tenders()).containsExactly(cash("5"));
        assertThat(without.remaining()).isEqualTo(yuan("25"));
    }

    @Test
    void tendersNeedAPositiveAmountAndTheirReference() {
        assertRefused(() -> cash("0"), "tender.badAmount");
        assertRefused(() -> new Tender.ExternalCard(yuan("-1"), "R"), "tender.badAmount");
        assertRefused(() -> new Tender.ExternalCard(yuan("1"), " "), "tender.referenceRequired.EXTERNAL_CARD");
        assertRefused(() -> new Tender.Voucher(yuan("1"), null), "tender.referenceRequired.VOUCHER");
        assertRefused(() -> new Tender.PaymentCode(yuan("1"), ""), "tender.referenceRequired.PAYMENT_CODE");
        assertRefused(() -> new Tender.MemberBalance(yuan("1"), ""), "tender.referenceRequired.MEMBER_BALANCE");
    }
}
