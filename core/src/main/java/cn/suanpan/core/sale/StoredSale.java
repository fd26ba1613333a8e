package cn.suanpan.core.sale;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.TaxLine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A sale as stored: what a reprint, a refund or a report reads. Names, prices and rates are
 * those of the moment of sale.
 *
 * @param tendered tenders as handed over, cash before change
 */
public record StoredSale(UUID id, ReceiptNumber number, Instant soldAt, UUID cashierId, String cashierName, UUID shiftId,
                         UUID memberId, Money subtotal, Money savings, Money orderDiscount, Money total, Money rounding,
                         Money tendered, Money change, long pointsEarned, List<StoredLine> lines, List<TaxLine> taxes,
                         List<StoredTender> tenders) {

    public StoredSale {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
        tenders = List.copyOf(tenders);
    }

    public boolean training() {
        return number.kind().training();
    }

    /** What the customer actually paid: the total less cash rounding. */
    public Money paid() {
        return total.minus(rounding);
    }

    public Optional<StoredLine> line(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst();
    }
}
