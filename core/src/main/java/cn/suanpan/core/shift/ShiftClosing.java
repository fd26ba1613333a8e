package cn.suanpan.core.shift;

import cn.suanpan.core.money.Money;
import java.util.UUID;

/** A closed shift: its figures, what was counted, and the difference (positive: over, negative: short). */
public record ShiftClosing(ShiftReport report, DenominationCount count, UUID closedBy) {

    public Money counted() {
        return count.total();
    }

    public Money overShort() {
        return counted().minus(report.expectedCash());
    }
}
