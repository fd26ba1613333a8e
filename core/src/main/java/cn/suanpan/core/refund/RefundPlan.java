package cn.suanpan.core.refund;

import cn.suanpan.core.money.Money;
import java.util.List;

/** The lines and money of a refund before it is stored: {@code lineSum − rounding = total}. */
public record RefundPlan(List<RefundedLine> lines, Money lineSum, Money total) {

    public RefundPlan {
        lines = List.copyOf(lines);
    }

    public Money rounding() {
        return lineSum.minus(total);
    }
}
