package cn.suanpan.core.sale;

import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.tender.TenderPlan;
import cn.suanpan.core.users.User;
import java.time.Instant;
import java.util.UUID;

/** Everything decided about a sale while committing it, as stored and as sent to the cloud. */
record SaleFacts(UUID id, ReceiptNumber number, StoreInfo terminal, Instant soldAt, User cashier, UUID shiftId,
                 UUID memberId, long pointsEarned, PricedCart cart, TenderPlan payment) {

    boolean training() {
        return number.kind().training();
    }
}
