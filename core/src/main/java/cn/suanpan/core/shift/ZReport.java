package cn.suanpan.core.shift;

import cn.suanpan.core.audit.AuditHead;
import cn.suanpan.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The end of a business day: every shift closed since the previous Z report, added up.
 * Numbered without gaps per terminal; at most one per business day. {@code auditHead} is
 * the audit log's newest entry (the Z report's own) at the time, printed and sent to the
 * cloud so that later tampering with the log can be shown.
 */
public record ZReport(UUID id, long number, LocalDate businessDate, Instant at, UUID userId, List<ShiftSummary> shifts,
                      Money floats, Money cashIn, Money cashOut, int noSales, Takings takings, Money expectedCash,
                      Money countedCash, AuditHead auditHead) {

    public ZReport {
        shifts = List.copyOf(shifts);
    }

    public Money overShort() {
        return countedCash.minus(expectedCash);
    }

    /** One shift's line on the Z report. */
    public record ShiftSummary(UUID shiftId, UUID userId, Instant openedAt, Instant closedAt, Money expectedCash,
                               Money countedCash) {

        public Money overShort() {
            return countedCash.minus(expectedCash);
        }
    }
}
