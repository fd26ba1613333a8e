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
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderPlan;
import java.util.List;
import org.jooq.DSLContext;

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

        // one multi-row insert a table: each is rendered once, however many lines the sale has
        // (a batch of records rendered an insert for every record, the largest part of a commit's
        // time in jOOQ)
        var lines = tx.insertInto(SALE_LINE, SALE_LINE.SALE_ID, SALE_LINE.LINE_NO, SALE_LINE.PRODUCT_ID, SALE_LINE.SKU,
                SALE_LINE.NAME, SALE_LINE.NAME_EN, SALE_LINE.UNIT, SALE_LINE.WEIGHED, SALE_LINE.QUANTITY_MILLI,
                SALE_LINE.UNIT_PRICE_FEN, SALE_LINE.LIST_AMOUNT_FEN, SALE_LINE.LINE_TOTAL_FEN, SALE_LINE.ORDER_DISCOUNT_FEN,
                SALE_LINE.NET_AMOUNT_FEN, SALE_LINE.TAX_RATE_BP, SALE_LINE.TRACK_STOCK, SALE_LINE.VOIDED,
                SALE_LINE.OVERRIDE_REASON, SALE_LINE.OVERRIDE_APPROVER_ID);
        var adjustments = tx.insertInto(SALE_LINE_ADJUSTMENT, SALE_LINE_ADJUSTMENT.SALE_ID, SALE_LINE_ADJUSTMENT.LINE_NO,
                SALE_LINE_ADJUSTMENT.POSITION, SALE_LINE_ADJUSTMENT.KIND, SALE_LINE_ADJUSTMENT.AMOUNT_FEN,
                SALE_LINE_ADJUSTMENT.PROMOTION_ID, SALE_LINE_ADJUSTMENT.PROMOTION_NAME, SALE_LINE_ADJUSTMENT.PROMOTION_NAME_EN);
        boolean anyAdjustment = false;
        for (int i = 0; i < cart.lines().size(); i++) {
            PricedLine priced = cart.lines().get(i);
            CartLine line = priced.line();
            int lineNo = i + 1;
            lines = lines.values(sale.id(), lineNo, line.product().id(), line.product().sku(), line.product().name(),
                    line.product().nameEn(), line.product().unit(), line.product().weighed(), Quantities.milli(line.quantity()),
                    priced.unitPrice().fen(), priced.listAmount().fen(), priced.lineTotal().fen(),
                    priced.orderDiscountShare().fen(), priced.netAmount().fen(), line.product().taxRateBasisPoints(),
                    line.product().trackStock(), line.voided(),
                    line.override() == null ? null : line.override().reason(),
                    line.override() == null ? null : line.override().approverId());
            List<Adjustment> lineAdjustments = priced.adjustments();
            for (int j = 0; j < lineAdjustments.size(); j++) {
                Adjustment a = lineAdjustments.get(j);
                adjustments = adjustments.values(sale.id(), lineNo, j + 1, a.kind().name(), a.amount().fen(), a.promotionId(),
                        a.promotionName() == null ? null : a.promotionName().zh(),
                        a.promotionName() == null ? null : a.promotionName().en());
                anyAdjustment = true;
            }
        }
        if (!cart.lines().isEmpty()) {
            lines.execute();
        }
        if (anyAdjustment) {
            adjustments.execute();
        }
        if (!cart.taxes().isEmpty()) {
            var taxes = tx.insertInto(SALE_TAX, SALE_TAX.SALE_ID, SALE_TAX.RATE_BP, SALE_TAX.AMOUNT_FEN, SALE_TAX.TAX_FEN);
            for (TaxLine tax : cart.taxes()) {
                taxes = taxes.values(sale.id(), tax.rateBasisPoints(), tax.amount().fen(), tax.tax().fen());
            }
            taxes.execute();
        }
        if (!payment.tenders().isEmpty()) {
            var tenders = tx.insertInto(SALE_TENDER, SALE_TENDER.SALE_ID, SALE_TENDER.POSITION, SALE_TENDER.METHOD,
                    SALE_TENDER.AMOUNT_FEN, SALE_TENDER.CHANGE_FEN, SALE_TENDER.REFERENCE);
            for (int i = 0; i < payment.tenders().size(); i++) {
                Tender tender = payment.tenders().get(i);
                tenders = tenders.values(sale.id(), i + 1, tender.method().name(), tender.amount().fen(),
                        Tenders.changeOf(payment, i).fen(), Tenders.reference(tender));
            }
            tenders.execute();
        }
    }
}
