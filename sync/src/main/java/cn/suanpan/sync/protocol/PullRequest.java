package cn.suanpan.sync.protocol;

/** The changes of one stream after {@code cursor}, at most {@code limit} of them. */
public record PullRequest(int protocol, Stream stream, long cursor, int limit) implements Versioned {

    public PullRequest {
        Checks.require(stream != null, "stream is required");
        Checks.require(cursor >= 0, "cursor must not be negative");
        Checks.require(limit > 0 && limit <= Protocol.MAX_PULL_LIMIT, "limit must be 1.." + Protocol.MAX_PULL_LIMIT);
    }
}
