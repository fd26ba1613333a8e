package cn.suanpan.hardware.scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/** Units scales report in, converted exactly to whole grams (half up). */
public enum WeightUnit {
    KG("kg", new BigDecimal("1000")),
    G("g", BigDecimal.ONE),
    /** The international avoirdupois pound, exactly 453.59237 g. */
    LB("lb", new BigDecimal("453.59237"));

    private final String symbol;
    private final BigDecimal grams;

    WeightUnit(String symbol, BigDecimal grams) {
        this.symbol = symbol;
        this.grams = grams;
    }

    public String symbol() {
        return symbol;
    }

    /** The value in grams, rounded half up to a whole gram. */
    public long toGrams(BigDecimal value) {
        return value.multiply(grams).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Grams expressed in this unit with the given number of decimals (half up). */
    public BigDecimal fromGrams(long g, int decimals) {
        return BigDecimal.valueOf(g).divide(grams, decimals, RoundingMode.HALF_UP);
    }

    public static Optional<WeightUnit> ofSymbol(String symbol) {
        String s = symbol.strip().toLowerCase(Locale.ROOT);
        for (WeightUnit u : values()) {
            if (u.symbol.equals(s)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
