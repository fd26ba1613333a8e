package cn.suanpan.app.ui.catalog;

import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.Ean13;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;

/**
 * Labels printed by the shop's own scale (条码秤): EAN-13 in the in-store range starting
 * with 2, laid out {@code 2F CCCCC VVVVV K} — a flag digit, the five-digit scale code of the
 * product, five digits of value and the check digit. The value is the amount in fen
 * (the usual setting of Chinese label scales) or the weight in grams; the other is
 * worked out from the unit price.
 */
public final class ScaleLabels {

    public enum Value {
        AMOUNT, WEIGHT
    }

    private final Value value;

    public ScaleLabels(Value value) {
        this.value = value;
    }

    public static boolean looksLikeLabel(String code) {
        return code.length() == 13 && code.charAt(0) == '2' && Ean13.isValidGtin(code);
    }

    public Optional<ScanOutcome.ScaleLabel> decode(String code, Function<String, Optional<Product>> byScaleCode) {
        if (!looksLikeLabel(code)) {
            return Optional.empty();
        }
        String item = code.substring(2, 7);
        long digits = Long.parseLong(code.substring(7, 12));
        Optional<Product> product = byScaleCode.apply(item).filter(Product::weighed);
        if (product.isEmpty() || digits == 0) {
            return Optional.empty();
        }
        Product p = product.get();
        if (value == Value.WEIGHT) {
            Quantity.Weight weight = Quantity.grams(digits);
            return Optional.of(new ScanOutcome.ScaleLabel(p, weight, weight.priceAt(p.price())));
        }
        if (!p.price().isPositive()) {
            return Optional.empty();
        }
        Money amount = Money.ofFen(digits);
        long grams = BigDecimal.valueOf(digits).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(p.price().fen()), 0, RoundingMode.HALF_UP).longValueExact();
        return Optional.of(new ScanOutcome.ScaleLabel(p, Quantity.grams(Math.max(1, grams)), amount));
    }

    /** The label a scale would print for {@code product} at {@code amount}: for tests and the demo. */
    public static String amountLabel(Product product, Money amount) {
        String twelve = "20" + product.scaleCode() + String.format("%05d", amount.fen());
        return Ean13.withCheckDigit(twelve);
    }
}
