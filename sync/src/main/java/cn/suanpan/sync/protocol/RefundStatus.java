package cn.suanpan.sync.protocol;

import java.util.UUID;

/** Where a refund stands: {@code pending}, then {@code refunded} or {@code failed} (with a bundle key). */
public record RefundStatus(int protocol, UUID refundId, String state, long amountFen, String messageKey) implements Versioned {

    public static final String PENDING = "pending";
    public static final String REFUNDED = "refunded";
    public static final String FAILED = "failed";

    public RefundStatus {
        Checks.require(refundId != null, "refundId is required");
        Checks.require(PENDING.equals(state) || REFUNDED.equals(state) || FAILED.equals(state), "unknown refund state " + state);
    }
}
