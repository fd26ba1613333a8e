package cn.suanpan.core.refund;

import static cn.suanpan.core.store.schema.Tables.REFUND;
import static cn.suanpan.core.store.schema.Tables.REFUND_LINE;
import static cn.suanpan.core.store.schema.Tables.REFUND_TENDER;

import cn.suanpan.core.store.schema.tables.records.RefundLineRecord;
import cn.suanpan.core.store.schema.tables.records.RefundTenderRecord;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

/** Writes a refund's rows inside the refund's transaction. */
final class RefundRows {

    private RefundRows() {
    }

    static void insert(DSLContext tx, RefundFacts refund, Long outboxSeq) {
        tx.insertInto(REFUND)
                .set(REFUND.ID, refund.id())
                .set(REFUND.REFUND_NO, refund.number().text())
                .set(REFUND.TERMINAL_ID, refund.terminal().terminalId())
                .set(REFUND.BUSINESS_DATE, refund.number().businessDate())
                .set(REFUND.SEQ, refund.number().seq())
                .set(REFUND.REFUNDED_AT, refund.at())
                .set(REFUND.SALE_ID, refund.saleId())
                .set(REFUND.USER_ID, refund.authorization().userId())
                .set(REFUND.APPROVER_ID, refund.authorization().approverId())
                .set(REFUND.SHIFT_ID, refund.shiftId())
                .set(REFUND.MEMBER_ID, refund.memberId())
                .set(REFUND.TRAINING, refund.training())
                .set(REFUND.RESTOCKED, refund.restock())
                .set(REFUND.REASON, refund.reason())
                .set(REFUND.TOTAL_FEN, refund.plan().total().fen())
                .set(REFUND.ROUNDING_FEN, refund.plan().rounding().fen())
                .set(REFUND.POINTS_REVERSED, refund.pointsReversed())
                .set(REFUND.LINE_COUNT, refund.plan().lines().size())
                .set(REFUND.TENDER_COUNT, refund.tenders().size())
                .set(REFUND.OUTBOX_SEQ, outboxSeq)
                .execute();
        List<TableRecord<?>> rows = new ArrayList<>();
        for (RefundedLine line : refund.plan().lines()) {
            RefundLineRecord r = tx.newRecord(REFUND_LINE);
            r.setRefundId(refund.id());
            r.setLineNo(line.lineNo());
            r.setSaleId(line.saleLineNo() == null ? null : refund.saleId());
            r.setSaleLineNo(line.saleLineNo());
            r.setProductId(line.productId());
            r.setSku(line.sku());
            r.setName(line.name());
            r.setNameEn(line.nameEn());
            r.setUnit(line.unit());
            r.setWeighed(line.weighed());
            r.setQuantityMilli(line.quantityMilli());
            r.setAmountFen(line.amount().fen());
            r.setTaxRateBp(line.taxRateBasisPoints());
            rows.add(r);
        }
        for (int i = 0; i < refund.tenders().size(); i++) {
            RefundTender t = refund.tenders().get(i);
            RefundTenderRecord r = tx.newRecord(REFUND_TENDER);
            r.setRefundId(refund.id());
            r.setPosition(i + 1);
            r.setMethod(t.method().name());
            r.setAmountFen(t.amount().fen());
            r.setReference(t.reference());
            r.setSaleTenderPosition(t.saleTenderPosition());
            rows.add(r);
        }
        tx.batchInsert(rows).execute();
    }
}
