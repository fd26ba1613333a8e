package cn.suanpan.core.cart;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A manual discount the cashier gives on a line or on the whole order: a fixed amount or a
 * percentage. Percentages are basis points (12.5 % = 1250) so that they stay exact.
 */
public sealed interface Discount {

    /** How much this discount takes off {@code base}: never more than the base itself. */
    Money takenFrom(Money base);

    static Amount amount(Money amount) {
        return new Amount(amount);
    }

    /** "10" or "12.5" percent; more than two decimals is refused rather than rounded silently. */
    static Percent percent(String percent) {
        try {
            BigDecimal value = new BigDecimal(percent.strip()).setScale(2, RoundingMode.UNNECESSARY);
            return new Percent(value.movePointRight(2).intValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new SuanpanException("cart.badPercent", percent);
        }
    }

    record Amount(Money amount) implements Discount {
        public Amount {
            if (amount.isNegative()) {
                throw new SuanpanException("cart.discountNegative", amount.plain());
            }
        }

        @Override
        public Money takenFrom(Money base) {
            return amount.min(base.max(Money.ZERO));
        }
    }

    record Percent(int basisPoints) implements Discount {
        public static final int HUNDRED_PERCENT = 10_000;

        public Percent {
            if (basisPoints < 0) {
                throw new SuanpanException("cart.discountNegative", display(basisPoints));
            }
            if (basisPoints > HUNDRED_PERCENT) {
                throw new SuanpanException("cart.discountPercentTooHigh", display(basisPoints));
            }
        }

        /** Half-up to the fen, like every other rounding of a line amount. */
        @Override
        public Money takenFrom(Money base) {
            return base.max(Money.ZERO).times(BigDecimal.valueOf(basisPoints, 4));
        }

        /** "12.5%". */
        public String display() {
            return display(basisPoints);
        }

        private static String display(int basisPoints) {
            return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
        }
    }
}
