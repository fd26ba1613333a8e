package cn.suanpan.core.refund;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.sale.Quantities;
import java.util.Locale;
import java.util.UUID;

/**
 * One line of a refund.
 *
 * @param saleLineNo the original line it returns, or null in a blind refund
 * @param amount     what this line gives back, before the refund's rounding
 */
public record RefundedLine(int lineNo, Integer saleLineNo, UUID productId, String sku, String name, String nameEn, String unit,
                           boolean weighed, long quantityMilli, Money amount, int taxRateBasisPoints, boolean trackStock) {

    public String displayName(Locale locale) {
        return "zh".equals(locale.getLanguage()) || nameEn == null || nameEn.isBlank() ? name : nameEn;
    }

    public String quantityDisplay() {
        return Quantities.display(quantityMilli, weighed);
    }
}
