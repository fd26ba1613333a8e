package cn.suanpan.core.refund;

import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.sale.ReceiptNumber;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A committed refund, durable when returned.
 *
 * @param saleReceiptNo the original receipt, or null for a blind refund
 * @param total         what the customer gets back
 * @param rounding      line amounts minus total (the last refund of a cash-rounded sale)
 */
public record CompletedRefund(UUID id, ReceiptNumber number, Instant at, String saleReceiptNo, List<RefundedLine> lines,
                              Money total, Money rounding, List<RefundTender> tenders, long pointsReversed, UUID approverId,
                              List<UserMessage> warnings) {

    public CompletedRefund {
        lines = List.copyOf(lines);
        tenders = List.copyOf(tenders);
        warnings = List.copyOf(warnings);
    }

    public boolean training() {
        return number.kind().training();
    }
}
