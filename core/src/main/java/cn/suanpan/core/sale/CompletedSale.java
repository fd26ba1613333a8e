package cn.suanpan.core.sale;

import cn.suanpan.core.i18n.UserMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A committed sale: durable when this is returned.
 *
 * @param shiftId  the shift it counts in; null for a training sale outside any shift
 * @param warnings things the cashier should know that did not stop the sale (stock gone negative)
 */
public record CompletedSale(UUID id, ReceiptNumber receiptNumber, Instant soldAt, UUID shiftId, long pointsEarned,
                            long outboxSeq, List<UserMessage> warnings) {

    public CompletedSale {
        warnings = List.copyOf(warnings);
    }

    public boolean training() {
        return receiptNumber.kind().training();
    }
}
