package cn.suanpan.core.cart;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import java.math.BigDecimal;

/**
 * How much of a product a line holds: whole pieces, or a weight read from the scale.
 * Weights are whole grams so that a kilogram amount with three decimals is exact and
 * comparable without scale surprises ({@code 1.5} vs {@code 1.500}).
 */
public sealed interface Quantity {

    /** The price of this quantity at {@code unitPrice} (per piece or per kg), half-up to the fen. */
    Money priceAt(Money unitPrice);

    /** "3" or "1.250": as the cashier reads it. */
    String display();

    static Pieces pieces(int count) {
        return new Pieces(count);
    }

    static Weight grams(long grams) {
        return new Weight(grams);
    }

    /** A weight such as "0.455"; more than three decimals is not something a scale produces. */
    static Weight kg(String kg) {
        BigDecimal value;
        try {
            value = new BigDecimal(kg.strip());
        } catch (NumberFormatException e) {
            throw new SuanpanException("cart.badQuantity", kg);
        }
        if (value.stripTrailingZeros().scale() > 3) {
            throw new SuanpanException("cart.weightDecimals", kg);
        }
        return new Weight(value.movePointRight(3).longValueExact());
    }

    record Pieces(int count) implements Quantity {
        public Pieces {
            if (count <= 0) {
                throw new SuanpanException("cart.badQuantity", Integer.toString(count));
            }
        }

        @Override
        public Money priceAt(Money unitPrice) {
            return unitPrice.times(count);
        }

        public Pieces plus(Pieces other) {
            return new Pieces(Math.addExact(count, other.count));
        }

        @Override
        public String display() {
            return Integer.toString(count);
        }
    }

    record Weight(long grams) implements Quantity {
        public Weight {
            if (grams <= 0) {
                throw new SuanpanException("cart.badQuantity", BigDecimal.valueOf(grams, 3).toPlainString());
            }
        }

        public BigDecimal kg() {
            return BigDecimal.valueOf(grams, 3);
        }

        @Override
        public Money priceAt(Money unitPrice) {
            return unitPrice.times(kg());
        }

        @Override
        public String display() {
            return kg().toPlainString();
        }
    }
}
