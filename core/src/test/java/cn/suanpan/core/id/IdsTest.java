package cn.suanpan.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    private static final Instant T = Instant.parse("2025-06-01T08:00:00.123Z");

    @Test
    void isAVersionSevenUuidWithTheRfcVariant() {
        UUID id = Ids.uuidV7(Clock.fixed(T, ZoneOffset.UTC));
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void carriesTheMillisecondsOfTheClock() {
        UUID id = Ids.uuidV7(Clock.fixed(T, ZoneOffset.UTC));
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(T.toEpochMilli());
    }

    @Test
    void idsFromLaterMillisecondsSortAfterEarlierOnes() {
        List<String> ids = new ArrayList<>();
        for (int ms = 0; ms < 200; ms++) {
            Clock clock = Clock.fixed(T.plusMillis(ms), ZoneOffset.UTC);
            ids.add(Ids.uuidV7(clock).toString());
        }
        // text order is the order databases and the cloud sort UUIDs in
        assertThat(ids).isSorted();
    }

    @Test
    void idsInTheSameMillisecondDiffer() {
        Clock clock = Clock.fixed(T, ZoneOffset.UTC);
        var seen = new HashSet<UUID>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Ids.uuidV7(clock));
        }
        assertThat(seen).hasSize(10_000);
    }
}
