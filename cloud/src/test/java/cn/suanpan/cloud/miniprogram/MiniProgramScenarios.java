package cn.suanpan.cloud.miniprogram;

import static cn.suanpan.cloud.store.schema.Tables.STOCK_MOVEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.suanpan.cloud.members.CloudMembers;
import cn.suanpan.cloud.orders.Notifier;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.stock.StockLocks;
import cn.suanpan.cloud.testing.TestCloud;
import cn.suanpan.cloud.testing.TestTerminal;
import cn.suanpan.core.id.Ids;
import cn.suanpan.sync.client.SyncClient;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.OnlineOrder;
import cn.suanpan.sync.protocol.ProtocolException;
import cn.suanpan.sync.protocol.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mini-program's calls over loopback HTTP, as a customer's phone makes them: log in
 * with WeChat (the local stand-in), become a member, browse with stock, order for pick-up
 * and follow the order as the counter moves it on. Run on each of the cloud's databases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MiniProgramScenarios {

    private static final AtomicInteger SHOPS = new AtomicInteger();
    private static final JsonCodec JSON = new JsonCodec();

    @TempDir
    Path tmp;

    protected TestCloud cloud;
    private final OkHttpClient http = new OkHttpClient();

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

    record Answer(int status, JsonNode body) {
        String error() {
            return body.path("error").path("code").asText(null);
        }
    }

    Answer call(String method, String path, String session, String json) {
        RequestBody body = json == null ? (method.equals("GET") ? null : RequestBody.create(new byte[0]))
                : RequestBody.create(json, MediaType.get("application/json"));
        Request.Builder b = new Request.Builder().url(cloud.url() + "/api/mp/v1" + path).method(method, body);
        if (session != null) {
            b.header("Authorization", "Bearer " + session);
        }
        try (Response r = http.newCall(b.build()).execute()) {
            String text = r.body().string();
            return new Answer(r.code(), text.isEmpty() ? JSON.readTree("{}") : JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String login(Shops.Shop shop, String wxCode) {
        Answer a = call("POST", "/session", null, "{\"shop\":\"" + shop.code() + "\",\"code\":\"" + wxCode + "\"}");
        assertThat(a.status()).isEqualTo(200);
        return a.body().get("session").textValue();
    }

    Shops.Shop shop(int products) {
        return cloud.newShop("M" + getClass().getSimpleName().charAt(0) + SHOPS.incrementAndGet(), products);
    }

    /** Goods received at the shop (as a counter's delivery would book them). */
    void receive(Shops.Shop shop, String sku, long quantityMilli) {
        cloud.store().dsl().insertInto(STOCK_MOVEMENT)
                .set(STOCK_MOVEMENT.ID, Ids.uuidV7(Clock.systemUTC())).set(STOCK_MOVEMENT.SHOP_ID, shop.id())
                .set(STOCK_MOVEMENT.PRODUCT_ID, cloud.productId(shop.id(), sku)).set(STOCK_MOVEMENT.QUANTITY_MILLI, quantityMilli)
                .set(STOCK_MOVEMENT.KIND, "RECEIVE").set(STOCK_MOVEMENT.AT, Instant.now()).execute();
    }

    @Test
    void aWeChatUserLogsInAndBecomesAMember() {
        Shops.Shop shop = shop(1);
        assertThat(call("POST", "/session", null, "{\"shop\":\"NOPE\",\"code\":\"c\"}").error()).isEqualTo("not_found");
        Answer refused = call("POST", "/session", null, "{\"shop\":\"" + shop.code() + "\",\"code\":\"\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("bad_wechat_code");

        Answer first = call("POST", "/session", null, "{\"shop\":\"" + shop.code() + "\",\"code\":\"wx-alice\"}");
        assertThat(first.body().get("member").isNull()).isTrue();
        String alice = first.body().get("session").textValue();
        assertThat(call("GET", "/members/me", alice, null).error()).isEqualTo("not_found");
        assertThat(call("POST", "/members", alice, "{\"phoneCode\":\"12345\"}").error()).isEqualTo("bad_wechat_code");

        Answer signedUp = call("POST", "/members", alice, "{\"phoneCode\":\"13800138000\",\"name\":\"王芳\"}");
        assertThat(signedUp.status()).isEqualTo(201);
        assertThat(signedUp.body().get("phone").textValue()).isEqualTo("138****8000");
        assertThat(signedUp.body().get("points").longValue()).isZero();
        String memberId = signedUp.body().get("id").textValue();
        assertThat(call("POST", "/members", alice, "{\"phoneCode\":\"13800138000\"}").status()).as("already a member").isEqualTo(200);

        // the same WeChat user logging in again is the member straight away
        Answer again = call("POST", "/session", null, "{\"shop\":\"" + shop.code() + "\",\"code\":\"wx-alice\"}");
        assertThat(again.body().get("member").get("id").textValue()).isEqualTo(memberId);

        Answer renamed = call("PATCH", "/members/me", alice, "{\"name\":\"王小芳\"}");
        assertThat(renamed.body().get("name").textValue()).isEqualTo("王小芳");
        assertThat(cloud.service().members().byPhone(shop.id(), "13800138000").orElseThrow().getName()).isEqualTo("王小芳");
        assertThat(call("PATCH", "/members/me", alice, "{\"name\":\"\"}").error()).isEqualTo("malformed");
    }

    @Test
    void aCounterMemberKeepsTheirPointsAndBalanceOnTheMiniProgram() {
        Shops.Shop shop = shop(1);
        UUID counterMember = UUID.randomUUID();
        cloud.store().inTransactionRun(tx -> {
            CloudMembers.signUp(tx, shop.id(), counterMember, "13900139000", "李雷", Instant.now());
            CloudMembers.addPoints(tx, shop.id(), counterMember, 120, Instant.now());
        });
        String bob = login(shop, "wx-bob");

        Answer linked = call("POST", "/members", bob, "{\"phoneCode\":\"13900139000\"}");

        assertThat(linked.status()).as("found, not created").isEqualTo(200);
        assertThat(linked.body().get("id").textValue()).isEqualTo(counterMember.toString());
        assertThat(call("GET", "/members/me", bob, null).body().get("points").longValue()).isEqualTo(120);
        assertThat(call("GET", "/members/me", bob, null).body().get("balanceFen").longValue()).isZero();
        String mallory = login(shop, "wx-mallory");
        assertThat(call("POST", "/members", mallory, "{\"phoneCode\":\"13900139000\"}").error()).isEqualTo("conflict");
        assertThat(call("GET", "/members/me", mallory, null).error()).isEqualTo("not_found");
    }

    @Test
    void callsWithoutAGoodSessionAreRefused() {
        Shops.Shop shop = shop(1);
        String session = login(shop, "wx-carol");
        assertThat(call("GET", "/catalog", null, null).status()).isEqualTo(401);
        assertThat(call("GET", "/catalog", null, null).error()).isEqualTo("bad_session");
        String tampered = session.substring(0, session.length() - 2) + (session.endsWith("A") ? "BB" : "AA");
        assertThat(call("GET", "/catalog", tampered, null).error()).isEqualTo("bad_session");
        assertThat(call("GET", "/catalog", "s1.garbage", null).error()).isEqualTo("bad_session");
        MemberSessions.Session s = cloud.service().miniProgram().session(session);
        assertThat(s.shopId()).isEqualTo(shop.id());
        assertThat(s.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(100)));
        assertThat(call("GET", "/catalog", session, null).status()).isEqualTo(200);
    }

    Answer admin(String method, Shops.Shop shop, String path) {
        Map.Entry<Integer, String> a = cloud.admin(method, "/api/admin/v1/shops/" + shop.code() + path, null);
        return new Answer(a.getKey(), JSON.readTree(a.getValue().isEmpty() ? "{}" : a.getValue()));
    }

    @Test
    void loginsSweepAwayTheRowsOfEveryonesLongExpiredSessionsABoundedNumberAtATime() {
        Shops.Shop shop = shop(1);
        // long before the other tests' sessions, which stay live throughout
        Instant t0 = Instant.parse("2020-03-01T08:00:00Z");
        MemberSessions then = new MemberSessions(cloud.store(), Clock.fixed(t0, ZoneOffset.UTC));
        for (int i = 0; i < MemberSessions.SWEEP_LIMIT + 5; i++) {
            then.issue(shop.id(), "wx-old-" + i);
        }
        assertThat(then.endAll(shop.id(), List.of("wx-old-0"))).isEqualTo(1);
        Instant expired = t0.plus(MemberSessions.LIFETIME);

        MemberSessions withinGrace = new MemberSessions(cloud.store(),
                Clock.fixed(expired.plus(MemberSessions.KEPT_AFTER_EXPIRY).minusSeconds(1), ZoneOffset.UTC));
        withinGrace.issue(shop.id(), "wx-someone-else");
        assertThat(sessionRows(shop, "wx-old-%")).isEqualTo(MemberSessions.SWEEP_LIMIT + 5);

        MemberSessions later = new MemberSessions(cloud.store(),
                Clock.fixed(expired.plus(MemberSessions.KEPT_AFTER_EXPIRY), ZoneOffset.UTC));
        MemberSessions.Issued fresh = later.issue(shop.id(), "wx-another");
        assertThat(sessionRows(shop, "wx-old-%")).isEqualTo(5);
        later.issue(shop.id(), "wx-another");
        assertThat(sessionRows(shop, "wx-old-%")).isZero();
        assertThat(sessionRows(shop, "wx-someone-else")).isOne();
        assertThat(sessionRows(shop, "wx-another")).isEqualTo(2);
        assertThat(later.verify(fresh.token()).openId()).isEqualTo("wx-another");
    }

    private int sessionRows(Shops.Shop shop, String openIdLike) {
        var rows = cn.suanpan.cloud.store.schema.Tables.MEMBER_SESSION;
        return cloud.store().dsl().fetchCount(rows, rows.SHOP_ID.eq(shop.id()).and(rows.OPEN_ID.like(openIdLike)));
    }

    @Test
    void aMemberWhoSignsOutHasThatSessionRefusedAtOnce() {
        Shops.Shop shop = shop(1);
        String phone = login(shop, "wx-henry");
        String tablet = login(shop, "wx-henry");
        String iris = login(shop, "wx-iris");
        call("POST", "/members", phone, "{\"phoneCode\":\"13600136000\"}");

        assertThat(call("DELETE", "/session", phone, null).status()).isEqualTo(204);

        Answer refused = call("GET", "/members/me", phone, null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.error()).isEqualTo("bad_session");
        assertThat(refused.body().path("error").path("message").asText()).contains("ended").contains("log in again");
        assertThat(call("GET", "/catalog", phone, null).status()).isEqualTo(401);
        assertThat(call("DELETE", "/session", phone, null).status()).as("signing out twice").isEqualTo(401);
        // the refusal is in the database: a verifier that never saw the sign-out (another node's) refuses too
        ProtocolException elsewhere = catchThrowableOfType(ProtocolException.class,
                () -> new MemberSessions(cloud.store(), Clock.systemUTC()).verify(phone));
        assertThat(elsewhere.code()).isEqualTo(ErrorCode.BAD_SESSION);
        assertThat(call("GET", "/members/me", tablet, null).status()).as("the same member's other session").isEqualTo(200);
        assertThat(call("GET", "/catalog", iris, null).status()).as("another customer").isEqualTo(200);
        assertThat(call("DELETE", "/session", null, null).error()).isEqualTo("bad_session");
    }

    @Test
    void theShopEndsEverySessionOfAMemberAndNoOneElses() {
        Shops.Shop shop = shop(1);
        String phone = login(shop, "wx-jack");
        String tablet = login(shop, "wx-jack");
        String kate = login(shop, "wx-kate");
        String notAMember = login(shop, "wx-liam");
        String jack = call("POST", "/members", phone, "{\"phoneCode\":\"13500135000\"}").body().get("id").textValue();
        call("POST", "/members", kate, "{\"phoneCode\":\"13500135001\"}");
        call("DELETE", "/session", tablet, null);

        Answer ended = admin("DELETE", shop, "/members/" + jack + "/sessions");

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.body().get("ended").intValue()).as("the tablet had signed out already").isEqualTo(1);
        Answer refused = call("GET", "/members/me", phone, null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.error()).isEqualTo("bad_session");
        assertThat(refused.body().path("error").path("message").asText()).contains("ended by the shop");
        assertThat(call("GET", "/members/me", kate, null).status()).as("another member").isEqualTo(200);
        assertThat(call("GET", "/catalog", notAMember, null).status()).as("a customer who is no member").isEqualTo(200);
        assertThat(admin("DELETE", shop, "/members/" + jack + "/sessions").body().get("ended").intValue()).isZero();

        // ending sessions is no ban: the member logs in again and is still the member
        Answer back = call("POST", "/session", null, "{\"shop\":\"" + shop.code() + "\",\"code\":\"wx-jack\"}");
        assertThat(back.body().get("member").get("id").textValue()).isEqualTo(jack);
        assertThat(call("GET", "/members/me", back.body().get("session").textValue(), null).status()).isEqualTo(200);

        assertThat(admin("DELETE", shop, "/members/" + UUID.randomUUID() + "/sessions").error()).isEqualTo("not_found");
        assertThat(admin("DELETE", shop, "/members/nobody/sessions").error()).isEqualTo("not_found");
        Shops.Shop otherShop = shop(1);
        assertThat(admin("DELETE", otherShop, "/members/" + jack + "/sessions").error()).as("another shop's member")
                .isEqualTo("not_found");
    }

    @Test
    void theCatalogShowsStockAndPages() {
        Shops.Shop shop = shop(5);
        receive(shop, "P1", 5_000);
        receive(shop, "P3", 2_000);
        String session = login(shop, "wx-dave");

        Answer first = call("GET", "/catalog?limit=2", session, null);
        assertThat(first.body().get("products").findValuesAsText("sku")).containsExactly("P1", "P2");
        assertThat(first.body().get("products").get(0).get("onHandMilli").longValue()).isEqualTo(5_000);
        assertThat(first.body().get("products").get(1).get("onHandMilli").longValue()).isZero();
        assertThat(first.body().get("next").textValue()).isEqualTo("P2");
        Answer second = call("GET", "/catalog?limit=2&after=P2", session, null);
        assertThat(second.body().get("products").findValuesAsText("sku")).containsExactly("P3", "P4");
        Answer last = call("GET", "/catalog?limit=2&after=P4", session, null);
        assertThat(last.body().get("products").findValuesAsText("sku")).containsExactly("P5");
        assertThat(last.body().get("next").isNull()).isTrue();

        Answer found = call("GET", "/catalog?q=" + "商品3", session, null);
        assertThat(found.body().get("products").findValuesAsText("sku")).containsExactly("P3");
        assertThat(found.body().get("products").get(0).get("onHandMilli").longValue()).isEqualTo(2_000);
        assertThat(call("GET", "/catalog?category=none", session, null).body().get("products")).isEmpty();
        assertThat(call("GET", "/categories", session, null).body().findValuesAsText("code")).containsExactly("drinks");
        assertThat(call("GET", "/catalog?limit=0", session, null).error()).isEqualTo("malformed");
    }

    @Test
    void anOrderIsPlacedOnceBooksItsStockAndFollowsTheCounter() throws Exception {
        Shops.Shop shop = shop(2);
        receive(shop, "P1", 3_000);
        UUID p1 = cloud.productId(shop.id(), "P1");
        String erin = login(shop, "wx-erin");
        String clientOrderId = UUID.randomUUID().toString();
        String order = "{\"clientOrderId\":\"" + clientOrderId + "\",\"lines\":[{\"sku\":\"P1\",\"quantityMilli\":2000}],\"note\":\"少冰\"}";

        Answer tooMany = call("POST", "/orders", erin, "{\"clientOrderId\":\"" + UUID.randomUUID()
                + "\",\"lines\":[{\"sku\":\"P1\",\"quantityMilli\":4000}]}");
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.error()).isEqualTo("out_of_stock");
        assertThat(cloud.stockMilli(shop.id(), p1)).as("a refused order books nothing").isEqualTo(3_000);
        assertThat(call("POST", "/orders", erin, "{\"lines\":[{\"sku\":\"P1\",\"quantityMilli\":1000}]}").error())
                .as("no client order id").isEqualTo("malformed");
        assertThat(call("POST", "/orders", erin, "{\"clientOrderId\":\"" + UUID.randomUUID()
                + "\",\"lines\":[{\"sku\":\"P1\",\"quantityMilli\":500}]}").error()).as("half a piece").isEqualTo("malformed");

        Answer placed = call("POST", "/orders", erin, order);
        Answer repeated = call("POST", "/orders", erin, order);

        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.body().get("status").textValue()).isEqualTo("placed");
        assertThat(placed.body().get("totalFen").longValue()).isEqualTo(200);
        assertThat(repeated.body().get("id")).isEqualTo(placed.body().get("id"));
        assertThat(cloud.stockMilli(shop.id(), p1)).as("booked once").isEqualTo(1_000);
        String stranger = login(shop, "wx-frank");
        assertThat(call("POST", "/orders", stranger, order).error()).isEqualTo("conflict");
        String id = placed.body().get("id").textValue();
        assertThat(call("GET", "/orders/" + id, stranger, null).error()).as("not their order").isEqualTo("not_found");
        assertThat(call("GET", "/catalog?limit=1", erin, null).body().get("products").get(0).get("onHandMilli").longValue())
                .isEqualTo(1_000);

        // the counter gets the order and moves it on; the customer sees it and is told
        try (TestTerminal counter = new TestTerminal(tmp.resolve("counter-" + shop.code()), 7)) {
            counter.client().enrol(cloud.url(), cloud.enrolmentCode(shop.id()), "counter");
            List<OnlineOrder> received = counter.client().pollOrders(Duration.ofSeconds(5), o -> { });
            assertThat(received).extracting(o -> o.id().toString()).containsExactly(id);
            assertThat(received.getFirst().note()).isEqualTo("少冰");
            counter.client().recordOrderStatus(UUID.fromString(id), "accepted");
            counter.client().recordOrderStatus(UUID.fromString(id), "ready");
            counter.client().push();
        }

        assertThat(call("GET", "/orders/" + id, erin, null).body().get("status").textValue()).isEqualTo("ready");
        assertThat(call("GET", "/orders", erin, null).body().get("orders").findValuesAsText("id")).containsExactly(id);
        String number = placed.body().get("number").textValue();
        String openId = new LocalWeChatLogin().openId("wx-erin");
        assertThat(cloud.notifications()).contains(number + " ACCEPTED " + openId, number + " READY " + openId);
        assertThat(Notifier.text(number, "READY", Locale.SIMPLIFIED_CHINESE)).contains(number).contains("已备好");
        assertThat(Notifier.text(number, "READY", Locale.ENGLISH)).contains("ready");
    }

    String orderOne(String sku) {
        return "{\"clientOrderId\":\"" + UUID.randomUUID() + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantityMilli\":1000}]}";
    }

    @Test
    void ofManyOrdersForTheLastUnitExactlyOneIsPlaced() {
        Shops.Shop shop = shop(1);
        receive(shop, "P1", 1_000);
        List<String> customers = java.util.stream.IntStream.range(0, 8).mapToObj(i -> login(shop, "wx-last-" + i)).toList();
        CountDownLatch go = new CountDownLatch(1);

        List<CompletableFuture<Answer>> orders = customers.stream().map(c -> CompletableFuture.supplyAsync(() -> {
            await(go);
            return call("POST", "/orders", c, orderOne("P1"));
        })).toList();
        go.countDown();
        List<Answer> answers = orders.stream().map(CompletableFuture::join).toList();

        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409).hasSize(7).allSatisfy(a -> assertThat(a.error()).isEqualTo("out_of_stock"));
        assertThat(cloud.stockMilli(shop.id(), cloud.productId(shop.id(), "P1"))).isZero();
    }

    @Test
    void anOrderWaitsForACountersBookingOfItsProductAndSeesIt() throws Exception {
        Shops.Shop shop = shop(2);
        receive(shop, "P1", 1_000);
        UUID p1 = cloud.productId(shop.id(), "P1");
        String customer = login(shop, "wx-after-counter");
        CountDownLatch booked = new CountDownLatch(1);
        CountDownLatch orderAnswered = new CountDownLatch(1);
        CompletableFuture<Answer> order = new CompletableFuture<>();
        AtomicBoolean answeredWhileBooking = new AtomicBoolean();

        // what a push does with a counter's sale of the last unit: lock, book, and (later) commit
        cloud.store().inTransactionRun(tx -> {
            StockLocks.lock(tx, List.of(p1));
            tx.insertInto(STOCK_MOVEMENT).set(STOCK_MOVEMENT.ID, Ids.uuidV7(Clock.systemUTC())).set(STOCK_MOVEMENT.SHOP_ID, shop.id())
                    .set(STOCK_MOVEMENT.PRODUCT_ID, p1).set(STOCK_MOVEMENT.QUANTITY_MILLI, -1_000L).set(STOCK_MOVEMENT.KIND, "SALE")
                    .set(STOCK_MOVEMENT.AT, Instant.now()).execute();
            booked.countDown();
            Thread.ofVirtual().start(() -> {
                order.complete(call("POST", "/orders", customer, orderOne("P1")));
                orderAnswered.countDown();
            });
            answeredWhileBooking.set(await(orderAnswered, Duration.ofSeconds(2)));
        });

        assertThat(answeredWhileBooking).as("the order waited for the booking to commit").isFalse();
        Answer a = order.get(60, TimeUnit.SECONDS);
        assertThat(a.status()).isEqualTo(409);
        assertThat(a.error()).isEqualTo("out_of_stock");
        assertThat(cloud.stockMilli(shop.id(), p1)).isZero();
    }

    @Test
    void aCountersPushOfAProductWaitsForAnOrderCheckingIt() throws Exception {
        Shops.Shop shop = shop(2);
        receive(shop, "P1", 1_000);
        UUID p1 = cloud.productId(shop.id(), "P1");
        UUID p2 = cloud.productId(shop.id(), "P2");
        try (TestTerminal counter = new TestTerminal(tmp.resolve("pushing-" + shop.code()), 11)) {
            counter.client().enrol(cloud.url(), cloud.enrolmentCode(shop.id()), "counter");
            counter.sell(p1, 1_000, 100);
            CountDownLatch pushed = new CountDownLatch(1);
            AtomicBoolean pushedWhileChecking = new AtomicBoolean();
            CompletableFuture<Void> push = new CompletableFuture<>();

            // what an order does: lock the product's stock, then check and book
            cloud.store().inTransactionRun(tx -> {
                StockLocks.lock(tx, List.of(p1));
                Thread.ofVirtual().start(() -> {
                    try {
                        counter.client().push();
                        push.complete(null);
                    } catch (RuntimeException e) {
                        push.completeExceptionally(e);
                    }
                    pushed.countDown();
                });
                pushedWhileChecking.set(await(pushed, Duration.ofSeconds(2)));
            });

            assertThat(pushedWhileChecking).as("the push waited for the order's check").isFalse();
            push.get(60, TimeUnit.SECONDS);
            assertThat(counter.pending()).isZero();
            assertThat(cloud.stockMilli(shop.id(), p1)).isZero();

            // a push of another product does not wait for an order holding P1 (were it to
            // wait, the push would time out here and the test fail)
            counter.sell(p2, 1_000, 200);
            cloud.store().inTransactionRun(tx -> {
                StockLocks.lock(tx, List.of(p1));
                CompletableFuture.runAsync(() -> counter.client().push()).orTimeout(15, TimeUnit.SECONDS).join();
            });
            assertThat(counter.pending()).isZero();
        }
    }

    private static void await(CountDownLatch latch) {
        await(latch, Duration.ofSeconds(60));
    }

    /** Whether the latch opened within {@code wait}. */
    private static boolean await(CountDownLatch latch, Duration wait) {
        try {
            return latch.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMemberPaysMemberPricesAndTheCountersPullTheNewMember() {
        Shops.Shop shop = shop(1);
        cloud.service().catalog().putProduct(shop.id(), new cn.suanpan.cloud.catalog.ProductInput("TEA", "绿茶", null, "drinks", "pc",
                400, null, 350L, 1300, false, null, null, false, true, List.of()));
        String grace = login(shop, "wx-grace");
        String plain = "{\"clientOrderId\":\"%s\",\"lines\":[{\"sku\":\"TEA\",\"quantityMilli\":1000}]}";
        assertThat(call("POST", "/orders", grace, plain.formatted(UUID.randomUUID())).body().get("totalFen").longValue())
                .as("not a member yet; stock not tracked").isEqualTo(400);
        call("POST", "/members", grace, "{\"phoneCode\":\"13700137000\",\"name\":\"Grace\"}");
        assertThat(call("POST", "/orders", grace, plain.formatted(UUID.randomUUID())).body().get("totalFen").longValue()).isEqualTo(350);

        try (TestTerminal counter = new TestTerminal(tmp.resolve("members-" + shop.code()), 8)) {
            counter.client().enrol(cloud.url(), cloud.enrolmentCode(shop.id()), "counter");
            counter.client().pull(Stream.MEMBERS, SyncClient.Progress.NONE);
            var member = new cn.suanpan.core.members.MemberDirectory(counter.store(), Clock.systemUTC()).byPhone("13700137000");
            assertThat(member).map(m -> m.name()).contains("Grace");
        }
    }
}
