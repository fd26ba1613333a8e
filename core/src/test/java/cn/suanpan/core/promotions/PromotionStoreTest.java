package cn.suanpan.core.promotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.LocalizedName;
import cn.suanpan.core.pricing.Promotion;
import cn.suanpan.core.pricing.PromotionInfo;
import cn.suanpan.core.pricing.PromotionTerms;
import cn.suanpan.core.pricing.Target;
import cn.suanpan.core.pricing.TimeWindow;
import cn.suanpan.core.setup.ShopSettings;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.sync.SyncState;
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

class PromotionStoreTest {

    private static final Instant AT = Instant.parse("2025-03-01T02:03:04Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private LocalStore store;

    @BeforeEach
    void open() {
        store = LocalStore.open(tmp);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static PromotionInfo info(String id, int priority, TimeWindow window) {
        return new PromotionInfo(id, new LocalizedName("促销 " + id, id.equals("E") ? null : "Promo " + id), window, priority);
    }

    @Test
    void everyKindOfPromotionComesBackFromTheStoreAsItWent() {
        TimeWindow afternoons = TimeWindow.between(AT, AT.plusSeconds(86_400 * 7))
                .on(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).daily(LocalTime.of(14, 0), LocalTime.of(17, 30));
        List<Promotion> promotions = List.of(
                new Promotion.PercentOff(info("A", 1, afternoons), Target.categories("dairy", "drinks"), 1_000),
                new Promotion.AmountOff(info("B", 2, TimeWindow.ALWAYS), Target.skus("SP1", "SP2"), Money.ofFen(50)),
                new Promotion.BuyXGetY(info("C", 3, TimeWindow.ALWAYS), Target.all(), 2, 1, 10_000),
                new Promotion.BundlePrice(info("D", 4, TimeWindow.ALWAYS), Target.categories("noodles"), 3, Money.ofYuan(10)),
                new Promotion.SecondItemDiscount(info("E", 5, new TimeWindow(null, null, java.util.Set.of(),
                        LocalTime.of(22, 0), LocalTime.of(2, 0))), Target.skus("SP3"), 5_000));

        store.inTransactionRun(tx -> promotions.forEach(p -> PromotionStore.put(tx, UUID.randomUUID(), PromotionTerms.of(p), AT)));

        assertThat(PromotionStore.all(store.dsl())).containsExactlyElementsOf(promotions);
    }

    @Test
    void aPromotionUnderAKnownCodeReplacesTheOneHeldAndTermsThatMakeNoPromotionAreRefused() {
        UUID seeded = UUID.randomUUID();
        UUID cloud = UUID.randomUUID();
        PromotionTerms tenOff = PromotionTerms.of(new Promotion.PercentOff(info("A", 1, TimeWindow.ALWAYS), Target.all(), 1_000));
        PromotionTerms twentyOff = PromotionTerms.of(new Promotion.PercentOff(info("A", 1, TimeWindow.ALWAYS), Target.all(), 2_000));
        store.inTransactionRun(tx -> PromotionStore.put(tx, seeded, tenOff, AT));
        store.inTransactionRun(tx -> PromotionStore.put(tx, cloud, twentyOff, AT));

        assertThat(PromotionStore.ids(store.dsl())).containsExactly(cloud);
        assertThat(PromotionStore.terms(store.dsl())).containsExactly(twentyOff);

        PromotionTerms noFigure = new PromotionTerms("B", "坏", null, PromotionTerms.Kind.BUNDLE, null, null, true,
                null, null, null, null, 3, null, 0, null, null, null, null, null);
        assertThatThrownBy(() -> store.inTransactionRun(tx -> PromotionStore.put(tx, UUID.randomUUID(), noFigure, AT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priceFen");
        assertThat(PromotionStore.remove(store.dsl(), List.of(cloud))).isEqualTo(1);
        assertThat(PromotionStore.all(store.dsl())).isEmpty();
    }

    @Test
    void aTerminalSeedsItsPromotionsOnlyUntilItHasPulledThem() {
        List<Promotion> demo = List.of(new Promotion.PercentOff(info("A", 1, TimeWindow.ALWAYS), Target.all(), 1_000));

        assertThat(PromotionStore.seedIfNeverPulled(store, () -> demo, CLOCK)).isTrue();
        assertThat(PromotionStore.seedIfNeverPulled(store, () -> demo, CLOCK)).isFalse();
        assertThat(PromotionStore.all(store.dsl())).isEqualTo(demo);

        // the cloud's snapshot took them all away: the shop runs none, and the demo's do not come back
        store.inTransactionRun(tx -> {
            PromotionStore.remove(tx, PromotionStore.ids(tx));
            SyncState.saveCursor(tx, new SyncState.Cursor(PromotionStore.STREAM, 7, false), AT);
        });
        assertThat(PromotionStore.seedIfNeverPulled(store, () -> demo, CLOCK)).isFalse();
        assertThat(PromotionStore.all(store.dsl())).isEmpty();
    }

    @Test
    void livePromotionsAreReadAgainAfterEachSignalledChangeOnly() {
        LivePromotions live = new LivePromotions(store);
        assertThat(live.get()).isEmpty();
        Promotion a = new Promotion.PercentOff(info("A", 1, TimeWindow.ALWAYS), Target.all(), 1_000);
        store.inTransactionRun(tx -> PromotionStore.put(tx, UUID.randomUUID(), PromotionTerms.of(a), AT));

        assertThat(live.get()).as("not signalled yet: the list held").isEmpty();
        PromotionSignal.of(store).changed();
        assertThat(live.get()).containsExactly(a);
    }

    @Test
    void pulledSettingsRenameTheStoreAndAreReadBack() {
        new cn.suanpan.core.setup.StoreSetup(store, CLOCK).create("0001", "旧名", "Old", null, null, ZoneOffset.UTC, "01");
        assertThat(ShopSettings.read(store.dsl())).isEqualTo(ShopSettings.NONE);

        store.inTransactionRun(tx -> ShopSettings.apply(tx, "新名", "New", new ShopSettings("总店", "谢谢\n再见"), AT));
        store.inTransactionRun(tx -> ShopSettings.apply(tx, "新名", "New", new ShopSettings("分店", null), AT));

        assertThat(ShopSettings.read(store.dsl())).isEqualTo(new ShopSettings("分店", null));
        var info = new cn.suanpan.core.setup.StoreSetup(store, CLOCK).current().orElseThrow();
        assertThat(info.storeName()).isEqualTo("新名");
        assertThat(info.storeNameEn()).isEqualTo("New");
    }
}
