package cn.suanpan.core.sale;

import cn.suanpan.core.cart.CartLine;
import cn.suanpan.core.outbox.JsonWriter;
import cn.suanpan.core.pricing.Adjustment;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code sale.completed} event. Self-contained: the cloud books the sale from this
 * payload alone (names, prices, rates as sold), without asking the terminal or reading its
 * own catalog, which may already have changed.
 */
final class SaleEvent {

    static final String TYPE = "sale.completed";

    private SaleEvent() {
    }

    static String payload(SaleFacts sale) {
        PricedCart cart = sale.cart();
        TenderPlan payment = sale.payment();
        List<JsonWriter> lines = new ArrayList<>();
        for (int i = 0; i < cart.lines().size(); i++) {
            lines.add(line(i + 1, cart.lines().get(i)));
        }
        List<JsonWriter> taxes = cart.taxes().stream().map(t -> JsonWriter.object()
                .put("rateBp", t.rateBasisPoints())
                .put("amountFen", t.amount().fen())
                .put("taxFen", t.tax().fen())).toList();
        List<JsonWriter> tenders = new ArrayList<>();
        for (int i = 0; i < payment.tenders().size(); i++) {
            Tender t = payment.tenders().get(i);
            tenders.add(JsonWriter.object()
                    .put("position", i + 1)
                    .put("method", t.method())
                    .put("amountFen", t.amount().fen())
                    .put("changeFen", Tenders.changeOf(payment, i).fen())
                    .put("reference", Tenders.reference(t)));
        }
        return JsonWriter.object()
                .put("id", sale.id())
                .put("receiptNo", sale.number().text())
                .put("storeId", sale.terminal().storeId())
                .put("storeCode", sale.terminal().storeCode())
                .put("terminalId", sale.terminal().terminalId())
                .put("terminalCode", sale.terminal().terminalCode())
                .put("businessDate", sale.number().businessDate())
                .put("seq", sale.number().seq())
                .put("soldAt", sale.soldAt())
                .put("cashierId", sale.cashier().id())
                .put("cashierName", sale.cashier().displayName())
                .put("shiftId", sale.shiftId())
                .put("memberId", sale.memberId())
                .put("subtotalFen", cart.subtotal().fen())
                .put("savingsFen", cart.savings().fen())
                .put("orderDiscountFen", cart.orderDiscount().fen())
                .put("totalFen", cart.total().fen())
                .put("roundingFen", payment.rounding().fen())
                .put("tenderedFen", payment.paid().fen())
                .put("changeFen", payment.change().fen())
                .put("pointsEarned", sale.pointsEarned())
                .putArray("taxes", taxes)
                .putArray("lines", lines)
                .putArray("tenders", tenders)
                .toString();
    }

    private static JsonWriter line(int lineNo, PricedLine priced) {
        CartLine line = priced.line();
        List<JsonWriter> adjustments = priced.adjustments().stream().map(SaleEvent::adjustment).toList();
        return JsonWriter.object()
                .put("lineNo", lineNo)
                .put("productId", line.product().id())
                .put("sku", line.product().sku())
                .put("name", line.product().name())
                .put("nameEn", line.product().nameEn())
                .put("unit", line.product().unit())
                .put("weighed", line.product().weighed())
                .put("quantityMilli", Quantities.milli(line.quantity()))
                .put("unitPriceFen", priced.unitPrice().fen())
                .put("listAmountFen", priced.listAmount().fen())
                .put("lineTotalFen", priced.lineTotal().fen())
                .put("orderDiscountFen", priced.orderDiscountShare().fen())
                .put("netAmountFen", priced.netAmount().fen())
                .put("taxRateBp", line.product().taxRateBasisPoints())
                .put("voided", line.voided())
                .put("overrideReason", line.override() == null ? null : line.override().reason())
                .put("overrideApproverId", line.override() == null ? null : line.override().approverId())
                .putArray("adjustments", adjustments);
    }

    private static JsonWriter adjustment(Adjustment a) {
        return JsonWriter.object()
                .put("kind", a.kind())
                .put("amountFen", a.amount().fen())
                .put("promotionId", a.promotionId())
                .put("promotionName", a.promotionName() == null ? null : a.promotionName().zh())
                .put("promotionNameEn", a.promotionName() == null ? null : a.promotionName().en());
    }
}
