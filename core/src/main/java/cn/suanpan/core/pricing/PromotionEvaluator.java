package cn.suanpan.core.pricing;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.UnitPool.Claim;
import cn.suanpan.core.pricing.UnitPool.Entry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one promotion would do to the units still open in the pool. It only computes; the
 * engine decides whether to take the result. Savings are rounded half-up once per line.
 */
final class PromotionEvaluator {

    private PromotionEvaluator() {
    }

    static List<Claim> evaluate(Promotion promotion, UnitPool pool) {
        return switch (promotion) {
            case Promotion.PercentOff p -> percentOff(p, pool);
            case Promotion.AmountOff a -> amountOff(a, pool);
            case Promotion.BuyXGetY b -> buyXGetY(b, pool);
            case Promotion.BundlePrice b -> bundle(b, pool);
            case Promotion.SecondItemDiscount s -> secondItem(s, pool);
        };
    }

    private static List<Claim> percentOff(Promotion.PercentOff p, UnitPool pool) {
        return pool.open(p.target())
                .map(e -> new Claim(e.line.lineNo(), e.available(),
                        percentOf(e.priceOfUnit().times(e.available()), p.percentOff())))
                .toList();
    }

    private static List<Claim> amountOff(Promotion.AmountOff a, UnitPool pool) {
        return pool.open(a.target()).map(e -> {
            Money saving = e.countable()
                    ? a.amountPerUnit().min(e.unitPrice).times(e.available())
                    : e.line.quantity().priceAt(a.amountPerUnit()).min(e.baseAmount);
            return new Claim(e.line.lineNo(), e.available(), saving);
        }).toList();
    }

    /**
     * Dearest pieces first, cut into groups of buy + get; the last {@code get} of each group
     * (its cheapest) are discounted. Sorting first is what makes the result the best the
     * customer can get under the "cheapest of the group" rule.
     */
    private static List<Claim> buyXGetY(Promotion.BuyXGetY b, UnitPool pool) {
        List<Entry> units = piecesDearestFirst(b.target(), pool);
        int group = b.buy() + b.get();
        int used = units.size() / group * group;
        Map<Entry, int[]> perLine = new LinkedHashMap<>(); // [units used, units discounted]
        for (int i = 0; i < used; i++) {
            int[] counts = perLine.computeIfAbsent(units.get(i), e -> new int[2]);
            counts[0]++;
            if (i % group >= b.buy()) {
                counts[1]++;
            }
        }
        return claims(perLine, b.percentOff());
    }

    /** Pairs pieces within each product in cart order; the second of each pair is discounted. */
    private static List<Claim> secondItem(Promotion.SecondItemDiscount s, UnitPool pool) {
        Map<String, List<Entry>> byProduct = new LinkedHashMap<>();
        pool.open(s.target()).filter(Entry::countable)
                .forEach(e -> byProduct.computeIfAbsent(e.line.product().sku(), k -> new ArrayList<>()).add(e));
        Map<Entry, int[]> perLine = new LinkedHashMap<>();
        for (List<Entry> lines : byProduct.values()) {
            int pieces = lines.stream().mapToInt(Entry::available).sum();
            int paired = pieces - pieces % 2;
            int position = 0;
            for (Entry e : lines) {
                for (int u = 0; u < e.available() && position < paired; u++, position++) {
                    int[] counts = perLine.computeIfAbsent(e, x -> new int[2]);
                    counts[0]++;
                    if (position % 2 == 1) {
                        counts[1]++;
                    }
                }
            }
        }
        return claims(perLine, s.percentOff());
    }

    /**
     * Bundles are filled dearest pieces first, since the bundle price is fixed and so the
     * customer saves most; filling stops at the first bundle that would not save anything.
     * The saving is spread over the bundled lines pro rata to their bundled amounts.
     */
    private static List<Claim> bundle(Promotion.BundlePrice b, UnitPool pool) {
        List<Entry> units = piecesDearestFirst(b.target(), pool);
        Map<Entry, Integer> used = new LinkedHashMap<>();
        Map<Entry, Money> bundledAmount = new LinkedHashMap<>();
        Money saving = Money.ZERO;
        for (int from = 0; from + b.count() <= units.size(); from += b.count()) {
            List<Entry> bundle = units.subList(from, from + b.count());
            Money full = bundle.stream().map(e -> e.unitPrice).reduce(Money.ZERO, Money::plus);
            if (full.compareTo(b.price()) <= 0) {
                break;
            }
            saving = saving.plus(full.minus(b.price()));
            for (Entry e : bundle) {
                used.merge(e, 1, Integer::sum);
                bundledAmount.merge(e, e.unitPrice, Money::plus);
            }
        }
        List<Entry> lines = new ArrayList<>(used.keySet());
        List<Money> shares = ProRata.allocate(saving, lines.stream().map(bundledAmount::get).toList());
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            claims.add(new Claim(lines.get(i).line.lineNo(), used.get(lines.get(i)), shares.get(i)));
        }
        return claims;
    }

    /** Each open piece as its own element, dearest first; equal prices keep cart order. */
    private static List<Entry> piecesDearestFirst(Target target, UnitPool pool) {
        List<Entry> units = new ArrayList<>();
        pool.open(target).filter(Entry::countable).forEach(e -> {
            for (int u = 0; u < e.available(); u++) {
                units.add(e);
            }
        });
        units.sort(Comparator.comparing((Entry e) -> e.unitPrice).reversed());
        return units;
    }

    private static List<Claim> claims(Map<Entry, int[]> perLine, int percentOff) {
        List<Claim> claims = new ArrayList<>();
        perLine.forEach((e, counts) -> claims.add(new Claim(e.line.lineNo(), counts[0],
                percentOf(e.unitPrice.times(counts[1]), percentOff))));
        return claims;
    }

    static Money percentOf(Money amount, int basisPoints) {
        return amount.times(BigDecimal.valueOf(basisPoints, 4));
    }
}
