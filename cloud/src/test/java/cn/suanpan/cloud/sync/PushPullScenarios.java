package cn.suanpan.cloud.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.suanpan.cloud.store.schema.Tables.TERMINAL;

import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.testing.TestCloud;
import cn.suanpan.cloud.testing.TestTerminal;
import cn.suanpan.core.catalog.CatalogImporter;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.members.MemberDirectory;
import cn.suanpan.core.members.MemberStatus;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.sale.ReceiptKind;
import cn.suanpan.core.sale.ReceiptNumber;
import cn.suanpan.core.sale.ReceiptNumbers;
import cn.suanpan.core.secrets.SecretSeal;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.setup.StoreSetup;
import cn.suanpan.core.sync.SyncState.Enrolment;
import cn.suanpan.sync.client.CloudLink;
import cn.suanpan.sync.client.SyncClient;
import cn.suanpan.sync.client.SyncFailure;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.EventResult;
import cn.suanpan.sync.protocol.EventStatus;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.OnlineOrder;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.PullPage;
import cn.suanpan.sync.protocol.PushRequest;
import cn.suanpan.sync.protocol.PushResponse;
import cn.suanpan.sync.protocol.PushedEvent;
import cn.suanpan.sync.protocol.Signatures;
import cn.suanpan.sync.protocol.Stream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal and a cloud over loopback HTTP: enrol, push, pull, and what goes wrong on the
 * way. Run against each of the cloud's databases by a subclass that starts the cloud.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PushPullScenarios {

    private static final AtomicInteger SHOPS = new AtomicInteger();

    @TempDir
    Path tmp;

    protected TestCloud cloud;

    /** Starts the cloud under test, keeping its files (if any) in {@code dir}. */
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

    Shops.Shop shop(int products) {
        return cloud.newShop(getClass().getSimpleName().substring(0, 2).toUpperCase() + SHOPS.incrementAndGet(), products);
    }

    TestTerminal terminal(String name, Interceptor... interceptors) {
        return new TestTerminal(tmp.resolve(name), name.hashCode(), interceptors);
    }

    private static Enrolment enrol(TestTerminal t, TestCloud cloud, Shops.Shop shop) {
        return t.client().enrol(cloud.url(), cloud.enrolmentCode(shop.id()), "counter 1");
    }

    @Test
    void pushedEventsAreAppliedOnceAndLeaveTheOutbox() {
        Shops.Shop shop = shop(3);
        UUID cola = cloud.productId(shop.id(), "P1");
        try (TestTerminal t = terminal("push")) {
            Map.Entry<Integer, String> code = cloud.admin("POST", "/api/admin/v1/shops/" + shop.code() + "/enrolment-codes", null);
            assertThat(code.getKey()).isEqualTo(201);
            String enrolmentCode = new JsonCodec().readTree(code.getValue()).get("code").textValue();
            Enrolment e = t.client().enrol(cloud.url(), enrolmentCode, "counter 1");
            assertThat(e.shopId()).isEqualTo(shop.id());

            t.sell(cola, 2_000, 700);
            t.sell(cola, 1_000, 350);
            t.append("shift.opened", "{\"shiftId\":\"" + UUID.randomUUID() + "\"}");
            t.append("stock.moved", "{\"id\":\"" + UUID.randomUUID() + "\",\"productId\":\"" + UUID.randomUUID()
                    + "\",\"quantityMilli\":-1000,\"kind\":\"SALE\",\"reference\":null,\"at\":\"2025-03-01T00:00:00Z\"}");
            t.sell(cola, 500, 175);
            assertThat(t.pending()).isEqualTo(8);

            SyncClient.PushSummary summary = t.client().batchSize(3).push();

            assertThat(summary.sent()).isEqualTo(8);
            assertThat(summary.deleted()).isEqualTo(8);
            assertThat(summary.batches()).isEqualTo(3);
            assertThat(summary.parked()).isEqualTo(1);
            assertThat(t.pending()).isZero();
            assertThat(cloud.events(e.terminalId())).isEqualTo(8);
            assertThat(cloud.events(e.terminalId(), "PARKED")).isEqualTo(1);
            assertThat(cloud.acknowledgedSeq(e.terminalId())).isEqualTo(8);
            assertThat(cloud.sales(shop.id())).isEqualTo(3);
            assertThat(cloud.salesTotalFen(shop.id())).isEqualTo(1_225);
            assertThat(cloud.stockMilli(shop.id(), cola)).isEqualTo(-3_500);
            var status = t.client().status();
            assertThat(status.online()).isTrue();
            assertThat(status.pending()).isZero();

            var parked = cloud.admin("GET", "/api/admin/v1/shops/" + shop.code() + "/parked-events", null);
            assertThat(parked.getValue()).contains("unknown product");
        }
    }

    @Test
    void aRepeatedBatchGetsItsOriginalResultsBack() {
        Shops.Shop shop = shop(1);
        try (TestTerminal t = terminal("repeat")) {
            Enrolment e = enrol(t, cloud, shop);
            t.sell(cloud.productId(shop.id(), "P1"), 1_000, 100);
            t.append("weather.changed", "{}");
            JsonCodec codec = new JsonCodec();
            List<PushedEvent> events = Outbox.peekBatch(t.store().dsl(), 10).stream()
                    .map(p -> new PushedEvent(p.seq(), p.eventId(), p.type(), p.createdAt(), codec.readTree(p.payload()))).toList();
            CloudLink link = new CloudLink(new OkHttpClient(), codec, Clock.systemUTC());
            PushRequest request = new PushRequest(Protocol.VERSION, events);

            PushResponse first = link.call(e, Protocol.PUSH, request, PushResponse.class);
            PushResponse second = link.call(e, Protocol.PUSH, request, PushResponse.class);

            assertThat(first.acknowledgedSeq()).isEqualTo(3);
            assertThat(first.results()).extracting(EventResult::status)
                    .containsExactly(EventStatus.APPLIED, EventStatus.APPLIED, EventStatus.PARKED);
            assertThat(first.results()).noneMatch(EventResult::duplicate);
            assertThat(second.acknowledgedSeq()).isEqualTo(3);
            assertThat(second.results()).allMatch(EventResult::duplicate);
            assertThat(second.results()).extracting(EventResult::status, EventResult::reason)
                    .containsExactlyElementsOf(first.results().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.status(), r.reason())).toList());
            assertThat(cloud.events(e.terminalId())).isEqualTo(3);
            assertThat(cloud.sales(shop.id())).isEqualTo(1);

            SyncClient.PushSummary summary = t.client().push();
            assertThat(summary.duplicates()).isEqualTo(3);
            assertThat(t.pending()).isZero();
        }
    }

    @Test
    void aLostAnswerIsRetriedAndTheEventsStillCountOnce() {
        Shops.Shop shop = shop(1);
        AtomicInteger pushes = new AtomicInteger();
        Interceptor loseFirstAnswer = chain -> {
            Response response = chain.proceed(chain.request());
            if (chain.request().url().encodedPath().equals(Protocol.PUSH) && pushes.incrementAndGet() == 1) {
                response.close();
                throw new IOException("connection reset (test)");
            }
            return response;
        };
        try (TestTerminal t = terminal("lost", loseFirstAnswer)) {
            Enrolment e = enrol(t, cloud, shop);
            UUID p1 = cloud.productId(shop.id(), "P1");
            for (int i = 0; i < 4; i++) {
                t.sell(p1, 1_000, 100);
            }

            SyncClient.PushSummary summary = t.client().push();

            assertThat(summary.retries()).isEqualTo(1);
            assertThat(t.waits).hasSize(1);
            assertThat(summary.duplicates()).isEqualTo(8);
            assertThat(t.pending()).isZero();
            assertThat(cloud.events(e.terminalId())).isEqualTo(8);
            assertThat(cloud.sales(shop.id())).isEqualTo(4);
            assertThat(cloud.stockMilli(shop.id(), p1)).isEqualTo(-4_000);
        }
    }

    @Test
    void aDamagedAnswerLeavesTheOutboxUntouched() {
        Shops.Shop shop = shop(1);
        AtomicInteger damage = new AtomicInteger(2);
        Interceptor tamper = chain -> {
            Response response = chain.proceed(chain.request());
            if (!chain.request().url().encodedPath().equals(Protocol.PUSH) || damage.get() == 0) {
                return response;
            }
            String body = response.body().string();
            // first a plausible lie (everything acknowledged), then plain garbage
            String damaged = damage.getAndDecrement() == 2 ? body.replaceFirst("\"acknowledgedSeq\":\\d+", "\"acknowledgedSeq\":999")
                    : "<html>proxy error</html>";
            return response.newBuilder().body(ResponseBody.create(damaged, MediaType.get("application/json"))).build();
        };
        try (TestTerminal t = terminal("damaged", tamper)) {
            Enrolment e = enrol(t, cloud, shop);
            t.sell(cloud.productId(shop.id(), "P1"), 1_000, 100);
            SyncClient client = t.client().maxAttempts(1);

            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(client::push).isInstanceOfSatisfying(SyncFailure.class,
                        f -> assertThat(f.kind()).isEqualTo(SyncFailure.Kind.CORRUPT));
                assertThat(t.pending()).isEqualTo(2);
            }
            assertThat(Outbox.peekBatch(t.store().dsl(), 2)).allSatisfy(p -> {
                assertThat(p.attempts()).isEqualTo(2);
                assertThat(p.lastError()).isNotBlank();
            });
            assertThat(client.status().lastError()).isNotNull();

            client.push();
            assertThat(t.pending()).isZero();
            assertThat(cloud.events(e.terminalId())).isEqualTo(2);
        }
    }

    @Test
    void pullsBringTheCatalogWithItsCursorAndAFirstPullReplacesTheLocalOne() throws IOException {
        Shops.Shop shop = shop(5);
        try (TestTerminal t = terminal("pull")) {
            // the terminal sold from a catalog of its own before it was enrolled
            new CatalogImporter(t.store(), Clock.systemUTC()).importCsv(new StringReader("""
                    sku,barcodes,name,price
                    P1,6901234567892,本地商品一,9.99
                    LOCAL,,只在本店,1.00
                    """), CatalogImporter.Progress.NONE);
            enrol(t, cloud, shop);
            SyncClient client = t.client().pageSize(2);

            SyncClient.PullSummary first = client.pull(Stream.CATALOG, SyncClient.Progress.NONE);

            assertThat(first.pages()).isEqualTo(3); // 1 category + 5 products, 2 a page
            assertThat(first.changes()).isEqualTo(6);
            Product p1 = t.catalog().bySku("P1").orElseThrow();
            assertThat(p1.id()).isEqualTo(cloud.productId(shop.id(), "P1"));
            assertThat(p1.price().fen()).isEqualTo(100);
            assertThat(p1.barcodes()).isEmpty();
            assertThat(t.catalog().bySku("P5").orElseThrow().categoryCode()).isEqualTo("drinks");
            assertThat(t.catalog().bySku("LOCAL").orElseThrow().active()).isFalse();
            long head = cn.suanpan.cloud.shop.ChangeNumbers.head(cloud.store().dsl(), shop.id());
            assertThat(client.cursor(Stream.CATALOG).position()).isEqualTo(head);
            assertThat(client.cursor(Stream.CATALOG).inSnapshot()).isFalse();

            String base = "/api/admin/v1/shops/" + shop.code();
            assertThat(cloud.admin("PUT", base + "/products/P2", "{\"name\":\"新名字\",\"categoryCode\":\"drinks\",\"priceFen\":250,"
                    + "\"barcodes\":[\"6901234567892\"]}").getKey()).isEqualTo(200);
            assertThat(cloud.admin("DELETE", base + "/products/P3", null).getKey()).isEqualTo(204);

            SyncClient.PullSummary second = client.pull(Stream.CATALOG, SyncClient.Progress.NONE);

            assertThat(second.changes()).isEqualTo(2);
            Product p2 = t.catalog().bySku("P2").orElseThrow();
            assertThat(p2.name()).isEqualTo("新名字");
            assertThat(p2.price().fen()).isEqualTo(250);
            assertThat(t.catalog().byBarcode("6901234567892")).map(Product::sku).contains("P2");
            assertThat(t.catalog().bySku("P3").orElseThrow().active()).isFalse();
            assertThat(client.cursor(Stream.CATALOG).position()).isEqualTo(head + 2);
            assertThat(client.pull(Stream.CATALOG, SyncClient.Progress.NONE).changes()).isZero();
        }
    }

    @Test
    void aBatchBooksEachSaleAndMovementOnceEvenWhenItRepeatsThem() {
        Shops.Shop shop = shop(1);
        UUID p1 = cloud.productId(shop.id(), "P1");
        UUID movement = UUID.randomUUID();
        UUID sale = UUID.randomUUID();
        String at = "2025-03-01T00:00:00Z";
        String moved = "{\"id\":\"" + movement + "\",\"productId\":\"" + p1
                + "\",\"quantityMilli\":-1000,\"kind\":\"SALE\",\"reference\":null,\"at\":\"" + at + "\"}";
        String sold = "{\"id\":\"" + sale + "\",\"receiptNo\":\"R1\",\"totalFen\":350,\"soldAt\":\"" + at + "\"}";
        try (TestTerminal t = terminal("repeats")) {
            Enrolment e = enrol(t, cloud, shop);
            // one batch: each id twice, an unknown product, and a rule of another kind between them
            t.append("stock.moved", moved);
            t.append("sale.completed", sold);
            t.append("member.signup", "{\"memberId\":\"" + UUID.randomUUID() + "\",\"phone\":\"13900139000\",\"name\":null,"
                    + "\"at\":\"" + at + "\"}");
            t.append("stock.moved", moved);
            t.append("sale.completed", sold);
            t.append("refund.completed", "{\"id\":\"" + sale + "\",\"refundNo\":\"F1\",\"totalFen\":350,\"refundedAt\":\"" + at + "\"}");
            t.append("stock.moved", moved.replace(p1.toString(), UUID.randomUUID().toString()).replace(movement.toString(),
                    UUID.randomUUID().toString()));

            SyncClient.PushSummary first = t.client().push();

            assertThat(first.batches()).isEqualTo(1);
            assertThat(first.parked()).isEqualTo(4);
            assertThat(cloud.sales(shop.id())).isEqualTo(1);
            assertThat(cloud.salesTotalFen(shop.id())).isEqualTo(350);
            assertThat(cloud.stockMilli(shop.id(), p1)).isEqualTo(-1_000);
            assertThat(cloud.events(e.terminalId(), "PARKED")).isEqualTo(4);
            String parked = cloud.admin("GET", "/api/admin/v1/shops/" + shop.code() + "/parked-events", null).getValue();
            assertThat(parked).contains("stock movement " + movement + " was already booked", "sale " + sale + " was already booked",
                    "refund " + sale + " was already booked", "unknown product");

            // booked by an earlier push: found in the database this time
            t.append("stock.moved", moved);
            t.append("sale.completed", sold);
            SyncClient.PushSummary second = t.client().push();

            assertThat(second.parked()).isEqualTo(2);
            assertThat(cloud.sales(shop.id())).isEqualTo(1);
            assertThat(cloud.stockMilli(shop.id(), p1)).isEqualTo(-1_000);
            assertThat(cloud.service().members().byPhone(shop.id(), "13900139000")).isPresent();
            assertThat(t.pending()).isZero();
        }
    }

    @Test
    void aLongPullIsCountedOnceAndAgainOnlyWhenChangesArriveMeanwhile() {
        Shops.Shop shop = shop(9); // a category and 9 products: 10 changes
        List<Boolean> counted = new java.util.concurrent.CopyOnWriteArrayList<>();
        JsonCodec codec = new JsonCodec();
        Interceptor watch = chain -> {
            if (chain.request().url().encodedPath().equals(Protocol.PULL)) {
                okio.Buffer body = new okio.Buffer();
                chain.request().body().writeTo(body);
                var flag = codec.readTree(body.readByteArray()).get("countRemaining");
                counted.add(flag == null || flag.isNull() || flag.booleanValue());
            }
            return chain.proceed(chain.request());
        };
        try (TestTerminal t = terminal("progress", watch)) {
            enrol(t, cloud, shop);
            SyncClient client = t.client().pageSize(3);
            List<long[]> progress = new java.util.ArrayList<>();

            client.pull(Stream.CATALOG, (stream, applied, remaining) -> progress.add(new long[] {applied, remaining}));

            assertThat(progress).extracting(p -> p[0] + "+" + p[1]).containsExactly("3+7", "6+4", "9+1", "10+0");
            assertThat(counted).containsExactly(true, false, false, false);

            // four products added after the first page of the next pull: the count runs out early
            Shops.Shop again = shop(9);
            try (TestTerminal u = terminal("progress-2", watch)) {
                enrol(u, cloud, again);
                counted.clear();
                progress.clear();
                SyncClient second = u.client().pageSize(3);
                SyncClient.PullSummary summary = second.pull(Stream.CATALOG, (stream, applied, remaining) -> {
                    progress.add(new long[] {applied, remaining});
                    if (progress.size() == 1) {
                        for (int i = 10; i <= 13; i++) {
                            cloud.service().catalog().putProduct(again.id(), TestCloud.product("P" + i, "新品" + i, 100L * i));
                        }
                    }
                });

                assertThat(summary.changes()).isEqualTo(14);
                assertThat(progress).extracting(p -> p[0] + "+" + p[1]).containsExactly("3+7", "6+4", "9+1", "12+0", "14+0");
                assertThat(counted).containsExactly(true, false, false, false, true);
                assertThat(u.catalog().bySku("P13")).isPresent();
            }
        }
    }

    @Test
    void aCursorOlderThanThePurgedTombstonesGetsASnapshot() {
        Shops.Shop shop = shop(3);
        try (TestTerminal t = terminal("snapshot")) {
            enrol(t, cloud, shop);
            SyncClient client = t.client();
            client.pull(Stream.CATALOG, SyncClient.Progress.NONE);
            cloud.service().catalog().removeProduct(shop.id(), "P2");
            cloud.service().catalog().purgeTombstones(shop.id());
            cloud.service().catalog().putProduct(shop.id(), TestCloud.product("P4", "新品", 400));

            PullPage page = client.pullOnce(Stream.CATALOG);

            assertThat(page.snapshot()).isTrue();
            assertThat(page.hasMore()).isFalse();
            assertThat(t.catalog().bySku("P2").orElseThrow().active()).isFalse();
            assertThat(t.catalog().bySku("P4").orElseThrow().active()).isTrue();
            assertThat(t.catalog().bySku("P1").orElseThrow().active()).isTrue();
            assertThat(client.pullOnce(Stream.CATALOG).snapshot()).isFalse();
        }
    }

    @Test
    void aCounterSignUpComesBackAsTheCloudsMember() {
        Shops.Shop shop = shop(1);
        try (TestTerminal t = terminal("member")) {
            enrol(t, cloud, shop);
            MemberDirectory members = new MemberDirectory(t.store(), Clock.systemUTC());
            var pending = members.signUpAtCounter("13800138000", "王芳");
            assertThat(pending.status()).isEqualTo(MemberStatus.PENDING);

            t.client().push();
            t.client().pull(Stream.MEMBERS, SyncClient.Progress.NONE);

            var synced = members.byPhone("13800138000").orElseThrow();
            assertThat(synced.id()).isEqualTo(pending.id());
            assertThat(synced.status()).isEqualTo(MemberStatus.ACTIVE);
            assertThat(cloud.service().members().byPhone(shop.id(), "13800138000")).isPresent();
        }
    }

    @Test
    void theSigningSecretIsSealedInBothDatabases() {
        Shops.Shop shop = shop(1);
        try (TestTerminal t = terminal("sealed")) {
            Enrolment e = enrol(t, cloud, shop);
            var terminalRow = cn.suanpan.cloud.store.schema.Tables.TERMINAL;
            var enrolmentRow = cn.suanpan.core.store.schema.Tables.SYNC_ENROLMENT;

            String inCloud = cloud.store().dsl().select(terminalRow.SECRET).from(terminalRow).where(terminalRow.ID.eq(e.terminalId()))
                    .fetchSingle(terminalRow.SECRET);
            String inTerminal = t.store().dsl().select(enrolmentRow.SECRET).from(enrolmentRow).fetchSingle(enrolmentRow.SECRET);

            assertThat(inCloud).startsWith(SecretSeal.PREFIX).doesNotContain(e.secret());
            assertThat(inTerminal).startsWith(SecretSeal.PREFIX).doesNotContain(e.secret());
            assertThat(java.nio.file.Files.exists(SyncClient.keyFile(t.store()))).isTrue();
            // a row from before sealing is sealed on the next start, and still signs
            cloud.store().dsl().update(terminalRow).set(terminalRow.SECRET, e.secret()).where(terminalRow.ID.eq(e.terminalId())).execute();
            assertThat(cloud.service().enrolments().sealClearSecrets()).isEqualTo(1);
            t.append("shift.opened", "{}");
            assertThat(t.client().push().deleted()).isEqualTo(1);
        }
    }

    @Test
    void anEnrolmentCodeWorksOnce() {
        Shops.Shop shop = shop(1);
        String code = cloud.enrolmentCode(shop.id());
        try (TestTerminal a = terminal("first"); TestTerminal b = terminal("second")) {
            a.client().enrol(cloud.url(), code, "a");
            assertThatThrownBy(() -> b.client().enrol(cloud.url(), code, "b"))
                    .isInstanceOfSatisfying(SyncFailure.class, f -> {
                        assertThat(f.code()).isEqualTo(ErrorCode.BAD_CODE);
                        assertThat(f.retryable()).isFalse();
                    });
            assertThat(b.client().enrolment()).isEmpty();
            assertThatThrownBy(() -> b.client().push()).isInstanceOfSatisfying(SyncFailure.class,
                    f -> assertThat(f.kind()).isEqualTo(SyncFailure.Kind.NOT_ENROLLED));
        }
    }

    /** A till set up as every new database is: store 0001, terminal 01. */
    TestTerminal newTill(String name) {
        TestTerminal t = terminal(name);
        new StoreSetup(t.store(), Clock.systemUTC()).create("0001", "算盘便利店", null, null, null, ZoneId.of("Asia/Shanghai"), "01");
        return t;
    }

    /** The first sale number the till would print on a day. */
    static String firstReceipt(TestTerminal t) {
        StoreInfo till = new StoreSetup(t.store(), Clock.systemUTC()).current().orElseThrow();
        return new ReceiptNumber(ReceiptKind.SALE, till.storeCode(), till.terminalCode(), LocalDate.of(2026, 11, 26), 1).text();
    }

    @Test
    void eachTerminalOfAShopGetsItsOwnNumberForItsReceipts() {
        Shops.Shop shop = shop(1);
        Shops.Shop otherShop = shop(1);
        try (TestTerminal a = newTill("till-a"); TestTerminal b = newTill("till-b"); TestTerminal c = newTill("till-c");
             TestTerminal used = newTill("till-used")) {
            assertThat(firstReceipt(a)).isEqualTo(firstReceipt(b)).isEqualTo("0001-01-20261126-0001");

            Enrolment first = enrol(a, cloud, shop);
            Enrolment second = enrol(b, cloud, shop);
            enrol(c, cloud, otherShop);

            assertThat(firstReceipt(a)).isEqualTo("0001-01-20261126-0001");
            assertThat(firstReceipt(b)).isEqualTo("0001-02-20261126-0001");
            assertThat(firstReceipt(c)).as("each shop numbers its own").isEqualTo("0001-01-20261126-0001");
            assertThat(cloud.store().dsl().select(TERMINAL.TERMINAL_NO).from(TERMINAL).where(TERMINAL.ID.eq(second.terminalId()))
                    .fetchSingle(TERMINAL.TERMINAL_NO)).isEqualTo(2);

            // every enrolment is a new terminal of the shop (a new id and secret), so a till
            // enrolled again is numbered again
            Enrolment again = enrol(a, cloud, shop);
            assertThat(again.terminalId()).isNotEqualTo(first.terminalId());
            assertThat(firstReceipt(a)).isEqualTo("0001-03-20261126-0001");

            // a till that has numbered receipts keeps its code: its sales are found by those numbers
            used.store().inTransactionRun(tx -> ReceiptNumbers.next(tx,
                    new StoreSetup(used.store(), Clock.systemUTC()).current().orElseThrow(), ReceiptKind.SALE, LocalDate.now()));
            enrol(used, cloud, shop);
            assertThat(firstReceipt(used)).isEqualTo("0001-01-20261126-0001");
        }
    }

    @Test
    void tillsEnrollingAtOnceTakeOneNumberEach() {
        Shops.Shop shop = shop(1);
        List<TestTerminal> tills = java.util.stream.IntStream.range(0, 4).mapToObj(i -> newTill("at-once-" + i)).toList();
        try {
            List<String> codes = tills.stream().map(t -> cloud.enrolmentCode(shop.id())).toList();
            List<CompletableFuture<Enrolment>> enrolling = java.util.stream.IntStream.range(0, 4).mapToObj(i ->
                    CompletableFuture.supplyAsync(() -> tills.get(i).client().enrol(cloud.url(), codes.get(i), "till"))).toList();
            enrolling.forEach(CompletableFuture::join);
            assertThat(tills.stream().map(PushPullScenarios::firstReceipt).toList())
                    .containsExactlyInAnyOrder("0001-01-20261126-0001", "0001-02-20261126-0001", "0001-03-20261126-0001",
                            "0001-04-20261126-0001");
        } finally {
            tills.forEach(TestTerminal::close);
        }
    }

    @Test
    void anOnlineOrderReachesTheCounterAndItsStatusGoesBackToTheCustomer() throws Exception {
        Shops.Shop shop = shop(2);
        try (TestTerminal t = terminal("orders")) {
            enrol(t, cloud, shop);
            SyncClient client = t.client();
            assertThat(client.pollOrders(Duration.ZERO, o -> { })).isEmpty();

            // a counter waiting on the long poll when the order is placed
            CompletableFuture<List<OnlineOrder>> waiting = CompletableFuture.supplyAsync(
                    () -> client.pollOrders(Duration.ofSeconds(20), o -> { }));
            var placed = cloud.admin("POST", "/api/admin/v1/shops/" + shop.code() + "/orders",
                    "{\"lines\":[{\"sku\":\"P2\",\"quantityMilli\":1500}],\"note\":\"少冰\"}");
            assertThat(placed.getKey()).isEqualTo(201);
            List<OnlineOrder> received = waiting.get(60, TimeUnit.SECONDS);

            OnlineOrder order = received.getFirst();
            assertThat(received).hasSize(1);
            assertThat(order.status()).isEqualTo("placed");
            assertThat(order.totalFen()).isEqualTo(300);
            assertThat(order.note()).isEqualTo("少冰");
            assertThat(order.lines()).extracting(OnlineOrder.Line::sku, OnlineOrder.Line::quantityMilli)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("P2", 1_500L));
            assertThat(cloud.stockMilli(shop.id(), cloud.productId(shop.id(), "P2"))).isEqualTo(-1_500);
            assertThat(client.pollOrders(Duration.ZERO, o -> { })).as("handed over once").isEmpty();

            client.recordOrderStatus(order.id(), "accepted");
            client.push();

            assertThat(cloud.service().orders().status(order.id())).isEqualTo("ACCEPTED");
            assertThat(cloud.notifications()).contains(order.number() + " ACCEPTED");
            assertThat(client.pollOrders(Duration.ZERO, o -> { })).extracting(OnlineOrder::status).containsExactly("accepted");

            client.recordOrderStatus(order.id(), "placed");
            assertThat(client.push().parked()).as("an order cannot go back").isEqualTo(1);
            assertThat(cloud.service().orders().status(order.id())).isEqualTo("ACCEPTED");
        }
    }

    // --- bad input ---

    record Raw(int status, String code, String body) {
    }

    Raw post(String path, byte[] body, Map<String, String> headers) throws IOException {
        return post(cloud.url(), path, body, headers);
    }

    static Raw post(String base, String path, byte[] body, Map<String, String> headers) throws IOException {
        Request.Builder b = new Request.Builder().url(base + path).post(RequestBody.create(body, MediaType.get("application/json")));
        headers.forEach(b::header);
        try (Response r = new OkHttpClient().newCall(b.build()).execute()) {
            String text = r.body().string();
            String code = r.code() == 200 ? null : new JsonCodec().readTree(text).get("error").get("code").textValue();
            return new Raw(r.code(), code, text);
        }
    }

    static Map<String, String> sign(Enrolment e, String path, byte[] body, long ts, String nonce) {
        return Map.of(Protocol.HEADER_TERMINAL, e.terminalId().toString(), Protocol.HEADER_TIMESTAMP, Long.toString(ts),
                Protocol.HEADER_NONCE, nonce, Protocol.HEADER_SIGNATURE, Signatures.signRequest(e.secret(), "POST", path, ts, nonce, body));
    }

    @Test
    void badRequestsGetAClearErrorAndChangeNothing() throws IOException {
        Shops.Shop shop = shop(1);
        try (TestTerminal t = terminal("bad")) {
            Enrolment e = enrol(t, cloud, shop);
            long now = Instant.now().getEpochSecond();
            String event = "{\"seq\":1,\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"shift.opened\","
                    + "\"createdAt\":\"2025-03-01T00:00:00Z\",\"payload\":{}}";
            byte[] good = ("{\"protocol\":1,\"events\":[" + event + "]}").getBytes(StandardCharsets.UTF_8);

            Raw unsigned = post(Protocol.PUSH, good, Map.of());
            assertThat(unsigned.status()).isEqualTo(401);
            assertThat(unsigned.code()).isEqualTo("unsigned");
            assertThat(unsigned.body()).contains("\"message\":\"the request is not signed");

            Map<String, String> wrongKey = new java.util.HashMap<>(sign(e, Protocol.PUSH, good, now, "k1"));
            wrongKey.put(Protocol.HEADER_SIGNATURE, Signatures.signRequest(Signatures.newSecret(), "POST", Protocol.PUSH, now, "k1", good));
            assertThat(post(Protocol.PUSH, good, wrongKey).code()).isEqualTo("bad_signature");

            assertThat(post(Protocol.PUSH, good, sign(e, Protocol.PUSH, good, now - 3_600, "old")).code()).isEqualTo("stale_timestamp");

            byte[] broken = "{\"protocol\":1,\"events\":[{\"seq\":".getBytes(StandardCharsets.UTF_8);
            Raw malformed = post(Protocol.PUSH, broken, sign(e, Protocol.PUSH, broken, now, "m1"));
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.code()).isEqualTo("malformed");

            byte[] future = ("{\"protocol\":2,\"events\":[" + event + "]}").getBytes(StandardCharsets.UTF_8);
            Raw newer = post(Protocol.PUSH, future, sign(e, Protocol.PUSH, future, now, "f1"));
            assertThat(newer.status()).isEqualTo(400);
            assertThat(newer.code()).isEqualTo("unsupported_protocol");
            assertThat(newer.body()).contains("protocol version 2 is newer");

            byte[] huge = new byte[Protocol.MAX_BODY_BYTES + 1];
            java.util.Arrays.fill(huge, (byte) ' ');
            Raw large = post(Protocol.PUSH, huge, sign(e, Protocol.PUSH, huge, now, "h1"));
            assertThat(large.status()).isEqualTo(413);
            assertThat(large.code()).isEqualTo("too_large");

            assertThat(cloud.events(e.terminalId())).isZero();

            Map<String, String> once = sign(e, Protocol.PUSH, good, now, "r1");
            assertThat(post(Protocol.PUSH, good, once).status()).isEqualTo(200);
            Raw replay = post(Protocol.PUSH, good, once);
            assertThat(replay.status()).isEqualTo(409);
            assertThat(replay.code()).isEqualTo("replayed");
            assertThat(cloud.events(e.terminalId())).isEqualTo(1);
            assertThat(cloud.acknowledgedSeq(e.terminalId())).isEqualTo(1);

            assertThat(post("/api/terminal/v1/nowhere", good, Map.of()).code()).isEqualTo("not_found");
            assertThat(cloud.admin("POST", "/api/admin/v1/shops/" + shop.code() + "/enrolment-codes", null).getKey()).isEqualTo(201);
        }
    }

    @Test
    void theAdminApiWantsItsToken() throws IOException {
        Request request = new Request.Builder().url(cloud.url() + "/api/admin/v1/shops/X/enrolment-codes")
                .post(RequestBody.create(new byte[0])).header("Authorization", "Bearer wrong").build();
        try (Response r = new OkHttpClient().newCall(request).execute()) {
            assertThat(r.code()).isEqualTo(403);
            assertThat(r.body().string()).contains("\"code\":\"forbidden\"");
        }
    }
}
