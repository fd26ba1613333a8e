package cn.suanpan.core.pricing;

import cn.suanpan.core.cart.CartLine;
import cn.suanpan.core.money.Money;
import java.util.ArrayList;
import java.util.List;

/** A line while the engine works on it: its fixed starting amounts and the adjustments so far. */
final class LineWork {

    final CartLine line;
    final Money unitPrice;
    final Money listAmount;
    final Money baseAmount;
    final List<Adjustment> adjustments = new ArrayList<>();
    Money orderShare = Money.ZERO;

    /** Step 1: member price or override turn the list amount into the base amount. */
    LineWork(CartLine line, boolean memberAttached) {
        this.line = line;
        this.unitPrice = line.unitPrice(memberAttached);
        this.listAmount = line.listAmount();
        this.baseAmount = line.baseAmount(memberAttached);
        Money difference = listAmount.minus(baseAmount);
        if (!line.voided() && !difference.isZero()) {
            add(line.override() != null ? Adjustment.Kind.PRICE_OVERRIDE : Adjustment.Kind.MEMBER_PRICE, difference);
        }
    }

    boolean counts() {
        return !line.voided();
    }

    /** An overridden price is final, so promotions leave that line alone. */
    boolean openToPromotions() {
        return counts() && line.override() == null;
    }

    void add(Adjustment.Kind kind, Money amount) {
        adjustments.add(Adjustment.of(kind, amount));
    }

    /** The line's amount after its own adjustments, before the order discount. */
    Money lineTotal() {
        if (!counts()) {
            return Money.ZERO;
        }
        return adjustments.stream().filter(a -> a.kind() != Adjustment.Kind.ORDER_DISCOUNT)
                .map(Adjustment::amount).reduce(listAmount, Money::minus);
    }

    PricedLine toPricedLine() {
        Money total = lineTotal();
        return new PricedLine(line, unitPrice, listAmount, adjustments, total, orderShare, total.minus(orderShare));
    }
}
