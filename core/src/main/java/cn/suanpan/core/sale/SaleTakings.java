package cn.suanpan.core.sale;

import static cn.suanpan.core.store.schema.Tables.REFUND;
import static cn.suanpan.core.store.schema.Tables.REFUND_TENDER;
import static cn.suanpan.core.store.schema.Tables.SALE;
import static cn.suanpan.core.store.schema.Tables.SALE_TENDER;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.shift.CashTakings;
import cn.suanpan.core.shift.Takings;
import cn.suanpan.core.shift.TenderTotal;
import cn.suanpan.core.tender.TenderMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * A shift's takings from its sales and refunds, for the X and Z reports and the expected
 * cash at close. Cash counts net of change (what stayed in the drawer); training sales and
 * refunds never count.
 */
public final class SaleTakings implements CashTakings {

    private record Sum(int count, Money amount) {
        static final Sum NONE = new Sum(0, Money.ZERO);
    }

    @Override
    public Takings of(DSLContext dsl, UUID shiftId) {
        Map<TenderMethod, Sum> sales = sums(dsl.select(SALE_TENDER.METHOD, DSL.countDistinct(SALE_TENDER.SALE_ID),
                        DSL.sum(SALE_TENDER.AMOUNT_FEN.minus(SALE_TENDER.CHANGE_FEN)))
                .from(SALE_TENDER).join(SALE).on(SALE.ID.eq(SALE_TENDER.SALE_ID))
                .where(SALE.SHIFT_ID.eq(shiftId)).and(SALE.TRAINING.isFalse())
                .groupBy(SALE_TENDER.METHOD).fetch());
        Map<TenderMethod, Sum> refunds = sums(dsl.select(REFUND_TENDER.METHOD, DSL.countDistinct(REFUND_TENDER.REFUND_ID),
                        DSL.sum(REFUND_TENDER.AMOUNT_FEN))
                .from(REFUND_TENDER).join(REFUND).on(REFUND.ID.eq(REFUND_TENDER.REFUND_ID))
                .where(REFUND.SHIFT_ID.eq(shiftId)).and(REFUND.TRAINING.isFalse())
                .groupBy(REFUND_TENDER.METHOD).fetch());

        List<TenderTotal> totals = new ArrayList<>();
        for (TenderMethod method : TenderMethod.values()) {
            Sum sold = sales.getOrDefault(method, Sum.NONE);
            Sum refunded = refunds.getOrDefault(method, Sum.NONE);
            if (sold.count() > 0 || refunded.count() > 0) {
                totals.add(new TenderTotal(method.name(), sold.count(), sold.amount(), refunded.count(), refunded.amount()));
            }
        }
        return new Takings(sales.getOrDefault(TenderMethod.CASH, Sum.NONE).amount(),
                refunds.getOrDefault(TenderMethod.CASH, Sum.NONE).amount(), totals);
    }

    private static Map<TenderMethod, Sum> sums(Result<Record3<String, Integer, BigDecimal>> rows) {
        Map<TenderMethod, Sum> sums = new EnumMap<>(TenderMethod.class);
        for (Record3<String, Integer, BigDecimal> row : rows) {
            sums.put(TenderMethod.valueOf(row.value1()), new Sum(row.value2(), Money.ofFen(row.value3().longValueExact())));
        }
        return sums;
    }
}
