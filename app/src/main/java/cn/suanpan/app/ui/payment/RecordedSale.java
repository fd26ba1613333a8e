package cn.suanpan.app.ui.payment;

import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * A paid sale as the screens need it afterwards: the last-sale line and the change, the
 * customer display, the receipts list.
 *
 * @param total    what the customer paid for it (after cash rounding)
 * @param tendered what was handed over, cash before change
 * @param cash     whether cash was taken (the drawer opens)
 * @param warnings what the cashier should know that did not stop the sale (stock gone negative)
 */
public record RecordedSale(String receiptNo, Instant soldAt, Money total, Money tendered, Money change, boolean cash,
                           String cashierName, boolean training, List<UserMessage> warnings) {

    public RecordedSale {
        warnings = List.copyOf(warnings);
    }
}
