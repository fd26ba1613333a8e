package cn.suanpan.core.pricing;

import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.money.Money;
import java.util.List;

/**
 * A cart with all its money worked out, for the screen, the receipt and the payment.
 *
 * <p>{@code subtotal − savings = total}; {@code total = Σ lineTotal − orderDiscount}
 * over lines that are not void; {@code cashTotal = total − cashRounding}.
 *
 * @param subtotal      shelf value of what is sold (list amounts of lines not voided)
 * @param savings       everything taken off: member prices, overrides, promotions, discounts
 * @param orderDiscount the order discount actually given (capped at what was left to discount)
 * @param total         what a customer paying by card, code or voucher pays
 * @param taxes         tax per rate, from the lines' net amounts; cash rounding is left out of
 *                      the tax base because whether it happens is only known at payment
 * @param cashRounding  what cash rounding takes off the total (抹零), when paying all in cash
 * @param cashTotal     what a customer paying all in cash pays
 */
public record PricedCart(
        Cart cart,
        List<PricedLine> lines,
        Money subtotal,
        Money savings,
        Money orderDiscount,
        Money total,
        List<TaxLine> taxes,
        Money cashRounding,
        Money cashTotal) {

    public PricedCart {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
    }

    public Money total(boolean paidInCash) {
        return paidInCash ? cashTotal : total;
    }

    public Money totalTax() {
        return taxes.stream().map(TaxLine::tax).reduce(Money.ZERO, Money::plus);
    }
}
