package cn.suanpan.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.CartEditor;
import cn.suanpan.core.cart.CartSteps;
import cn.suanpan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Money invariants of the engine on random carts, promotions and rounding settings. */
class PricingProperties {

    record Setup(Cart cart, List<Promotion> promotions, CashRounding rounding) {
        PricedCart price() {
            return engine(promotions).price(cart);
        }

        PricingEngine engine(List<Promotion> list) {
            return new PricingEngine(Clock.fixed(Pricing.NOW, Pricing.SHANGHAI), Pricing.SHANGHAI, list, rounding);
        }
    }

    @Property(tries = 500)
    void totalIsLineTotalsLessOrderDiscountAndRoundingIsItsOwnAmount(@ForAll("setups") Setup setup) {
        PricedCart priced = setup.price();
        List<PricedLine> counted = priced.lines().stream().filter(l -> !l.voided()).toList();
        // guards the generators: promotions must really apply in a good share of the tries
        Statistics.collect(priced.lines().stream().flatMap(l -> l.adjustments().stream())
                .anyMatch(a -> a.kind() == Adjustment.Kind.PROMOTION) ? "promotion applied" : "no promotion");
        Statistics.coverage(c -> c.check("promotion applied").percentage(p -> p > 40));

        assertThat(priced.total()).isEqualTo(sum(counted, PricedLine::lineTotal).minus(priced.orderDiscount()));
        assertThat(priced.cashTotal()).isEqualTo(priced.total().minus(priced.cashRounding()));
        assertThat(priced.total()).isEqualTo(sum(counted, PricedLine::netAmount));
        for (PricedLine line : priced.lines()) {
            assertThat(line.netAmount().isNegative()).isFalse();
            assertThat(line.netAmount()).isLessThanOrEqualTo(line.lineTotal());
        }
    }

    @Property(tries = 500)
    void lineAdjustmentsAddUpToTheSavings(@ForAll("setups") Setup setup) {
        PricedCart priced = setup.price();
        Money adjustments = priced.lines().stream().flatMap(l -> l.adjustments().stream())
                .map(Adjustment::amount).reduce(Money.ZERO, Money::plus);

        assertThat(adjustments).isEqualTo(priced.savings());
        assertThat(priced.subtotal().minus(priced.savings())).isEqualTo(priced.total());
        for (PricedLine line : priced.lines()) {
            Money own = line.adjustments().stream().filter(a -> a.kind() != Adjustment.Kind.ORDER_DISCOUNT)
                    .map(Adjustment::amount).reduce(Money.ZERO, Money::plus);
            if (!line.voided()) {
                assertThat(line.listAmount().minus(own)).isEqualTo(line.lineTotal());
            }
            if (line.voided() || line.line().override() != null) {
                assertThat(line.adjustments()).noneMatch(a -> a.kind() == Adjustment.Kind.PROMOTION);
            }
        }
    }

    @Property(tries = 500)
    void theOrderDiscountIsAllocatedExactly(@ForAll("setups") Setup setup) {
        PricedCart priced = setup.price();
        assertThat(sum(priced.lines(), PricedLine::orderDiscountShare)).isEqualTo(priced.orderDiscount());
    }

    @Property(tries = 500)
    void taxPerRateMatchesARecomputationAndStaysWithinTheTotal(@ForAll("setups") Setup setup) {
        PricedCart priced = setup.price();
        Map<Integer, Money> byRate = new TreeMap<>();
        priced.lines().stream().filter(l -> !l.voided() && !l.netAmount().isZero())
                .forEach(l -> byRate.merge(l.line().product().taxRateBasisPoints(), l.netAmount(), Money::plus));

        assertThat(priced.taxes()).extracting(TaxLine::rateBasisPoints).containsExactlyElementsOf(byRate.keySet());
        for (TaxLine tax : priced.taxes()) {
            assertThat(tax.amount()).isEqualTo(byRate.get(tax.rateBasisPoints()));
            // tax = amount × rate / (1 + rate), half-up, written out independently of the engine
            BigDecimal expected = tax.amount().toYuan().multiply(BigDecimal.valueOf(tax.rateBasisPoints()))
                    .divide(BigDecimal.valueOf(10_000 + tax.rateBasisPoints()), 2, RoundingMode.HALF_UP);
            assertThat(tax.tax().toYuan()).isEqualByComparingTo(expected);
        }
        assertThat(priced.taxes().stream().map(TaxLine::amount).reduce(Money.ZERO, Money::plus)).isEqualTo(priced.total());
        assertThat(priced.totalTax()).isLessThanOrEqualTo(priced.total());
    }

    @Property(tries = 300)
    void pricingIsDeterministicWhateverTheOrderOfPromotions(@ForAll("setups") Setup setup) {
        List<Promotion> reversed = new ArrayList<>(setup.promotions());
        Collections.reverse(reversed);
        assertThat(setup.engine(reversed).price(setup.cart())).isEqualTo(setup.price());
    }

    @Provide
    Arbitrary<Setup> setups() {
        return Combinators.combine(carts(), promotions(), roundings()).as(Setup::new);
    }

    static Arbitrary<Cart> carts() {
        return CartSteps.steps(4, 20).map(steps -> {
            CartEditor editor = new CartEditor();
            CartSteps.applyAll(editor, steps);
            return editor.cart();
        });
    }

    static Arbitrary<CashRounding> roundings() {
        return Combinators.combine(Arbitraries.of(CashRounding.Step.class), Arbitraries.of(CashRounding.Mode.class))
                .as(CashRounding::new);
    }

    /** Up to five promotions with distinct ids, as the cloud would send them. */
    static Arbitrary<List<Promotion>> promotions() {
        return Combinators.combine(promotionShape(), Arbitraries.integers().between(0, 3))
                .as(Tuple::of).list().ofMaxSize(5)
                .map(specs -> {
                    List<Promotion> list = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        list.add(specs.get(i).get1().apply(Pricing.info("P" + i, specs.get(i).get2())));
                    }
                    return list;
                });
    }

    private static Arbitrary<Function<PromotionInfo, Promotion>> promotionShape() {
        Arbitrary<Target> target = Arbitraries.of(Target.all(), Target.categories("drinks"),
                Target.categories("snacks", "fresh"), Target.skus("1001", "2001"), Target.skus("1004"));
        Arbitrary<Integer> bp = Arbitraries.integers().between(1, 10_000);
        Arbitrary<Money> money = Arbitraries.longs().between(0, 2_000).map(Money::ofFen);
        return Arbitraries.oneOf(
                Combinators.combine(target, bp).as((t, p) -> i -> new Promotion.PercentOff(i, t, p)),
                Combinators.combine(target, money.filter(Money::isPositive))
                        .as((t, m) -> i -> new Promotion.AmountOff(i, t, m)),
                Combinators.combine(target, Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 2), bp)
                        .as((t, buy, get, p) -> i -> new Promotion.BuyXGetY(i, t, buy, get, p)),
                Combinators.combine(target, Arbitraries.integers().between(2, 4), money)
                        .as((t, n, m) -> i -> new Promotion.BundlePrice(i, t, n, m)),
                Combinators.combine(target, bp).as((t, p) -> i -> new Promotion.SecondItemDiscount(i, t, p)));
    }

    private static Money sum(List<PricedLine> lines, Function<PricedLine, Money> amount) {
        return lines.stream().map(amount).reduce(Money.ZERO, Money::plus);
    }
}
