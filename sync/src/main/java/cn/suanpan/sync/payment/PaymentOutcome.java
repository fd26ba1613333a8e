package cn.suanpan.sync.payment;

import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.payment.PaymentIntent;
import cn.suanpan.core.tender.Tender;

/** How a code payment ended for the cashier. */
public sealed interface PaymentOutcome {

    PaymentIntent intent();

    /**
     * Paid: add {@code tender} to the sale and commit it with {@link CodePayments#commitSale}.
     * {@code earlier}: nothing new was charged, an earlier payment of the same sale had turned
     * out paid and is the tender (for at most the amount asked).
     */
    record Paid(PaymentIntent intent, Tender tender, boolean earlier) implements PaymentOutcome {

        public Paid(PaymentIntent intent, Tender tender) {
            this(intent, tender, false);
        }
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
