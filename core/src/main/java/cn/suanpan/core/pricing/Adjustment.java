package cn.suanpan.core.pricing;

import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import java.util.Locale;

/**
 * One thing that changed a line's amount, as shown under the line and printed on the
 * receipt. A positive amount is a saving for the customer; an override above the shelf
 * price is the one case that gives a negative amount.
 *
 * @param promotionId   the promotion's id for {@link Kind#PROMOTION}, otherwise null
 * @param promotionName the promotion's name for {@link Kind#PROMOTION}, otherwise null
 */
public record Adjustment(Kind kind, Money amount, String promotionId, LocalizedName promotionName) {

    public enum Kind {
        MEMBER_PRICE("pricing.adjustment.memberPrice"),
        PRICE_OVERRIDE("pricing.adjustment.priceOverride"),
        PROMOTION(null),
        LINE_DISCOUNT("pricing.adjustment.lineDiscount"),
        ORDER_DISCOUNT("pricing.adjustment.orderDiscount");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    static Adjustment of(Kind kind, Money amount) {
        return new Adjustment(kind, amount, null, null);
    }

    static Adjustment promotion(Promotion promotion, Money amount) {
        return new Adjustment(Kind.PROMOTION, amount, promotion.id(), promotion.info().name());
    }

    /** "会员价", "第二件半价", … in the cashier's language. */
    public String label(Locale locale) {
        return kind == Kind.PROMOTION ? promotionName.in(locale) : new UserMessage(kind.messageKey).format(locale);
    }
}
