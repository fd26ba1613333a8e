package cn.suanpan.core.sale;

import cn.suanpan.core.cart.Quantity;
import java.math.BigDecimal;

/**
 * Quantities as stored: thousandths of a unit, so that pieces (× 1000) and grams of a kg
 * item share one exact column, the same scale as the stock ledger.
 */
public final class Quantities {

    public static final int SCALE = 3;
    private static final long PER_UNIT = 1000;

    private Quantities() {
    }

    public static long milli(Quantity quantity) {
        return switch (quantity) {
            case Quantity.Pieces p -> Math.multiplyExact(p.count(), PER_UNIT);
            case Quantity.Weight w -> w.grams();
        };
    }

    public static BigDecimal units(long milli) {
        return BigDecimal.valueOf(milli, SCALE);
    }

    /** "3" for pieces, "1.250" for a weight: as the cashier reads it on screen and receipt. */
    public static String display(long milli, boolean weighed) {
        return weighed ? units(milli).toPlainString() : units(milli).stripTrailingZeros().toPlainString();
    }

    /**
     * A quantity typed for a return ("2", "0.5"); empty when it is not a positive number with
     * at most three decimals, or not whole for goods sold by the piece.
     */
    public static java.util.OptionalLong parse(String text, boolean weighed) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() <= 0 || value.stripTrailingZeros().scale() > SCALE) {
                return java.util.OptionalLong.empty();
            }
            long milli = value.movePointRight(SCALE).longValueExact();
            if (!weighed && milli % PER_UNIT != 0) {
                return java.util.OptionalLong.empty();
            }
            return java.util.OptionalLong.of(milli);
        } catch (NumberFormatException | ArithmeticException e) {
            return java.util.OptionalLong.empty();
        }
    }
}
