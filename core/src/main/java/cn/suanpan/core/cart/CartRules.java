package cn.suanpan.core.cart;

import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.i18n.SuanpanException;
import java.math.BigDecimal;

/**
 * Shop settings that shape cart edits.
 *
 * @param mergeSameProduct scanning a piece product that is already in the cart adds to its line
 *                         instead of opening a new one (most shops want this; some count lines)
 * @param minWeightGrams   lightest weight a line may hold: below it the scale is reading noise
 * @param maxWeightGrams   heaviest weight; 99.999 kg is what a five-digit scale label can carry
 * @param maxPieces        most pieces on one line: guards against a barcode scanned into the
 *                         quantity field
 */
public record CartRules(boolean mergeSameProduct, long minWeightGrams, long maxWeightGrams, int maxPieces) {

    public static final CartRules DEFAULT = new CartRules(true, 1, 99_999, 9_999);

    public CartRules {
        if (minWeightGrams < 1 || maxWeightGrams < minWeightGrams || maxPieces < 1) {
            throw new IllegalArgumentException("bad cart rules");
        }
    }

    public CartRules withMergeSameProduct(boolean merge) {
        return new CartRules(merge, minWeightGrams, maxWeightGrams, maxPieces);
    }

    /** Refuses a quantity of the wrong kind for the product, or outside the shop's limits. */
    public void checkQuantity(Product product, Quantity quantity) {
        switch (quantity) {
            case Quantity.Pieces p -> {
                if (product.weighed()) {
                    throw new SuanpanException("cart.weighedNeedsWeight", product.name());
                }
                if (p.count() > maxPieces) {
                    throw new SuanpanException("cart.quantityTooLarge", p.display(), Integer.toString(maxPieces));
                }
            }
            case Quantity.Weight w -> {
                if (!product.weighed()) {
                    throw new SuanpanException("cart.countedNeedsPieces", product.name());
                }
                if (w.grams() < minWeightGrams || w.grams() > maxWeightGrams) {
                    throw new SuanpanException("cart.weightOutOfRange", w.display(),
                            kg(minWeightGrams), kg(maxWeightGrams));
                }
            }
        }
    }

    private static String kg(long grams) {
        return BigDecimal.valueOf(grams, 3).toPlainString();
    }
}
