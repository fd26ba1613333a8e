package cn.suanpan.core.refund;

import cn.suanpan.core.auth.Authorization;
import cn.suanpan.core.sale.ReceiptNumber;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.setup.StoreInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Everything decided about a refund while committing it; {@code sale} is null for a blind refund. */
record RefundFacts(UUID id, ReceiptNumber number, StoreInfo terminal, Instant at, Authorization authorization, UUID shiftId,
                   StoredSale sale, RefundPlan plan, List<RefundTender> tenders, long pointsReversed, boolean restock,
                   String reason) {

    boolean training() {
        return number.kind().training();
    }

    UUID saleId() {
        return sale == null ? null : sale.id();
    }

    UUID memberId() {
        return sale == null ? null : sale.memberId();
    }
}
