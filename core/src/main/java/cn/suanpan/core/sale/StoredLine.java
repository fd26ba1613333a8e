package cn.suanpan.core.sale;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.Adjustment;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One line of a stored sale; {@code lineNo} is its place on the receipt, from 1. */
public record StoredLine(int lineNo, UUID productId, String sku, String name, String nameEn, String unit, boolean weighed,
                         long quantityMilli, Money unitPrice, Money listAmount, Money lineTotal, Money orderDiscountShare,
                         Money netAmount, int taxRateBasisPoints, boolean trackStock, boolean voided,
                         List<Adjustment> adjustments) {

    public StoredLine {
        adjustments = List.copyOf(adjustments);
    }

    public String displayName(Locale locale) {
        return "zh".equals(locale.getLanguage()) || nameEn == null || nameEn.isBlank() ? name : nameEn;
    }

    public String quantityDisplay() {
        return Quantities.display(quantityMilli, weighed);
    }
}
