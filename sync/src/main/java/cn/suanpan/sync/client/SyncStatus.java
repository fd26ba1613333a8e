package cn.suanpan.sync.client;

import java.time.Duration;
import java.time.Instant;

/**
 * What the status bar shows: whether the cloud answered the last call, how many events
 * wait, and how old the oldest of them is.
 *
 * @param enrolled       the terminal has a cloud to talk to
 * @param online         the last call reached the cloud (no call yet: false)
 * @param pending        events in the outbox
 * @param oldestPending  age of the oldest waiting event; zero when none waits
 * @param lastContact    when the cloud last answered, or null
 * @param lastError      why the last call failed, or null when it did not
 */
public record SyncStatus(boolean enrolled, boolean online, int pending, Duration oldestPending, Instant lastContact,
                         String lastError) {
}
