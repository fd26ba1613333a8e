package cn.suanpan.core.sale;

import static cn.suanpan.core.store.schema.Tables.SALE;
import static cn.suanpan.core.store.schema.Tables.SALE_LINE;
import static cn.suanpan.core.store.schema.Tables.SALE_TAX;
import static cn.suanpan.core.store.schema.Tables.SALE_TENDER;
import static cn.suanpan.core.store.schema.Tables.STOCK_MOVEMENT;
import static cn.suanpan.core.store.schema.Tables.SYNC_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.stock.MovementKind;
import cn.suanpan.core.stock.StockLedger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What must hold of a terminal's database after any crash: every acknowledged sale is there
 * and complete, and no sale is there only in part.
 */
final class CrashCheck {

    private CrashCheck() {
    }

    /** Checks the database and returns how many sales it holds. */
    static int verify(DSLContext dsl, Set<String> acknowledged) {
        Set<String> stored = Set.copyOf(dsl.select(SALE.RECEIPT_NO).from(SALE).fetch(SALE.RECEIPT_NO));
        assertThat(stored).as("acknowledged sales").containsAll(acknowledged);

        // every sale has all its lines and tenders, its taxes, its event and its stock movements
        var lines = DSL.field(DSL.selectCount().from(SALE_LINE).where(SALE_LINE.SALE_ID.eq(SALE.ID)));
        var tenders = DSL.field(DSL.selectCount().from(SALE_TENDER).where(SALE_TENDER.SALE_ID.eq(SALE.ID)));
        var taxes = DSL.field(DSL.selectCount().from(SALE_TAX).where(SALE_TAX.SALE_ID.eq(SALE.ID)));
        var event = DSL.field(DSL.selectCount().from(SYNC_OUTBOX).where(SYNC_OUTBOX.SEQ.eq(SALE.OUTBOX_SEQ))
                .and(SYNC_OUTBOX.EVENT_TYPE.eq(SaleEvent.TYPE))
                .and(SYNC_OUTBOX.PAYLOAD.contains(DSL.concat(DSL.inline("\"receiptNo\":\""), SALE.RECEIPT_NO, DSL.inline("\""))))
                );
        List<String> partial = dsl.select(SALE.RECEIPT_NO).from(SALE)
                .where(SALE.LINE_COUNT.ne(lines))
                .or(SALE.TENDER_COUNT.ne(tenders))
                .or(SALE.TOTAL_FEN.gt(0L).and(taxes.lt(1)))
                .or(SALE.TRAINING.isFalse().and(event.ne(1)))
                .fetch(SALE.RECEIPT_NO);
        assertThat(partial).as("sales stored only in part").isEmpty();
        // a stock movement per tracked line: counted by grouping, as movements have no index
        // on their reference and a lookup per sale would make each check slower than the last
        Map<String, Integer> tracked = dsl.select(SALE.RECEIPT_NO, DSL.count(SALE_LINE.LINE_NO)).from(SALE)
                .leftJoin(SALE_LINE).on(SALE_LINE.SALE_ID.eq(SALE.ID)).and(SALE_LINE.TRACK_STOCK.isTrue())
                .and(SALE_LINE.VOIDED.isFalse())
                .groupBy(SALE.RECEIPT_NO).fetchMap(SALE.RECEIPT_NO, DSL.count(SALE_LINE.LINE_NO));
        Map<String, Integer> moved = dsl.select(STOCK_MOVEMENT.REFERENCE, DSL.count()).from(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.KIND.eq(MovementKind.SALE.name()))
                .groupBy(STOCK_MOVEMENT.REFERENCE).fetchMap(STOCK_MOVEMENT.REFERENCE, DSL.count());
        tracked.forEach((receipt, count) -> assertThat(moved.getOrDefault(receipt, 0)).as("stock movements of %s", receipt)
                .isEqualTo(count));

        // nothing of a sale exists without the sale: no stray events, movements or lines
        int sales = stored.size();
        assertThat(dsl.fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.EVENT_TYPE.eq(SaleEvent.TYPE))).as("sale events")
                .isEqualTo(dsl.fetchCount(SALE, SALE.TRAINING.isFalse()));
        assertThat(moved.keySet()).as("stray movements").isSubsetOf(stored);
        assertThat(dsl.fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.EVENT_TYPE.eq(StockLedger.EVENT_MOVED)))
                .as("one event per movement").isEqualTo(dsl.fetchCount(STOCK_MOVEMENT));
        assertThat(dsl.fetchCount(SALE_LINE, SALE_LINE.SALE_ID.notIn(DSL.select(SALE.ID).from(SALE)))).isZero();

        // and the numbers have no gaps: receipts per day, and the outbox sequence
        Map<LocalDate, List<Long>> byDay = dsl.select(SALE.BUSINESS_DATE, SALE.SEQ).from(SALE).where(SALE.TRAINING.isFalse())
                .orderBy(SALE.BUSINESS_DATE, SALE.SEQ).fetchGroups(SALE.BUSINESS_DATE, SALE.SEQ);
        byDay.forEach((day, seqs) -> assertThat(seqs).as("receipt numbers of %s", day)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, seqs.size()).boxed().toList()));
        List<Long> outbox = dsl.select(SYNC_OUTBOX.SEQ).from(SYNC_OUTBOX).orderBy(SYNC_OUTBOX.SEQ).fetch(SYNC_OUTBOX.SEQ);
        assertThat(outbox).as("outbox sequence").containsExactlyElementsOf(LongStream.rangeClosed(1, outbox.size()).boxed().toList());
        return sales;
    }
}
