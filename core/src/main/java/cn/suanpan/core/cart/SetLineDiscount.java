package cn.suanpan.core.cart;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;

/**
 * Gives (or with null, takes away) a discount on one line. An amount is checked against the
 * line's amount before promotions, which is what the cashier sees when typing it; should
 * promotions leave less, pricing takes no more than what is left.
 */
public final class SetLineDiscount extends LineEdit {

    private final Discount discount;

    public SetLineDiscount(int lineNo, Discount discount) {
        super(lineNo);
        this.discount = discount;
    }

    public static SetLineDiscount clear(int lineNo) {
        return new SetLineDiscount(lineNo, null);
    }

    @Override
    protected CartLine edit(Cart cart, CartLine line) {
        if (discount instanceof Discount.Amount(Money amount)) {
            Money base = line.baseAmount(cart.hasMember());
            if (amount.compareTo(base) > 0) {
                throw new SuanpanException("cart.discountAboveAmount", amount.plain(), base.plain());
            }
        }
        return line.withDiscount(discount);
    }
}
