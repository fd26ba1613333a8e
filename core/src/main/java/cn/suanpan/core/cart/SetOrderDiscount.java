package cn.suanpan.core.cart;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;

/** Gives (or with null, takes away) a discount on the whole order. */
public final class SetOrderDiscount implements CartCommand {

    private final Discount discount;
    private Discount before;

    public SetOrderDiscount(Discount discount) {
        this.discount = discount;
    }

    public static SetOrderDiscount clear() {
        return new SetOrderDiscount(null);
    }

    @Override
    public Cart execute(Cart cart) {
        if (discount instanceof Discount.Amount(Money amount)) {
            Money base = cart.baseAmount();
            if (amount.compareTo(base) > 0) {
                throw new SuanpanException("cart.discountAboveAmount", amount.plain(), base.plain());
            }
        }
        before = cart.orderDiscount();
        return cart.withOrderDiscount(discount);
    }

    @Override
    public Cart undo(Cart cart) {
        return cart.withOrderDiscount(before);
    }
}
