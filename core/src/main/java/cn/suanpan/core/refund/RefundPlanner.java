package cn.suanpan.core.refund;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.sale.Quantities;
import cn.suanpan.core.sale.StoredLine;
import cn.suanpan.core.sale.StoredSale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out what a return against a sale gives back. Pure, so that the rules can be checked
 * on their own:
 * <ul>
 *   <li>a line never comes back more than it was sold, counting every earlier return;</li>
 *   <li>a line's money comes back in proportion to its quantity, rounded on the running total
 *       (half-up of {@code net × returned so far ÷ sold}), so returning a line bit by bit gives
 *       back exactly its net amount and never a fen more;</li>
 *   <li>the refunds of a sale never pay back more than the customer paid, and the one that
 *       returns the last of it pays back exactly the rest, cash rounding included.</li>
 * </ul>
 */
public final class RefundPlanner {

    private RefundPlanner() {
    }

    /**
     * @param requested what comes back; empty for everything not yet returned
     * @throws SuanpanException with a key under {@code refund.} when the return cannot be made
     */
    public static RefundPlan plan(StoredSale sale, RefundHistory history, List<LineReturn> requested) {
        Map<Integer, Long> wanted = requested.isEmpty() ? everythingLeft(sale, history) : merge(requested);
        if (wanted.isEmpty()) {
            throw new SuanpanException("refund.nothingLeft", sale.number().text());
        }
        List<RefundedLine> lines = new ArrayList<>();
        Money lineSum = Money.ZERO;
        for (Map.Entry<Integer, Long> e : wanted.entrySet()) {
            StoredLine line = checked(sale, history, e.getKey(), e.getValue());
            Money amount = share(line.netAmount(), line.quantityMilli(), history.returned(line.lineNo()), e.getValue());
            lines.add(new RefundedLine(lines.size() + 1, line.lineNo(), line.productId(), line.sku(), line.name(), line.nameEn(),
                    line.unit(), line.weighed(), e.getValue(), amount, line.taxRateBasisPoints(), line.trackStock()));
            lineSum = lineSum.plus(amount);
        }
        Money left = sale.paid().minus(history.refunded()).max(Money.ZERO);
        Money total = returnsTheRest(sale, history, wanted) ? left : lineSum.min(left);
        return new RefundPlan(lines, lineSum, total);
    }

    /**
     * The part of {@code net} that {@code now} more units give back after {@code before} came
     * back already: the difference of two rounded running totals.
     */
    public static Money share(Money net, long soldMilli, long beforeMilli, long nowMilli) {
        return cumulative(net, soldMilli, beforeMilli + nowMilli).minus(cumulative(net, soldMilli, beforeMilli));
    }

    /** Member points a refund takes back, on the same running-total rule as money. */
    public static long pointsToReverse(StoredSale sale, RefundHistory history, Money refundTotal) {
        if (sale.pointsEarned() <= 0 || !sale.paid().isPositive()) {
            return 0;
        }
        Money after = history.refunded().plus(refundTotal).min(sale.paid());
        long reversedAfter = BigDecimal.valueOf(sale.pointsEarned()).multiply(BigDecimal.valueOf(after.fen()))
                .divide(BigDecimal.valueOf(sale.paid().fen()), 0, RoundingMode.FLOOR).longValueExact();
        return Math.max(0, reversedAfter - history.pointsReversed());
    }

    private static Money cumulative(Money net, long soldMilli, long returnedMilli) {
        if (returnedMilli >= soldMilli) {
            return net;
        }
        BigDecimal exact = BigDecimal.valueOf(net.fen()).multiply(BigDecimal.valueOf(returnedMilli))
                .divide(BigDecimal.valueOf(soldMilli), 0, RoundingMode.HALF_UP);
        return Money.ofFen(exact.longValueExact());
    }

    private static StoredLine checked(StoredSale sale, RefundHistory history, int lineNo, long quantityMilli) {
        StoredLine line = sale.line(lineNo)
                .orElseThrow(() -> new SuanpanException("refund.noSuchLine", lineNo, sale.number().text()));
        if (line.voided()) {
            throw new SuanpanException("refund.lineVoided", lineNo);
        }
        if (quantityMilli <= 0) {
            throw new SuanpanException("refund.badQuantity", Quantities.display(quantityMilli, true));
        }
        if (!line.weighed() && quantityMilli % 1000 != 0) {
            throw new SuanpanException("refund.wholePieces", line.name());
        }
        long left = line.quantityMilli() - history.returned(lineNo);
        if (quantityMilli > left) {
            throw new SuanpanException("refund.overReturn", lineNo, line.name(),
                    Quantities.display(quantityMilli, line.weighed()), Quantities.display(left, line.weighed()));
        }
        return line;
    }

    private static Map<Integer, Long> everythingLeft(StoredSale sale, RefundHistory history) {
        Map<Integer, Long> left = new LinkedHashMap<>();
        for (StoredLine line : sale.lines()) {
            long rest = line.quantityMilli() - history.returned(line.lineNo());
            if (!line.voided() && rest > 0) {
                left.put(line.lineNo(), rest);
            }
        }
        return left;
    }

    /** The same line asked for twice is asked for once with both quantities. */
    private static Map<Integer, Long> merge(List<LineReturn> requested) {
        Map<Integer, Long> merged = new LinkedHashMap<>();
        for (LineReturn r : requested) {
            if (r.quantityMilli() <= 0) {
                throw new SuanpanException("refund.badQuantity", Quantities.display(r.quantityMilli(), true));
            }
            merged.merge(r.lineNo(), r.quantityMilli(), Math::addExact);
        }
        return merged;
    }

    /** Whether after this return nothing of the sale is left to return. */
    private static boolean returnsTheRest(StoredSale sale, RefundHistory history, Map<Integer, Long> wanted) {
        return sale.lines().stream().filter(l -> !l.voided())
                .allMatch(l -> history.returned(l.lineNo()) + wanted.getOrDefault(l.lineNo(), 0L) >= l.quantityMilli());
    }
}
