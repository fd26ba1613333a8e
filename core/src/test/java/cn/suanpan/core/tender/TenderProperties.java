package cn.suanpan.core.tender;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.CartEditor;
import cn.suanpan.core.cart.CartSteps;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricingEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class TenderProperties {

    /**
     * Any tenders the cashier tries, then cash for whatever is left: the tenders less the change
     * always come to the total less the rounding, and the rounding only ever comes from cash.
     */
    @Property(tries = 500)
    void tendersLessChangeEqualTheTotal(@ForAll @LongRange(min = 0, max = 500_000) long totalFen,
                                        @ForAll("roundings") CashRounding rounding,
                                        @ForAll("tenders") List<Tender> attempts,
                                        @ForAll @LongRange(min = 0, max = 10_000) long extraCash) {
        Money total = Money.ofFen(totalFen);
        TenderPlan plan = TenderPlan.forTotal(total, rounding);
        for (Tender tender : attempts) {
            try {
                plan = plan.add(tender);
            } catch (SuanpanException refused) {
                // over the remaining amount, or already settled: the plan stays as it was
            }
        }
        if (!plan.settled()) {
            plan = plan.add(new Tender.Cash(plan.remainingInCash().plus(Money.ofFen(extraCash))));
        }

        assertThat(plan.settled()).isTrue();
        assertThat(plan.paid().minus(plan.change()).plus(plan.rounding())).isEqualTo(total);
        Money cash = plan.tenders().stream().filter(t -> t.method() == TenderMethod.CASH)
                .map(Tender::amount).reduce(Money.ZERO, Money::plus);
        assertThat(plan.change()).isLessThanOrEqualTo(cash);
        if (cash.isZero()) {
            assertThat(plan.rounding()).isEqualTo(Money.ZERO);
            assertThat(plan.paid().minus(plan.change())).isEqualTo(total);
        }
        assertThat(plan.paid().minus(cash)).isLessThanOrEqualTo(total);
    }

    /** Paying a priced cart all in cash costs exactly the cart's cash total. */
    @Property(tries = 300)
    void payingAllInCashCostsTheCashTotal(@ForAll("carts") Cart cart, @ForAll("roundings") CashRounding rounding,
                                          @ForAll @LongRange(min = 0, max = 10_000) long extraCash) {
        PricingEngine engine = new PricingEngine(Clock.fixed(Instant.parse("2026-03-04T02:00:00Z"), ZoneId.of("Asia/Shanghai")),
                ZoneId.of("Asia/Shanghai"), List.of(), rounding);
        PricedCart priced = engine.price(cart);
        TenderPlan plan = TenderPlan.forCart(priced, rounding);
        if (!plan.settled()) {
            plan = plan.add(new Tender.Cash(plan.remainingInCash().plus(Money.ofFen(extraCash))));
        }
        assertThat(plan.paid().minus(plan.change())).isEqualTo(priced.cashTotal());
        assertThat(plan.rounding()).isEqualTo(priced.cashRounding());
    }

    @Provide
    Arbitrary<CashRounding> roundings() {
        return Combinators.combine(Arbitraries.of(CashRounding.Step.class), Arbitraries.of(CashRounding.Mode.class))
                .as(CashRounding::new);
    }

    @Provide
    Arbitrary<Cart> carts() {
        return CartSteps.steps(1, 15).map(steps -> {
            CartEditor editor = new CartEditor();
            CartSteps.applyAll(editor, steps);
            return editor.cart();
        });
    }

    @Provide
    Arbitrary<List<Tender>> tenders() {
        Arbitrary<Money> amount = Arbitraries.longs().between(1, 200_000).map(Money::ofFen);
        Arbitrary<Tender> tender = Arbitraries.oneOf(
                amount.map(Tender.Cash::new),
                amount.map(a -> new Tender.ExternalCard(a, "RRN1")),
                amount.map(a -> new Tender.Voucher(a, "V1")),
                amount.map(a -> new Tender.PaymentCode(a, "13456")),
                amount.map(a -> new Tender.MemberBalance(a, "M-1")));
        return tender.list().ofMaxSize(6);
    }
}
