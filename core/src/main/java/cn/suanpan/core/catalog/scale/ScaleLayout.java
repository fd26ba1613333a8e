package cn.suanpan.core.catalog.scale;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where the item code and the amounts sit in an in-store scale label, for one prefix.
 *
 * <p>A label is all digits: a two-digit prefix (20 to 29, the GS1 range for in-store
 * numbers), the item code (the product's scale code, PLU), the values in the given order,
 * and a check digit over all the digits before it (GS1 mod 10, the EAN-13 scheme extended
 * to any length). Supported layouts:
 * <pre>
 *   EAN-13 weight label   PP IIIII WWWWW C        {@link #weight(int)}:   grams
 *   EAN-13 price label    PP IIIII TTTTT C        {@link #price(int)}:    total in fen
 *   18-digit label        PP IIIII TTTTT WWWWW C  {@link #priceAndWeight(int)}
 * </pre>
 * and any other of 13 to 20 digits built with the constructor: item code of 4 to 6 digits,
 * one or two values of 4 to 6 digits each, weight and price in either order (for example
 * {@code PP IIIIII WWWW C}, or an 18-digit {@code PP IIIII TTTTTT WWWW C}).
 */
public record ScaleLayout(int prefix, int itemDigits, List<Value> values) {

    public enum Quantity {
        /** Total price of the item in fen. */
        PRICE_FEN,
        /** Net weight in grams. */
        WEIGHT_GRAMS
    }

    public record Value(Quantity quantity, int digits) {
        public Value {
            if (quantity == null || digits < 4 || digits > 6) {
                throw new IllegalArgumentException("a value has 4 to 6 digits: " + quantity + " " + digits);
            }
        }
    }

    public ScaleLayout {
        values = List.copyOf(values);
        if (prefix < 20 || prefix > 29) {
            throw new IllegalArgumentException("scale label prefixes are 20 to 29, not " + prefix);
        }
        if (itemDigits < 4 || itemDigits > 6) {
            throw new IllegalArgumentException("an item code has 4 to 6 digits, not " + itemDigits);
        }
        Set<Quantity> seen = EnumSet.noneOf(Quantity.class);
        for (Value v : values) {
            if (!seen.add(v.quantity())) {
                throw new IllegalArgumentException(v.quantity() + " appears twice");
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a scale label holds a weight, a price or both");
        }
        int length = 3 + itemDigits + values.stream().mapToInt(Value::digits).sum();
        if (length < 13 || length > 20) {
            throw new IllegalArgumentException("a scale label has 13 to 20 digits, not " + length);
        }
    }

    /** {@code PP IIIII WWWWW C}: 13 digits, weight in grams. */
    public static ScaleLayout weight(int prefix) {
        return new ScaleLayout(prefix, 5, List.of(new Value(Quantity.WEIGHT_GRAMS, 5)));
    }

    /** {@code PP IIIII TTTTT C}: 13 digits, total price in fen. */
    public static ScaleLayout price(int prefix) {
        return new ScaleLayout(prefix, 5, List.of(new Value(Quantity.PRICE_FEN, 5)));
    }

    /** {@code PP IIIII TTTTT WWWWW C}: 18 digits, total price in fen then weight in grams. */
    public static ScaleLayout priceAndWeight(int prefix) {
        return new ScaleLayout(prefix, 5, List.of(new Value(Quantity.PRICE_FEN, 5), new Value(Quantity.WEIGHT_GRAMS, 5)));
    }

    /** Number of digits of a label, check digit included. */
    public int length() {
        return 3 + itemDigits + values.stream().mapToInt(Value::digits).sum();
    }
}
