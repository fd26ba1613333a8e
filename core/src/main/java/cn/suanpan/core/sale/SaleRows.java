package cn.suanpan.core.sale;

import static cn.suanpan.core.store.schema.Tables.SALE;
import static cn.suanpan.core.store.schema.Tables.SALE_LINE;
import static cn.suanpan.core.store.schema.Tables.SALE_LINE_ADJUSTMENT;
import static cn.suanpan.core.store.schema.Tables.SALE_TAX;
import static cn.suanpan.core.store.schema.Tables.SALE_TENDER;

import cn.suanpan.core.cart.CartLine;
import cn.suanpan.core.pricing.Adjustment;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.core.pricing.TaxLine;
import cn.suanpan.core.store.schema.tables.records.SaleLineAdjustmentRecord;
import cn.suanpan.core.store.schema.tables.records.SaleLineRecord;
import cn.suanpan.core.store.schema.tables.records.SaleTaxRecord;
import cn.suanpan.core.store.schema.tables.records.SaleTenderRecord;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderPlan;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

/** Writes a sale's rows inside the sale's transaction. */
final class SaleRows {

    private SaleRows() {
    }

    static void insert(DSLContext tx, SaleFacts sale, Long outboxSeq) {
        PricedCart cart = sale.cart();
        TenderPlan payment = sale.payment();
        tx.insertInto(SALE)
                .set(SALE.ID, sale.id())
                .set(SALE.RECEIPT_NO, sale.number().text())
                .set(SALE.TERMINAL_ID, sale.terminal().terminalId())
                .set(SALE.BUSINESS_DATE, sale.number().businessDate())
                .set(SALE.SEQ, sale.number().seq())
                .set(SALE.SOLD_AT, sale.soldAt())
                .set(SALE.CASHIER_ID, sale.cashier().id())
                .set(SALE.SHIFT_ID, sale.shiftId())
                .set(SALE.MEMBER_ID, sale.memberId())
                .set(SALE.TRAINING, sale.training())
                .set(SALE.SUBTOTAL_FEN, cart.subtotal().fen())
                .set(SALE.SAVINGS_FEN, cart.savings().fen())
                .set(SALE.ORDER_DISCOUNT_FEN, cart.orderDiscount().fen())
                .set(SALE.TOTAL_FEN, cart.total().fen())
                .set(SALE.ROUNDING_FEN, payment.rounding().fen())
                .set(SALE.TENDERED_FEN, payment.paid().fen())
                .set(SALE.CHANGE_FEN, payment.change().fen())
                .set(SALE.POINTS_EARNED, sale.pointsEarned())
                .set(SALE.LINE_COUNT, cart.lines().size())
                .set(SALE.TENDER_COUNT, payment.tenders().size())
                .set(SALE.OUTBOX_SEQ, outboxSeq)
                .execute();

        // one batch for all child rows: a sale is a handful of statements, not one per line
        List<TableRecord<?>> rows = new ArrayList<>();
        for (int i = 0; i < cart.lines().size(); i++) {
            rows.add(line(tx, sale, i + 1, cart.lines().get(i)));
        }
        for (int i = 0; i < cart.lines().size(); i++) {
            List<Adjustment> adjustments = cart.lines().get(i).adjustments();
            for (int j = 0; j < adjustments.size(); j++) {
                rows.add(adjustment(tx, sale, i + 1, j + 1, adjustments.get(j)));
            }
        }
        for (TaxLine tax : cart.taxes()) {
            SaleTaxRecord r = tx.newRecord(SALE_TAX);
            r.setSaleId(sale.id());
            r.setRateBp(tax.rateBasisPoints());
            r.setAmountFen(tax.amount().fen());
            r.setTaxFen(tax.tax().fen());
            rows.add(r);
        }
        for (int i = 0; i < payment.tenders().size(); i++) {
            Tender tender = payment.tenders().get(i);
            SaleTenderRecord r = tx.newRecord(SALE_TENDER);
            r.setSaleId(sale.id());
            r.setPosition(i + 1);
            r.setMethod(tender.method().name());
            r.setAmountFen(tender.amount().fen());
            r.setChangeFen(Tenders.changeOf(payment, i).fen());
            r.setReference(Tenders.reference(tender));
            rows.add(r);
        }
        if (!rows.isEmpty()) {
            tx.batchInsert(rows).execute();
        }
    }

    private static SaleLineRecord line(DSLContext tx, SaleFacts sale, int lineNo, PricedLine priced) {
        CartLine line = priced.line();
        SaleLineRecord r = tx.newRecord(SALE_LINE);
        r.setSaleId(sale.id());
        r.setLineNo(lineNo);
        r.setProductId(line.product().id());
        r.setSku(line.product().sku());
        r.setName(line.product().name());
        r.setNameEn(line.product().nameEn());
        r.setUnit(line.product().unit());
        r.setWeighed(line.product().weighed());
        r.setQuantityMilli(Quantities.milli(line.quantity()));
        r.setUnitPriceFen(priced.unitPrice().fen());
        r.setListAmountFen(priced.listAmount().fen());
        r.setLineTotalFen(priced.lineTotal().fen());
        r.setOrderDiscountFen(priced.orderDiscountShare().fen());
        r.setNetAmountFen(priced.netAmount().fen());
        r.setTaxRateBp(line.product().taxRateBasisPoints());
        r.setTrackStock(line.product().trackStock());
        r.setVoided(line.voided());
        if (line.override() != null) {
            r.setOverrideReason(line.override().reason());
            r.setOverrideApproverId(line.override().approverId());
        }
        return r;
    }

    private static SaleLineAdjustmentRecord adjustment(DSLContext tx, SaleFacts sale, int lineNo, int position, Adjustment a) {
        SaleLineAdjustmentRecord r = tx.newRecord(SALE_LINE_ADJUSTMENT);
        r.setSaleId(sale.id());
        r.setLineNo(lineNo);
        r.setPosition(position);
        r.setKind(a.kind().name());
        r.setAmountFen(a.amount().fen());
        r.setPromotionId(a.promotionId());
        if (a.promotionName() != null) {
            r.setPromotionName(a.promotionName().zh());
            r.setPromotionNameEn(a.promotionName().en());
        }
        return r;
    }
}
