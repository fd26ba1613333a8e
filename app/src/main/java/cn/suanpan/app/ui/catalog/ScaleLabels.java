package cn.suanpan.app.ui.catalog;

import cn.suanpan.core.catalog.Ean13;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;

/**
 * Labels printed by the shop's own scale (条码秤), as the demo and the tests make them:
 * EAN-13 {@code 20 CCCCC TTTTT K} — prefix 20, the five-digit scale code of the product,
 * the amount in fen and the check digit. Reading labels is core's
 * {@link cn.suanpan.core.catalog.scale.ScaleLabelDecoder}.
 */
public final class ScaleLabels {

    private ScaleLabels() {
    }

    /** The label a scale would print for {@code product} at {@code amount}: for tests and the demo. */
    public static String amountLabel(Product product, Money amount) {
        String twelve = "20" + product.scaleCode() + String.format("%05d", amount.fen());
        return Ean13.withCheckDigit(twelve);
    }
}
