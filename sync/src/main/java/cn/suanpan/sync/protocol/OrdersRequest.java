package cn.suanpan.sync.protocol;

/**
 * Online orders changed after {@code after} (a change number). When there are none yet the
 * cloud holds the request open for up to {@code waitSeconds} and answers as soon as one
 * comes: a long poll, which reaches the counter within a second of the order.
 */
public record OrdersRequest(int protocol, long after, int waitSeconds) implements Versioned {

    public static final int MAX_WAIT_SECONDS = 25;

    public OrdersRequest {
        Checks.require(after >= 0, "after must not be negative");
        Checks.require(waitSeconds >= 0 && waitSeconds <= MAX_WAIT_SECONDS, "waitSeconds must be 0.." + MAX_WAIT_SECONDS);
    }
}
