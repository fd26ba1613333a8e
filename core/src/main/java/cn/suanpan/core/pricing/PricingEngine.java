package cn.suanpan.core.pricing;

import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.Discount;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.UnitPool.Claim;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Works out the money of a cart, in the fixed order written down in docs/PRICING.md:
 * <ol>
 *   <li>unit prices: override, else member price, else shelf price;</li>
 *   <li>promotions, one unit to one promotion at most, by priority then best saving;</li>
 *   <li>the cashier's line discounts;</li>
 *   <li>the order discount, spread over the lines pro rata;</li>
 *   <li>tax per rate, and the cash rounding of the total.</li>
 * </ol>
 * Pure: the same cart at the same instant, under the same promotions, always prices the same.
 */
public final class PricingEngine {

    /** Higher priority first; equal priority in id order, so that ties are settled the same way everywhere. */
    static final Comparator<Promotion> APPLICATION_ORDER =
            Comparator.comparingInt(Promotion::priority).reversed().thenComparing(Promotion::id);

    private final Clock clock;
    private final ZoneId storeZone;
    private final Supplier<List<Promotion>> promotions;
    private final CashRounding cashRounding;

    public PricingEngine(Clock clock, ZoneId storeZone, List<Promotion> promotions, CashRounding cashRounding) {
        this(clock, storeZone, constant(List.copyOf(promotions)), cashRounding);
    }

    /**
     * An engine whose promotions may change while it runs (pulled from the cloud): each
     * cart is priced with the ones {@code promotions} gives at that moment.
     */
    public PricingEngine(Clock clock, ZoneId storeZone, Supplier<List<Promotion>> promotions, CashRounding cashRounding) {
        this.clock = clock;
        this.storeZone = storeZone;
        this.promotions = promotions;
        this.cashRounding = cashRounding;
    }

    private static Supplier<List<Promotion>> constant(List<Promotion> promotions) {
        return () -> promotions;
    }

    public CashRounding cashRounding() {
        return cashRounding;
    }

    public PricedCart price(Cart cart) {
        List<LineWork> lines = cart.lines().stream().map(l -> new LineWork(l, cart.hasMember())).toList();
        applyPromotions(lines, clock.instant());
        applyLineDiscounts(lines);
        Money orderDiscount = applyOrderDiscount(cart.orderDiscount(), lines);
        return summarise(cart, lines, orderDiscount);
    }

    /** Promotions running at {@code now}, in the order they are considered. */
    public List<Promotion> activeAt(Instant now) {
        return promotions.get().stream().filter(p -> p.info().window().contains(now, storeZone))
                .sorted(APPLICATION_ORDER).toList();
    }

    /**
     * Step 2. Among the promotions of the highest priority still pending, the one saving the
     * customer most on the units still open goes first (lowest id on a tie); then the rest
     * are weighed again on what is left. A promotion that saves nothing claims nothing.
     */
    private void applyPromotions(List<LineWork> lines, Instant now) {
        UnitPool pool = new UnitPool();
        lines.stream().filter(LineWork::openToPromotions).forEach(w -> pool.add(w.line, w.unitPrice, w.baseAmount));
        Map<Integer, LineWork> byLineNo = lines.stream()
                .collect(Collectors.toMap(w -> w.line.lineNo(), Function.identity()));

        List<Promotion> pending = new ArrayList<>(activeAt(now));
        while (!pending.isEmpty()) {
            int priority = pending.getFirst().priority();
            Promotion best = null;
            List<Claim> bestClaims = List.of();
            Money bestSaving = Money.ZERO;
            for (Promotion candidate : pending) {
                if (candidate.priority() != priority) {
                    break;
                }
                List<Claim> claims = PromotionEvaluator.evaluate(candidate, pool);
                Money saving = claims.stream().map(Claim::saving).reduce(Money.ZERO, Money::plus);
                if (best == null || saving.compareTo(bestSaving) > 0) {
                    best = candidate;
                    bestClaims = claims;
                    bestSaving = saving;
                }
            }
            pending.remove(best);
            if (bestSaving.isPositive()) {
                pool.claim(bestClaims);
                for (Claim claim : bestClaims) {
                    if (claim.saving().isPositive()) {
                        byLineNo.get(claim.lineNo()).adjustments.add(Adjustment.promotion(best, claim.saving()));
                    }
                }
            }
        }
    }

    /** Step 3: on what the promotions left; a percentage rounds half-up, an amount takes at most what is left. */
    private static void applyLineDiscounts(List<LineWork> lines) {
        for (LineWork w : lines) {
            Discount discount = w.line.discount();
            if (w.counts() && discount != null) {
                Money amount = discount.takenFrom(w.lineTotal());
                if (amount.isPositive()) {
                    w.add(Adjustment.Kind.LINE_DISCOUNT, amount);
                }
            }
        }
    }

    /**
     * Step 4: the order discount is worked out on the sum of line totals, then spread over the
     * lines pro rata to their totals (largest remainder) so that refunds of single lines later
     * give back exactly what the line cost.
     */
    private static Money applyOrderDiscount(Discount discount, List<LineWork> lines) {
        List<LineWork> counted = lines.stream().filter(LineWork::counts).toList();
        List<Money> totals = counted.stream().map(LineWork::lineTotal).toList();
        Money base = totals.stream().reduce(Money.ZERO, Money::plus);
        Money amount = discount == null ? Money.ZERO : discount.takenFrom(base);
        List<Money> shares = ProRata.allocate(amount, totals);
        for (int i = 0; i < counted.size(); i++) {
            LineWork w = counted.get(i);
            w.orderShare = shares.get(i);
            if (w.orderShare.isPositive()) {
                w.add(Adjustment.Kind.ORDER_DISCOUNT, w.orderShare);
            }
        }
        return amount;
    }

    /** Step 5: totals, tax per rate from the net amounts, cash rounding of the total. */
    private PricedCart summarise(Cart cart, List<LineWork> lines, Money orderDiscount) {
        List<PricedLine> priced = lines.stream().map(LineWork::toPricedLine).toList();
        List<PricedLine> counted = priced.stream().filter(l -> !l.voided()).toList();
        Money subtotal = sum(counted, PricedLine::listAmount);
        Money savings = sum(counted, PricedLine::savings);
        Money total = sum(counted, PricedLine::netAmount);
        Map<Integer, Money> byRate = new TreeMap<>();
        for (PricedLine l : counted) {
            if (!l.netAmount().isZero()) {
                byRate.merge(l.line().product().taxRateBasisPoints(), l.netAmount(), Money::plus);
            }
        }
        return new PricedCart(cart, priced, subtotal, savings, orderDiscount, total,
                TaxCalculator.taxes(byRate), cashRounding.roundingOf(total), cashRounding.apply(total));
    }

    private static Money sum(List<PricedLine> lines, Function<PricedLine, Money> amount) {
        return lines.stream().map(amount).reduce(Money.ZERO, Money::plus);
    }
}
