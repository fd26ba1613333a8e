package cn.suanpan.sync.protocol;

import java.util.UUID;

/**
 * Give back part or all of a paid payment. {@code refundId} is journaled by the terminal
 * first and is the wallet's refund number, so a repeated refund is never paid out twice.
 */
public record PaymentRefund(int protocol, UUID intentId, UUID refundId, long amountFen, String reason) implements Versioned {

    public PaymentRefund {
        Checks.require(intentId != null, "intentId is required");
        Checks.require(refundId != null, "refundId is required");
        Checks.require(amountFen > 0, "amountFen must be positive");
        Checks.require(reason != null && reason.length() <= 80, "reason is required (at most 80 characters)");
    }
}
