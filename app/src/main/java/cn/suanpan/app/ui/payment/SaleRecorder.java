package cn.suanpan.app.ui.payment;

import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.tender.TenderPlan;
import cn.suanpan.core.users.User;
import java.util.List;
import java.util.Optional;

/**
 * Commits a paid sale. The payment dialog calls it on the store worker; what stands behind
 * it is the sale service of core (receipt number, stock, shift takings and outbox in one
 * transaction).
 */
public interface SaleRecorder {

    RecordedSale record(PricedCart cart, TenderPlan payment, User cashier, boolean training);

    /** Newest first, for the reprint list. */
    List<RecordedSale> recent(int limit);

    Optional<RecordedSale> find(String receiptNo);
}
