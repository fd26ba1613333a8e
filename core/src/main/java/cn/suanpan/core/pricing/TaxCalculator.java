package cn.suanpan.core.pricing;

import cn.suanpan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Takes tax out of tax-inclusive amounts: {@code tax = amount × rate / (100 % + rate)},
 * half-up once per rate. Rounding per rate rather than per line is what the fapiao does,
 * and keeps the receipt's tax lines equal to a recomputation from its own totals.
 */
public final class TaxCalculator {

    private TaxCalculator() {
    }

    /** One tax line per rate, lowest rate first. */
    public static List<TaxLine> taxes(Map<Integer, Money> amountByRate) {
        return new TreeMap<>(amountByRate).entrySet().stream()
                .map(e -> new TaxLine(e.getKey(), e.getValue(), taxIn(e.getValue(), e.getKey())))
                .toList();
    }

    public static Money taxIn(Money amount, int rateBasisPoints) {
        if (rateBasisPoints < 0) {
            throw new IllegalArgumentException("negative tax rate");
        }
        BigDecimal tax = BigDecimal.valueOf(amount.fen()).multiply(BigDecimal.valueOf(rateBasisPoints))
                .divide(BigDecimal.valueOf(10_000L + rateBasisPoints), 0, RoundingMode.HALF_UP);
        return Money.ofFen(tax.longValueExact());
    }
}
