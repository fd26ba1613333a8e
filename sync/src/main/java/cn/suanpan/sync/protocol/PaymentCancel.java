package cn.suanpan.sync.protocol;

import java.util.UUID;

/** The cashier gave up on a payment: the cloud reverses it at the wallet. Idempotent. */
public record PaymentCancel(int protocol, UUID intentId) implements Versioned {

    public PaymentCancel {
        Checks.require(intentId != null, "intentId is required");
    }
}
