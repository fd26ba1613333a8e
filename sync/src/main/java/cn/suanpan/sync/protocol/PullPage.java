package cn.suanpan.sync.protocol;

import java.util.List;

/**
 * A page of one stream's changes, oldest first; {@code nextCursor} is what to ask from
 * next. When the cursor asked from was too old (the tombstones after it are gone) or
 * unknown, the cloud starts a full snapshot instead: {@code snapshot} is set on its first
 * page, which starts from cursor 0, and the terminal retires whatever the finished
 * snapshot did not deliver. {@code remaining} counts the changes after this page when it was
 * read, for a progress bar; it is 0 when the request asked not to count them
 * ({@link PullRequest#countRemaining()}), and then only {@code hasMore} says whether more follow.
 */
public record PullPage(int protocol, Stream stream, boolean snapshot, long nextCursor, boolean hasMore, long remaining,
                       List<Change> changes) implements Versioned {

    public PullPage {
        Checks.require(stream != null, "stream is required");
        Checks.require(nextCursor >= 0, "nextCursor must not be negative");
        Checks.require(remaining >= 0, "remaining must not be negative");
        Checks.require(changes != null, "changes are required");
        changes = List.copyOf(changes);
    }
}
