package cn.suanpan.core.tender;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.pricing.PricedCart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The tenders offered for one sale, split as the customer likes, and what they settle.
 * Immutable: adding or removing a tender gives a new plan.
 *
 * <p>Rules, in the order the tenders were added:
 * <ul>
 *   <li>a non-cash tender may not exceed what remains: only cash gives change;</li>
 *   <li>cash that covers the remaining amount settles the sale; when it does, the remaining
 *       amount is cash-rounded first (抹零) and the rounding is recorded;</li>
 *   <li>nothing may be added once the sale is settled.</li>
 * </ul>
 * So {@code paid − change + rounding = total}, always.
 */
public final class TenderPlan {

    private final Money total;
    private final CashRounding cashRounding;
    private final List<Tender> tenders;
    private final Money remaining;
    private final Money change;
    private final Money rounding;

    private TenderPlan(Money total, CashRounding cashRounding, List<Tender> tenders) {
        this.total = total;
        this.cashRounding = cashRounding;
        this.tenders = List.copyOf(tenders);
        Money left = total.max(Money.ZERO);
        Money changeGiven = Money.ZERO;
        Money rounded = Money.ZERO;
        for (Tender tender : this.tenders) {
            if (!left.isPositive()) {
                throw new SuanpanException("tender.alreadySettled");
            }
            if (tender instanceof Tender.Cash(Money cash)) {
                Money due = cashRounding.apply(left);
                if (cash.compareTo(due) >= 0) {
                    rounded = left.minus(due);
                    changeGiven = cash.minus(due);
                    left = Money.ZERO;
                } else if (cash.compareTo(left) >= 0) {
                    // Half-up rounded the due amount up, and the customer handed the exact amount.
                    changeGiven = cash.minus(left);
                    left = Money.ZERO;
                } else {
                    left = left.minus(cash);
                }
            } else {
                if (tender.amount().compareTo(left) > 0) {
                    throw new SuanpanException("tender.exceedsRemaining", tender.amount().plain(), left.plain());
                }
                left = left.minus(tender.amount());
            }
        }
        this.remaining = left;
        this.change = changeGiven;
        this.rounding = rounded;
    }

    public static TenderPlan forTotal(Money total, CashRounding cashRounding) {
        return new TenderPlan(total, Objects.requireNonNull(cashRounding), List.of());
    }

    /** For a priced cart; its (unrounded) total is due, and rounding follows the tenders. */
    public static TenderPlan forCart(PricedCart cart, CashRounding cashRounding) {
        return forTotal(cart.total(), cashRounding);
    }

    /** The plan with one more tender, or an exception telling the cashier why not. */
    public TenderPlan add(Tender tender) {
        List<Tender> more = new ArrayList<>(tenders);
        more.add(tender);
        return new TenderPlan(total, cashRounding, more);
    }

    /** Takes a tender back out (a declined card, a mistyped cash amount). */
    public TenderPlan remove(int index) {
        List<Tender> fewer = new ArrayList<>(tenders);
        fewer.remove(index);
        return new TenderPlan(total, cashRounding, fewer);
    }

    public Money total() {
        return total;
    }

    public List<Tender> tenders() {
        return tenders;
    }

    /** Sum of all tenders as handed over, cash before change. */
    public Money paid() {
        return tenders.stream().map(Tender::amount).reduce(Money.ZERO, Money::plus);
    }

    /** Still to pay by a non-cash tender. */
    public Money remaining() {
        return remaining;
    }

    /** Still to pay if the customer pays the rest in cash: the remaining amount cash-rounded. */
    public Money remainingInCash() {
        return cashRounding.apply(remaining);
    }

    public Money change() {
        return change;
    }

    /** What cash rounding took off (negative when half-up rounded up); zero unless cash settled. */
    public Money rounding() {
        return rounding;
    }

    public boolean settled() {
        return !remaining.isPositive();
    }
}
