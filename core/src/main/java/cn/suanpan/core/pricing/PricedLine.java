package cn.suanpan.core.pricing;

import cn.suanpan.core.cart.CartLine;
import cn.suanpan.core.money.Money;
import java.util.List;

/**
 * A cart line with its money worked out.
 *
 * <p>{@code listAmount − (adjustments other than the order discount) = lineTotal} and
 * {@code lineTotal − orderDiscountShare = netAmount}. A voided line keeps its list amount
 * for the struck-through display, and everything else is zero.
 *
 * @param unitPrice  the unit price used: override, member price or shelf price
 * @param listAmount shelf price × quantity, or the scale label's amount
 * @param lineTotal  what the line shows: after its own adjustments, before the order discount
 * @param netAmount  what the line really costs, the basis of tax
 */
public record PricedLine(
        CartLine line,
        Money unitPrice,
        Money listAmount,
        List<Adjustment> adjustments,
        Money lineTotal,
        Money orderDiscountShare,
        Money netAmount) {

    public PricedLine {
        adjustments = List.copyOf(adjustments);
    }

    public boolean voided() {
        return line.voided();
    }

    /** Everything this line saved, its share of the order discount included. */
    public Money savings() {
        return adjustments.stream().map(Adjustment::amount).reduce(Money.ZERO, Money::plus);
    }
}
