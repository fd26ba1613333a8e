package cn.suanpan.core.refund;

import static cn.suanpan.core.store.schema.Tables.REFUND;
import static cn.suanpan.core.store.schema.Tables.REFUND_LINE;
import static cn.suanpan.core.store.schema.Tables.REFUND_TENDER;

import cn.suanpan.core.money.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What earlier refunds already took from a sale: per line, per tender, in total.
 *
 * @param returnedMilli  quantity returned so far, by original line number
 * @param refundedByTender money repaid so far, by original tender position
 * @param refunded       money refunded so far against the sale
 * @param pointsReversed member points taken back so far
 */
public record RefundHistory(Map<Integer, Long> returnedMilli, Map<Integer, Money> refundedByTender, Money refunded,
                            long pointsReversed) {

    public static final RefundHistory NONE = new RefundHistory(Map.of(), Map.of(), Money.ZERO, 0);

    public RefundHistory {
        returnedMilli = Map.copyOf(returnedMilli);
        refundedByTender = Map.copyOf(refundedByTender);
    }

    public long returned(int lineNo) {
        return returnedMilli.getOrDefault(lineNo, 0L);
    }

    public Money refundedFrom(int tenderPosition) {
        return refundedByTender.getOrDefault(tenderPosition, Money.ZERO);
    }

    /** Read through {@code dsl}: inside the refund's transaction, after the sale row is locked. */
    public static RefundHistory of(DSLContext dsl, UUID saleId) {
        Map<Integer, Long> returned = new HashMap<>();
        dsl.select(REFUND_LINE.SALE_LINE_NO, DSL.sum(REFUND_LINE.QUANTITY_MILLI)).from(REFUND_LINE)
                .where(REFUND_LINE.SALE_ID.eq(saleId)).groupBy(REFUND_LINE.SALE_LINE_NO)
                .forEach(r -> returned.put(r.value1(), r.value2().longValueExact()));
        Map<Integer, Money> byTender = new HashMap<>();
        dsl.select(REFUND_TENDER.SALE_TENDER_POSITION, DSL.sum(REFUND_TENDER.AMOUNT_FEN)).from(REFUND_TENDER)
                .join(REFUND).on(REFUND.ID.eq(REFUND_TENDER.REFUND_ID))
                .where(REFUND.SALE_ID.eq(saleId)).and(REFUND_TENDER.SALE_TENDER_POSITION.isNotNull())
                .groupBy(REFUND_TENDER.SALE_TENDER_POSITION)
                .forEach(r -> byTender.put(r.value1(), Money.ofFen(r.value2().longValueExact())));
        var totals = dsl.select(DSL.sum(REFUND.TOTAL_FEN), DSL.sum(REFUND.POINTS_REVERSED)).from(REFUND)
                .where(REFUND.SALE_ID.eq(saleId)).fetchSingle();
        return new RefundHistory(returned, byTender, Money.ofFen(orZero(totals.value1())), orZero(totals.value2()));
    }

    private static long orZero(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }
}
