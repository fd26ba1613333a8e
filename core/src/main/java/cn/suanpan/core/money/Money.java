package cn.suanpan.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of renminbi in fen (0.01 yuan). Never a floating-point number: every
 * operation is exact on {@code long}, and the one place where fractions arise
 * ({@link #times(BigDecimal)}) rounds half-up explicitly.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100));
    }

    /** Parses "3.5", "3.50", "-1", "￥12.00" into fen; more than two decimals is an error. */
    public static Money parse(String text) {
        String t = text.strip().replace("￥", "").replace("¥", "").replace(",", "");
        if (t.isEmpty()) {
            throw new NumberFormatException("empty amount");
        }
        BigDecimal value = new BigDecimal(t);
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new NumberFormatException("more than two decimals: " + text);
        }
        return new Money(value.movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money negate() {
        return new Money(Math.negateExact(fen));
    }

    public Money times(long count) {
        return new Money(Math.multiplyExact(fen, count));
    }

    /** Multiplies by a quantity such as a weight in kg, rounding half-up to the fen. */
    public Money times(BigDecimal factor) {
        return new Money(BigDecimal.valueOf(fen).multiply(factor)
                .setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public Money min(Money other) {
        return fen <= other.fen ? this : other;
    }

    public Money max(Money other) {
        return fen >= other.fen ? this : other;
    }

    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    /** "12.30" / "-0.05": two decimals, no currency sign. */
    public String plain() {
        return toYuan().toPlainString();
    }

    /** "￥12.30": the form shown to cashiers and printed on receipts. */
    public String display() {
        // abs() of the BigDecimal: Math.abs(Long.MIN_VALUE) is still negative
        return (fen < 0 ? "-￥" : "￥") + toYuan().abs().toPlainString();
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    @Override
    public String toString() {
        return plain();
    }
}
