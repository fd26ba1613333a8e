package cn.suanpan.sync.protocol;

/**
 * The changes of one stream after {@code cursor}, at most {@code limit} of them.
 * {@code countRemaining} says whether the answer's {@code remaining} should be counted:
 * counting reads every change after the page, so a client pulling a long stream asks for
 * it once and works the rest out itself (ADR 16). Absent (an older client) means count.
 */
public record PullRequest(int protocol, Stream stream, long cursor, int limit, Boolean countRemaining) implements Versioned {

    public PullRequest {
        Checks.require(stream != null, "stream is required");
        Checks.require(cursor >= 0, "cursor must not be negative");
        Checks.require(limit > 0 && limit <= Protocol.MAX_PULL_LIMIT, "limit must be 1.." + Protocol.MAX_PULL_LIMIT);
    }

    /** A request as older clients send it: the remaining changes counted. */
    public PullRequest(int protocol, Stream stream, long cursor, int limit) {
        this(protocol, stream, cursor, limit, null);
    }

    /** Whether the cloud should count the changes after the page. */
    public boolean wantsRemaining() {
        return countRemaining == null || countRemaining;
    }
}
