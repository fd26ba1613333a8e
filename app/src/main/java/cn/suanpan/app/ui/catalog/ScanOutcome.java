package cn.suanpan.app.ui.catalog;

import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;

/** What a scanned code turned out to be. */
public sealed interface ScanOutcome {

    /** A product's own barcode or SKU. */
    record Found(Product product) implements ScanOutcome {
    }

    /** A label printed by the shop's scale: the product, its weight and the amount on the label. */
    record ScaleLabel(Product product, Quantity.Weight weight, Money amount) implements ScanOutcome {
    }

    /** Nothing in the catalog answers to it. */
    record Unknown(String code) implements ScanOutcome {
    }
}
