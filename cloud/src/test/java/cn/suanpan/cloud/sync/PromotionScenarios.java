package cn.suanpan.cloud.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.testing.TestCloud;
import cn.suanpan.cloud.testing.TestTerminal;
import cn.suanpan.core.cart.AddItem;
import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.CartEditor;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.pricing.PricingEngine;
import cn.suanpan.core.pricing.PromotionTerms;
import cn.suanpan.core.promotions.LivePromotions;
import cn.suanpan.core.promotions.PromotionStore;
import cn.suanpan.core.setup.ShopSettings;
import cn.suanpan.core.setup.StoreSetup;
import cn.suanpan.sync.client.SyncClient;
import cn.suanpan.sync.protocol.Change;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.PullPage;
import cn.suanpan.sync.protocol.Stream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promotions and the shop's settings from the admin API through the pull streams into a
 * terminal's store and onto the price of its next cart. Run against each of the cloud's
 * databases by a subclass that starts the cloud.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PromotionScenarios {

    private static final AtomicInteger SHOPS = new AtomicInteger();
    private static final String TEN_OFF_P1 = """
            {"name":"一号 9 折","nameEn":"P1 10% off","kind":"percent_off","skus":["P1"],"percentOffBp":1000,"priority":5}""";

    @TempDir
    Path tmp;

    protected TestCloud cloud;

    protected abstract TestCloud startCloud(Path dir) throws Exception;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        cloud = startCloud(dir);
    }

    @AfterAll
    void stop() {
        if (cloud != null) {
            cloud.close();
            cloud = null;
        }
    }

    private Shops.Shop shop() {
        return cloud.newShop(getClass().getSimpleName().substring(0, 2).toUpperCase() + "P" + SHOPS.incrementAndGet(), 3);
    }

    private static String promotions(Shops.Shop shop) {
        return "/api/admin/v1/shops/" + shop.code() + "/promotions";
    }

    private TestTerminal enrolled(String name, Shops.Shop shop) {
        TestTerminal t = new TestTerminal(tmp.resolve(name), name.hashCode());
        t.client().enrol(cloud.url(), cloud.enrolmentCode(shop.id()), "counter 1");
        return t;
    }

    @Test
    void theAdminCreatesUpdatesListsAndRemovesPromotions() {
        Shops.Shop shop = shop();

        assertThat(cloud.admin("PUT", promotions(shop) + "/TEN", TEN_OFF_P1).getKey()).isEqualTo(201);
        var updated = cloud.admin("PUT", promotions(shop) + "/TEN", TEN_OFF_P1.replace("1000", "2000"));
        assertThat(updated.getKey()).isEqualTo(200);
        assertThat(cloud.admin("PUT", promotions(shop) + "/NOODLES", """
                {"name":"任选3件10元","kind":"bundle","categories":["drinks"],"count":3,"priceFen":1000,
                 "startsAt":"2025-03-01T00:00:00Z","weekdays":["SATURDAY","SUNDAY"],"dailyFrom":"10:00","dailyTo":"14:00"}""")
                .getKey()).isEqualTo(201);

        var one = cloud.admin("GET", promotions(shop) + "/TEN", null);
        assertThat(one.getKey()).isEqualTo(200);
        assertThat(new JsonCodec().readTree(one.getValue()).get("percentOffBp").intValue()).isEqualTo(2000);
        PromotionTerms noodles = cloud.service().promotions().find(shop.id(), "NOODLES").orElseThrow();
        assertThat(noodles.kind()).isEqualTo(PromotionTerms.Kind.BUNDLE);
        assertThat(noodles.dailyFrom()).hasToString("10:00");
        assertThat(noodles.weekdays()).hasSize(2);

        // refused, and nothing stored: a bundle without its price, an unknown kind, a body naming another code, no token
        assertThat(cloud.admin("PUT", promotions(shop) + "/BAD", """
                {"name":"坏","kind":"bundle","allProducts":true,"count":3}""").getKey()).isEqualTo(400);
        assertThat(cloud.admin("PUT", promotions(shop) + "/BAD", """
                {"name":"坏","kind":"half_price","allProducts":true}""").getKey()).isEqualTo(400);
        assertThat(cloud.admin("PUT", promotions(shop) + "/BAD", """
                {"code":"OTHER","name":"坏","kind":"percent_off","allProducts":true,"percentOffBp":100}""").getKey()).isEqualTo(400);
        assertThat(cloud.service().promotions().find(shop.id(), "BAD")).isEmpty();

        assertThat(cloud.admin("DELETE", promotions(shop) + "/TEN", null).getKey()).isEqualTo(204);
        assertThat(cloud.admin("DELETE", promotions(shop) + "/TEN", null).getKey()).isEqualTo(404);
        assertThat(cloud.admin("GET", promotions(shop) + "/TEN", null).getKey()).isEqualTo(404);
        var list = new JsonCodec().readTree(cloud.admin("GET", promotions(shop), null).getValue());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("code").textValue()).isEqualTo("NOODLES");
        // a removed promotion put again comes back under its old id
        assertThat(cloud.admin("PUT", promotions(shop) + "/TEN", TEN_OFF_P1).getKey()).isEqualTo(201);
    }

    @Test
    void promotionsArePulledByCursorAndTombstonesRemoveThemOnTheTerminal() {
        Shops.Shop shop = shop();
        cloud.admin("PUT", promotions(shop) + "/A", TEN_OFF_P1);
        cloud.admin("PUT", promotions(shop) + "/B", TEN_OFF_P1.replace("P1", "P2"));
        cloud.admin("PUT", promotions(shop) + "/C", TEN_OFF_P1.replace("P1", "P3"));
        try (TestTerminal t = enrolled("promo-pull", shop)) {
            SyncClient client = t.client().pageSize(2);
            PullPage first = client.pullOnce(Stream.PROMOTIONS);
            assertThat(first.snapshot()).isTrue();
            assertThat(first.hasMore()).isTrue();
            assertThat(first.changes()).hasSize(2).allMatch(c -> c instanceof Change.PromotionChange);
            assertThat(client.pull(Stream.PROMOTIONS, SyncClient.Progress.NONE).changes()).isEqualTo(1);
            assertThat(codes(t)).containsExactly("A", "B", "C");

            cloud.admin("PUT", promotions(shop) + "/A", TEN_OFF_P1.replace("1000", "3000"));
            cloud.admin("DELETE", promotions(shop) + "/B", null);
            PullPage changes = client.pullOnce(Stream.PROMOTIONS);

            assertThat(changes.snapshot()).isFalse();
            assertThat(changes.changes()).hasSize(2);
            assertThat(changes.changes().get(1)).isInstanceOfSatisfying(Change.Removed.class, r -> {
                assertThat(r.entity()).isEqualTo("promotion");
                assertThat(r.key()).isEqualTo("B");
            });
            assertThat(codes(t)).containsExactly("A", "C");
            assertThat(PromotionStore.terms(t.store().dsl()).getFirst().percentOffBp()).isEqualTo(3000);
            assertThat(client.cursor(Stream.PROMOTIONS).position()).isEqualTo(changes.nextCursor());
            assertThat(client.pullOnce(Stream.PROMOTIONS).changes()).isEmpty();
        }
    }

    @Test
    void aPurgedPromotionTombstoneIsGoneForNewAndLaggingTerminalsAndAnUnpurgedOneStillArrives() {
        Shops.Shop shop = shop();
        cloud.admin("PUT", promotions(shop) + "/A", TEN_OFF_P1);
        cloud.admin("PUT", promotions(shop) + "/B", TEN_OFF_P1.replace("P1", "P2"));
        try (TestTerminal lagging = enrolled("promo-lagging", shop); TestTerminal fresh = enrolled("promo-fresh", shop)) {
            lagging.client().pull(Stream.CATALOG, SyncClient.Progress.NONE);
            lagging.client().pull(Stream.PROMOTIONS, SyncClient.Progress.NONE);
            assertThat(codes(lagging)).containsExactly("A", "B");

            cloud.admin("DELETE", promotions(shop) + "/B", null);
            assertThat(cloud.admin("POST", "/api/admin/v1/shops/" + shop.code() + "/tombstones/purge", null))
                    .isEqualTo(Map.entry(200, "{\"purged\":1}"));
            var promotion = cn.suanpan.cloud.store.schema.Tables.PROMOTION;
            assertThat(cloud.store().dsl().fetchExists(promotion, promotion.SHOP_ID.eq(shop.id()).and(promotion.CODE.eq("B"))))
                    .isFalse();

            PullPage behind = lagging.client().pullOnce(Stream.PROMOTIONS);
            assertThat(behind.snapshot()).isTrue();
            assertThat(codes(lagging)).containsExactly("A");
            // one purge mark for the shop: the lagging terminal's catalog starts over too
            assertThat(lagging.client().pullOnce(Stream.CATALOG).snapshot()).isTrue();

            fresh.client().pull(Stream.PROMOTIONS, SyncClient.Progress.NONE);
            assertThat(codes(fresh)).containsExactly("A");

            // a removal made after the purge is still a tombstone on the stream
            cloud.admin("DELETE", promotions(shop) + "/A", null);
            PullPage after = lagging.client().pullOnce(Stream.PROMOTIONS);
            assertThat(after.snapshot()).isFalse();
            assertThat(after.changes()).singleElement().isInstanceOfSatisfying(Change.Removed.class,
                    r -> assertThat(r.key()).isEqualTo("A"));
            assertThat(codes(lagging)).isEmpty();
        }
    }

    @Test
    void aSnapshotReplacesTheSeededDemoPromotionsWithTheShops() {
        Shops.Shop shop = shop();
        cloud.admin("PUT", promotions(shop) + "/P-COLA-2ND", TEN_OFF_P1);
        try (TestTerminal t = new TestTerminal(tmp.resolve("promo-seeded"), 7)) {
            PromotionStore.seedIfNeverPulled(t.store(), () -> cn.suanpan.core.pricing.PromotionsCsv.read(
                    new java.io.StringReader("""
                            id,name,name_en,kind,target,value,priority
                            P-COLA-2ND,第二件半价,2nd at half price,second_item,sku:SP00001,50,10
                            P-DAIRY-90,乳品 9 折,Dairy 10% off,percent_off,category:dairy,10,1
                            """)), Clock.systemUTC());
            assertThat(codes(t)).containsExactly("P-COLA-2ND", "P-DAIRY-90");
            t.client().enrol(cloud.url(), cloud.enrolmentCode(shop.id()), "counter 1");

            t.client().pull(Stream.PROMOTIONS, SyncClient.Progress.NONE);

            assertThat(codes(t)).containsExactly("P-COLA-2ND");
            assertThat(PromotionStore.terms(t.store().dsl()).getFirst().kind()).isEqualTo(PromotionTerms.Kind.PERCENT_OFF);
        }
    }

    @Test
    void anAdminCreatedPromotionPricesTheNextCartOnTheTerminalAndARemovedOneStops() {
        Shops.Shop shop = shop();
        try (TestTerminal t = enrolled("promo-e2e", shop)) {
            t.client().pull(Stream.CATALOG, SyncClient.Progress.NONE);
            t.client().pull(Stream.PROMOTIONS, SyncClient.Progress.NONE);
            Product p1 = t.catalog().bySku("P1").orElseThrow(); // 1.00 yuan
            // the engine the sale screen keeps for as long as the terminal runs
            PricingEngine pricing = new PricingEngine(Clock.systemUTC(), ZoneId.of("Asia/Shanghai"), new LivePromotions(t.store()),
                    CashRounding.NONE);
            assertThat(pricing.price(cart(p1, 3)).total()).isEqualTo(Money.ofFen(300));

            assertThat(cloud.admin("PUT", promotions(shop) + "/TEN", TEN_OFF_P1).getKey()).isEqualTo(201);
            assertThat(pricing.price(cart(p1, 3)).total()).as("not pulled yet").isEqualTo(Money.ofFen(300));
            t.client().pull(Stream.PROMOTIONS, SyncClient.Progress.NONE);

            var priced = pricing.price(cart(p1, 3));
            assertThat(priced.total()).isEqualTo(Money.ofFen(270));
            assertThat(priced.savings()).isEqualTo(Money.ofFen(30));

            assertThat(cloud.admin("DELETE", promotions(shop) + "/TEN", null).getKey()).isEqualTo(204);
            t.client().pull(Stream.PROMOTIONS, SyncClient.Progress.NONE);

            assertThat(pricing.price(cart(p1, 3)).total()).isEqualTo(Money.ofFen(300));
        }
    }

    @Test
    void theShopsSettingsArePulledOnceEachTimeTheyChange() {
        Shops.Shop shop = shop();
        String settings = "/api/admin/v1/shops/" + shop.code() + "/settings";
        try (TestTerminal t = enrolled("settings", shop)) {
            new StoreSetup(t.store(), Clock.systemUTC()).create("0001", "算盘便利店", "Suanpan Convenience", null, null,
                    ZoneId.of("Asia/Shanghai"), "01");
            // the first pull is a snapshot: the store takes the shop's name
            PullPage first = t.client().pullOnce(Stream.SETTINGS);
            assertThat(first.snapshot()).isTrue();
            assertThat(new StoreSetup(t.store(), Clock.systemUTC()).current().orElseThrow().storeName()).isEqualTo(shop.name());
            assertThat(ShopSettings.read(t.store().dsl())).isEqualTo(ShopSettings.NONE);

            Map.Entry<Integer, String> put = cloud.admin("PUT", settings, """
                    {"storeName":"静安店","storeNameEn":"Jing'an","receiptHeader":"算盘便利店 静安店","receiptFooter":"谢谢惠顾\\n欢迎再来"}""");
            assertThat(put.getKey()).isEqualTo(200);
            assertThat(cloud.admin("PUT", settings, "{\"storeName\":\"\"}").getKey()).isEqualTo(400);
            assertThat(cloud.admin("GET", settings, null).getValue()).contains("静安店");

            PullPage changed = t.client().pullOnce(Stream.SETTINGS);
            assertThat(changed.snapshot()).isFalse();
            assertThat(changed.changes()).hasSize(1);
            assertThat(ShopSettings.read(t.store().dsl())).isEqualTo(new ShopSettings("算盘便利店 静安店", "谢谢惠顾\n欢迎再来"));
            var store = new StoreSetup(t.store(), Clock.systemUTC()).current().orElseThrow();
            assertThat(store.storeName()).isEqualTo("静安店");
            assertThat(store.storeNameEn()).isEqualTo("Jing'an");

            // other changes of the shop move the cursor but bring no settings
            cloud.admin("PUT", promotions(shop) + "/TEN", TEN_OFF_P1);
            assertThat(t.client().pullOnce(Stream.SETTINGS).changes()).isEmpty();
        }
    }

    private static List<String> codes(TestTerminal t) {
        return PromotionStore.terms(t.store().dsl()).stream().map(PromotionTerms::code).toList();
    }

    private static Cart cart(Product product, int pieces) {
        CartEditor editor = new CartEditor();
        editor.apply(new AddItem(product, Quantity.pieces(pieces)));
        return editor.cart();
    }
}
