package cn.suanpan.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.members.MemberDirectory;
import cn.suanpan.core.pricing.PromotionTerms;
import cn.suanpan.core.promotions.PromotionStore;
import cn.suanpan.core.setup.ShopSettings;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.sync.SyncState;
import cn.suanpan.core.sync.SyncState.Cursor;
import cn.suanpan.sync.protocol.Change;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.PullPage;
import cn.suanpan.sync.protocol.Stream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulled promotions and settings go into the store with the stream's cursor, or not at all. */
class PageApplierTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneOffset.UTC);
    private static final String STREAM = Stream.PROMOTIONS.wire();

    @TempDir
    Path tmp;

    private LocalStore store;
    private PageApplier applier;

    @BeforeEach
    void open() {
        store = LocalStore.open(tmp);
        applier = new PageApplier(CLOCK, new MemberDirectory(store, CLOCK));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Change.PromotionChange promotion(UUID id, String code, int percentOffBp) {
        return new Change.PromotionChange(id, code, "促销 " + code, null, "percent_off", List.of("SP1"), List.of(), false,
                percentOffBp, null, null, null, null, null, 1, null, null, List.of(DayOfWeek.MONDAY), LocalTime.of(9, 0),
                LocalTime.of(12, 0));
    }

    private void apply(PullPage page) {
        store.inTransactionRun(tx -> applier.apply(tx, SyncState.cursor(tx, page.stream().wire()), page));
    }

    private List<String> codes() {
        return PromotionStore.terms(store.dsl()).stream().map(PromotionTerms::code).toList();
    }

    @Test
    void promotionsAreStoredAndTombstonedWithTheCursorAndASnapshotRemovesWhatItLacks() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        apply(new PullPage(Protocol.VERSION, Stream.PROMOTIONS, true, 2, false, 0, List.of(promotion(a, "A", 1000), promotion(b, "B", 500))));
        assertThat(codes()).containsExactly("A", "B");
        assertThat(PromotionStore.terms(store.dsl()).getFirst().dailyFrom()).isEqualTo(LocalTime.of(9, 0));
        assertThat(SyncState.cursor(store.dsl(), STREAM)).isEqualTo(new Cursor(STREAM, 2, false));

        apply(new PullPage(Protocol.VERSION, Stream.PROMOTIONS, false, 4, false, 0,
                List.of(promotion(a, "A", 2000), new Change.Removed("promotion", b, "B"))));
        assertThat(codes()).containsExactly("A");
        assertThat(PromotionStore.terms(store.dsl()).getFirst().percentOffBp()).isEqualTo(2000);

        // a snapshot over two pages delivering only C: A is gone from the shop
        apply(new PullPage(Protocol.VERSION, Stream.PROMOTIONS, true, 9, true, 1, List.of()));
        assertThat(codes()).containsExactly("A");
        apply(new PullPage(Protocol.VERSION, Stream.PROMOTIONS, false, 10, false, 0, List.of(promotion(c, "C", 100))));
        assertThat(codes()).containsExactly("C");
        assertThat(SyncState.cursor(store.dsl(), STREAM)).isEqualTo(new Cursor(STREAM, 10, false));
    }

    @Test
    void aPromotionTheTerminalCannotRunFailsThePageAndNothingOfItIsKept() {
        UUID a = UUID.randomUUID();
        Change.PromotionChange bundleWithoutPrice = new Change.PromotionChange(UUID.randomUUID(), "BAD", "坏", null, "bundle",
                List.of(), List.of(), true, null, null, null, null, 3, null, 0, null, null, List.of(), null, null);

        assertThatThrownBy(() -> apply(new PullPage(Protocol.VERSION, Stream.PROMOTIONS, false, 5, false, 0,
                List.of(promotion(a, "A", 1000), bundleWithoutPrice))))
                .isInstanceOf(SyncFailure.class).hasMessageContaining("priceFen");

        assertThat(codes()).isEmpty();
        assertThat(SyncState.cursor(store.dsl(), STREAM).position()).isZero();
    }

    @Test
    void settingsAreStoredWithTheirCursor() {
        apply(new PullPage(Protocol.VERSION, Stream.SETTINGS, true, 3, false, 0,
                List.of(new Change.SettingsChange("静安店", "Jing'an", "算盘 静安店", null))));

        assertThat(ShopSettings.read(store.dsl())).isEqualTo(new ShopSettings("算盘 静安店", null));
        assertThat(SyncState.cursor(store.dsl(), Stream.SETTINGS.wire()).position()).isEqualTo(3);
    }

    @Test
    void aPromotionTravelsThroughTheCodecUnchanged() {
        JsonCodec codec = new JsonCodec();
        PullPage page = new PullPage(Protocol.VERSION, Stream.PROMOTIONS, false, 7, false, 0,
                List.of(promotion(UUID.randomUUID(), "A", 1000), new Change.SettingsChange("店", null, null, "谢谢")));
        byte[] json = codec.encode(page);

        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).contains("\"dailyFrom\":\"09:00\"", "\"type\":\"percent_off\"");
        assertThat(codec.decode(json, PullPage.class)).isEqualTo(page);
    }
}
