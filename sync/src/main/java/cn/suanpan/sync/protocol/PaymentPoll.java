package cn.suanpan.sync.protocol;

import java.util.UUID;

/** Ask where a payment stands, waiting up to {@code waitSeconds} for it to change. */
public record PaymentPoll(int protocol, UUID intentId, int waitSeconds) implements Versioned {

    public static final int MAX_WAIT_SECONDS = 25;

    public PaymentPoll {
        Checks.require(intentId != null, "intentId is required");
        Checks.require(waitSeconds >= 0 && waitSeconds <= MAX_WAIT_SECONDS, "waitSeconds must be 0.." + MAX_WAIT_SECONDS);
    }
}
