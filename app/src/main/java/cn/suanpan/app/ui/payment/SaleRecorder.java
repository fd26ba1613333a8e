package cn.suanpan.app.ui.payment;

import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.tender.TenderPlan;
import cn.suanpan.core.users.User;
import cn.suanpan.hardware.printer.receipt.Receipt;
import java.util.List;
import java.util.Optional;

/**
 * Commits paid sales and reads them back. The payment dialog calls it on the store worker;
 * behind it is the sale service of core (receipt number, stock, member points, shift takings
 * and outbox in one transaction).
 */
public interface SaleRecorder {

    RecordedSale record(PricedCart cart, TenderPlan payment, User cashier, boolean training);

    /**
     * Commits a sale that code payments paid (one, or several parts of a split tender), tying
     * each payment to the sale in the same transaction (a paid payment without its sale is
     * refunded).
     */
    default RecordedSale record(PricedCart cart, TenderPlan payment, User cashier, boolean training, List<java.util.UUID> paidIntents) {
        if (!paidIntents.isEmpty()) {
            throw new UnsupportedOperationException("this recorder cannot take code payments");
        }
        return record(cart, payment, cashier, training);
    }

    /** Sales of this session, newest first, for the receipts list. */
    List<RecordedSale> recent(int limit);

    /** Any sale of this terminal by its receipt number, printed or scanned form. */
    Optional<RecordedSale> find(String receiptNo);

    /** The receipt of a sale as it was stored, in {@code i18n}'s language; a reprint is marked as one. */
    Receipt receipt(RecordedSale sale, I18n i18n, boolean reprint);
}
