package cn.suanpan.core.sale;

import cn.suanpan.core.money.Money;

/**
 * Member points earned by a sale: one point per whole {@code fenPerPoint} paid. The cloud
 * owns the balance; the terminal only sends the delta, so the rule here decides what the
 * receipt promises and the cloud may apply its own on top.
 */
public record PointsRule(long fenPerPoint) {

    /** One point per yuan. */
    public static final PointsRule PER_YUAN = new PointsRule(100);

    public PointsRule {
        if (fenPerPoint < 1) {
            throw new IllegalArgumentException("fenPerPoint must be positive");
        }
    }

    public long pointsFor(Money paid) {
        return paid.isPositive() ? paid.fen() / fenPerPoint : 0;
    }
}
