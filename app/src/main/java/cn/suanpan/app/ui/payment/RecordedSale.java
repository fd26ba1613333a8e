package cn.suanpan.app.ui.payment;

import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.tender.TenderPlan;
import java.time.Instant;

/**
 * A paid sale as the screens need it afterwards: for the receipt, the customer display and
 * the reprint list.
 */
public record RecordedSale(String receiptNo, Instant soldAt, PricedCart cart, TenderPlan payment, String cashierName,
                           boolean training) {
}
