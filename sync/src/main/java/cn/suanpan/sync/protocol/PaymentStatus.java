package cn.suanpan.sync.protocol;

import java.time.Instant;
import java.util.UUID;

/**
 * The cloud's answer about one payment. {@code providerTxnId} and {@code paidAt} are set when
 * paid; {@code messageKey} names a bundle key for the cashier when failed or reversed;
 * {@code secondsLeft} is how long the cloud will still wait for the customer.
 */
public record PaymentStatus(int protocol, UUID intentId, PaymentState state, long amountFen, String providerTxnId,
                            Instant paidAt, String messageKey, int secondsLeft) implements Versioned {

    public PaymentStatus {
        Checks.require(intentId != null, "intentId is required");
        Checks.require(state != null, "state is required");
        Checks.require(state != PaymentState.PAID || providerTxnId != null, "a paid payment names the wallet's transaction");
    }
}
