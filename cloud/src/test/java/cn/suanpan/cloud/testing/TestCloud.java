package cn.suanpan.cloud.testing;

import static cn.suanpan.cloud.store.schema.Tables.SALE;
import static cn.suanpan.cloud.store.schema.Tables.STOCK_MOVEMENT;
import static cn.suanpan.cloud.store.schema.Tables.TERMINAL;
import static cn.suanpan.cloud.store.schema.Tables.TERMINAL_EVENT;

import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.CloudService;
import cn.suanpan.cloud.catalog.CloudCatalog;
import cn.suanpan.cloud.catalog.ProductInput;
import cn.suanpan.cloud.events.EventApplier;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.store.CloudStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jooq.impl.DSL;

/** A cloud node on a random loopback port, and what tests ask of it. */
public final class TestCloud implements AutoCloseable {

    public static final String ADMIN_TOKEN = "test-admin-token";

    private final CloudService service;
    private final List<String> notifications;
    private final OkHttpClient http = new OkHttpClient();

    private TestCloud(CloudService service, List<String> notifications) {
        this.service = service;
        this.notifications = notifications;
    }

    public static TestCloud embedded(Path dir, boolean demo) {
        return start(new CloudConfig("127.0.0.1", 0, dir, CloudStore.Connection.embedded(dir), ADMIN_TOKEN, demo),
                UnaryOperator.identity());
    }

    public static TestCloud start(CloudConfig config, UnaryOperator<EventApplier> rules) {
        List<String> notifications = new java.util.concurrent.CopyOnWriteArrayList<>();
        return new TestCloud(CloudService.start(config, Clock.systemUTC(), rules,
                (shopId, orderId, number, status, customer) -> notifications.add(number + " " + status
                        + (customer == null ? "" : " " + customer))), notifications);
    }

    /** What customers were told, as "number STATUS". */
    public List<String> notifications() {
        return notifications;
    }

    /** An embedded node whose code payments also go through {@code wallets}. */
    public static TestCloud withWallets(Path dir, cn.suanpan.cloud.payment.GatewaySetup wallets) {
        List<String> notifications = new java.util.concurrent.CopyOnWriteArrayList<>();
        return new TestCloud(CloudService.start(new CloudConfig("127.0.0.1", 0, dir, CloudStore.Connection.embedded(dir), ADMIN_TOKEN,
                false), Clock.systemUTC(), UnaryOperator.identity(), cn.suanpan.cloud.orders.Notifier.LOG,
                new cn.suanpan.cloud.miniprogram.LocalWeChatLogin(), wallets), notifications);
    }

    public CloudService service() {
        return service;
    }

    public String url() {
        return "http://127.0.0.1:" + service.port();
    }

    public CloudStore store() {
        return service.store();
    }

    /** A shop with a small catalog of its own (no demo seeding needed). */
    public Shops.Shop newShop(String code, int products) {
        Shops.Shop shop = service.shops().create(code, "测试店 " + code, "Test shop " + code, ZoneId.of("Asia/Shanghai"));
        CloudCatalog catalog = service.catalog();
        catalog.putCategory(shop.id(), new CloudCatalog.CategoryInput("drinks", "饮料", "Drinks", 10));
        store().inTransactionRun(tx -> catalog.putProducts(tx, shop.id(), java.util.stream.IntStream.rangeClosed(1, products)
                .mapToObj(i -> product("P" + i, "商品" + i, 100L * i)).toList()));
        return shop;
    }

    public static ProductInput product(String sku, String name, long priceFen) {
        return new ProductInput(sku, name, null, "drinks", "pc", priceFen, null, null, 1300, false, null, null, true, true, List.of());
    }

    public String enrolmentCode(UUID shopId) {
        return service.enrolments().newCode(shopId, Duration.ofHours(1)).code();
    }

    public UUID productId(UUID shopId, String sku) {
        return service.catalog().productId(shopId, sku).orElseThrow();
    }

    public int events(UUID terminalId) {
        return store().dsl().fetchCount(TERMINAL_EVENT, TERMINAL_EVENT.TERMINAL_ID.eq(terminalId));
    }

    public int events(UUID terminalId, String status) {
        return store().dsl().fetchCount(TERMINAL_EVENT, TERMINAL_EVENT.TERMINAL_ID.eq(terminalId).and(TERMINAL_EVENT.STATUS.eq(status)));
    }

    public long acknowledgedSeq(UUID terminalId) {
        return store().dsl().select(TERMINAL.ACKNOWLEDGED_SEQ).from(TERMINAL).where(TERMINAL.ID.eq(terminalId)).fetchSingle(TERMINAL.ACKNOWLEDGED_SEQ);
    }

    public int sales(UUID shopId) {
        return store().dsl().fetchCount(SALE, SALE.SHOP_ID.eq(shopId));
    }

    public long salesTotalFen(UUID shopId) {
        BigDecimal sum = store().dsl().select(DSL.sum(SALE.TOTAL_FEN)).from(SALE).where(SALE.SHOP_ID.eq(shopId)).fetchOne(0, BigDecimal.class);
        return sum == null ? 0 : sum.longValueExact();
    }

    public long stockMilli(UUID shopId, UUID productId) {
        BigDecimal sum = store().dsl().select(DSL.sum(STOCK_MOVEMENT.QUANTITY_MILLI)).from(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.SHOP_ID.eq(shopId)).and(STOCK_MOVEMENT.PRODUCT_ID.eq(productId)).fetchOne(0, BigDecimal.class);
        return sum == null ? 0 : sum.longValueExact();
    }

    /** Calls the admin API; returns the status and body. */
    public Map.Entry<Integer, String> admin(String method, String path, String json) {
        RequestBody body = json == null ? (method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0]))
                : RequestBody.create(json, MediaType.get("application/json"));
        Request request = new Request.Builder().url(url() + path).method(method, body)
                .header("Authorization", "Bearer " + ADMIN_TOKEN).build();
        try (Response r = http.newCall(request).execute()) {
            return Map.entry(r.code(), r.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        service.close();
    }
}
