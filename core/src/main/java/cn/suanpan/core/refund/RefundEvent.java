package cn.suanpan.core.refund;

import cn.suanpan.core.outbox.JsonWriter;
import java.util.List;

/**
 * The {@code refund.completed} event, self-contained like {@code sale.completed}: the cloud
 * books it from the payload alone, against the original sale it names.
 */
final class RefundEvent {

    static final String TYPE = "refund.completed";

    private RefundEvent() {
    }

    static String payload(RefundFacts refund) {
        List<JsonWriter> lines = refund.plan().lines().stream().map(RefundEvent::line).toList();
        List<JsonWriter> tenders = refund.tenders().stream().map(t -> number(JsonWriter.object()
                .put("method", t.method())
                .put("amountFen", t.amount().fen())
                .put("reference", t.reference()), "saleTenderPosition", t.saleTenderPosition()))
                .toList();
        return details(refund)
                .put("storeId", refund.terminal().storeId())
                .put("storeCode", refund.terminal().storeCode())
                .put("terminalId", refund.terminal().terminalId())
                .put("terminalCode", refund.terminal().terminalCode())
                .put("businessDate", refund.number().businessDate())
                .put("seq", refund.number().seq())
                .put("refundedAt", refund.at())
                .put("saleId", refund.saleId())
                .put("userId", refund.authorization().userId())
                .put("approverId", refund.authorization().approverId())
                .put("shiftId", refund.shiftId())
                .put("memberId", refund.memberId())
                .put("restocked", refund.restock())
                .put("pointsReversed", refund.pointsReversed())
                .putArray("lines", lines)
                .putArray("tenders", tenders)
                .toString();
    }

    /** The part the audit log keeps too: which refund, of what, for how much, and why. */
    static JsonWriter details(RefundFacts refund) {
        return JsonWriter.object()
                .put("id", refund.id())
                .put("refundNo", refund.number().text())
                .put("saleReceiptNo", refund.sale() == null ? null : refund.sale().number().text())
                .put("blind", refund.sale() == null)
                .put("totalFen", refund.plan().total().fen())
                .put("roundingFen", refund.plan().rounding().fen())
                .put("reason", refund.reason());
    }

    private static JsonWriter line(RefundedLine line) {
        return number(JsonWriter.object().put("lineNo", line.lineNo()), "saleLineNo", line.saleLineNo())
                .put("productId", line.productId())
                .put("sku", line.sku())
                .put("name", line.name())
                .put("nameEn", line.nameEn())
                .put("unit", line.unit())
                .put("weighed", line.weighed())
                .put("quantityMilli", line.quantityMilli())
                .put("amountFen", line.amount().fen())
                .put("taxRateBp", line.taxRateBasisPoints());
    }

    /** A number that may be absent: JSON null rather than a missing key. */
    private static JsonWriter number(JsonWriter json, String name, Integer value) {
        return value == null ? json.put(name, (String) null) : json.put(name, value.longValue());
    }
}
