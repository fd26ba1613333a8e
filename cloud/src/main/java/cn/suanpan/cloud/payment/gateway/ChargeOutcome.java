package cn.suanpan.cloud.payment.gateway;

import cn.suanpan.core.money.Money;
import java.time.Instant;

/** The final answer about a charge. There is no "unknown": a gateway keeps going until it knows. */
public sealed interface ChargeOutcome {

    /** The customer paid; {@code providerTxnId} is the wallet's transaction number. */
    record Paid(String providerTxnId, Instant paidAt, Money amount) implements ChargeOutcome {
    }

    /** Nothing was charged: {@code code} is the wallet's error code, {@code messageKey} a bundle key for the cashier. */
    record Failed(String code, String messageKey) implements ChargeOutcome {
    }

    /** The charge was undone at the wallet (cancelled, timed out): the customer is not charged. */
    record Reversed(String messageKey) implements ChargeOutcome {
    }
}
