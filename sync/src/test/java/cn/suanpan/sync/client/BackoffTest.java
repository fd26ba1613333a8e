package cn.suanpan.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), new Random(7));

    @Test
    void theCeilingDoublesUpToTheCap() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.ceiling(1_000)).isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() -> backoff.ceiling(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void delaysAreJitteredBetweenZeroAndTheCeiling() {
        Set<Duration> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Duration d = backoff.delay(3);
            assertThat(d).isBetween(Duration.ZERO, Duration.ofSeconds(2));
            seen.add(d);
        }
        // full jitter: terminals that failed together do not retry together
        assertThat(seen.size()).isGreaterThan(100);
    }

    @Test
    void aSeedGivesTheSameWaits() {
        Backoff a = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), new Random(42));
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), new Random(42));
        for (int attempt = 1; attempt < 10; attempt++) {
            assertThat(a.delay(attempt)).isEqualTo(b.delay(attempt));
        }
    }

    @Test
    void retryableFailuresAreTheOnesTimeCanFix() {
        assertThat(SyncFailure.offline("down", null).retryable()).isTrue();
        assertThat(SyncFailure.corrupt("damaged", null).retryable()).isTrue();
        assertThat(SyncFailure.refused(cn.suanpan.sync.protocol.ErrorCode.INTERNAL, "x").retryable()).isTrue();
        assertThat(SyncFailure.refused(cn.suanpan.sync.protocol.ErrorCode.BAD_SIGNATURE, "x").retryable()).isFalse();
        assertThat(SyncFailure.refused(cn.suanpan.sync.protocol.ErrorCode.STALE, "x").retryable()).isFalse();
    }
}
