package cn.suanpan.sync.payment;

import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.payment.PaymentIntent;
import cn.suanpan.core.tender.Tender;

/** How a code payment ended for the cashier. */
public sealed interface PaymentOutcome {

    PaymentIntent intent();

    /** Paid: add {@code tender} to the sale and commit it with {@link CodePayments#commitSale}. */
    record Paid(PaymentIntent intent, Tender tender) implements PaymentOutcome {
    }

    /** Failed or reversed: the customer is not charged; {@code why} says what happened. */
    record NotPaid(PaymentIntent intent, UserMessage why) implements PaymentOutcome {
    }

    /**
     * The cloud could not be reached long enough to learn the outcome. The intent stays open
     * and is resolved before the next code payment; the sale must not be treated as paid.
     */
    record Unresolved(PaymentIntent intent, UserMessage why) implements PaymentOutcome {
    }
}
