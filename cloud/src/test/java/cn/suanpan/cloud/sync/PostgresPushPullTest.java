package cn.suanpan.cloud.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.orders.PostgresOrderSignals;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.testing.PostgresServer;
import cn.suanpan.cloud.testing.TestCloud;
import cn.suanpan.cloud.testing.TestTerminal;
import cn.suanpan.core.sync.SyncState.Enrolment;
import cn.suanpan.sync.protocol.OnlineOrder;
import cn.suanpan.sync.protocol.Protocol;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The push and pull scenarios against the production profile: a real PostgreSQL started
 * for the test from the Debian package (installed by test.sh). Skipped, saying why, on a
 * machine without it.
 */
class PostgresPushPullTest extends PushPullScenarios {

    private PostgresServer postgres;
    /** Every node on the one database shares the key that seals the terminals' secrets. */
    private Path keyFile;

    @Override
    protected TestCloud startCloud(Path dir) throws Exception {
        Path bin = PostgresServer.binaries().orElse(null);
        Assumptions.assumeTrue(bin != null,
                "PostgreSQL server binaries not found under /usr/lib/postgresql (install the Debian package postgresql)");
        postgres = PostgresServer.start(bin);
        keyFile = dir.resolve(CloudConfig.SECRETS_KEY_FILE);
        CloudConfig config = new CloudConfig("127.0.0.1", 0, dir,
                new CloudStore.Connection(postgres.jdbcUrl(), postgres.user(), "", 8), TestCloud.ADMIN_TOKEN, false, keyFile);
        return TestCloud.start(config, UnaryOperator.identity());
    }

    /**
     * Two stateless nodes on the one database: terminals on either push into the same
     * ledger, an order placed through one reaches a counter waiting on the other, and a
     * request one node accepted is a replay to the other.
     */
    @Test
    void twoNodesOnOneDatabaseServeTheSameShop(@TempDir Path secondDir) throws Exception {
        CloudConfig second = new CloudConfig("127.0.0.1", 0, secondDir,
                new CloudStore.Connection(postgres.jdbcUrl(), postgres.user(), "", 8), TestCloud.ADMIN_TOKEN, false, keyFile);
        try (TestCloud nodeB = TestCloud.start(second, UnaryOperator.identity());
             TestTerminal onA = terminal("onA");
             TestTerminal onB = terminal("onB")) {
            Shops.Shop shop = shop(2);
            UUID p1 = cloud.productId(shop.id(), "P1");
            onA.client().enrol(cloud.url(), cloud.enrolmentCode(shop.id()), "a");
            Enrolment b = onB.client().enrol(nodeB.url(), cloud.enrolmentCode(shop.id()), "b");

            onA.sell(p1, 1_000, 100);
            onB.sell(p1, 2_000, 200);
            onA.client().push();
            onB.client().push();
            assertThat(cloud.stockMilli(shop.id(), p1)).isEqualTo(-3_000);
            assertThat(nodeB.salesTotalFen(shop.id())).isEqualTo(300);

            CompletableFuture<List<OnlineOrder>> waiting = CompletableFuture.supplyAsync(
                    () -> onB.client().pollOrders(Duration.ofSeconds(20), o -> { }));
            assertThat(cloud.admin("POST", "/api/admin/v1/shops/" + shop.code() + "/orders",
                    "{\"lines\":[{\"sku\":\"P1\",\"quantityMilli\":1000}]}").getKey()).isEqualTo(201);
            assertThat(waiting.get(60, TimeUnit.SECONDS)).hasSize(1);

            byte[] body = "{\"protocol\":1,\"stream\":\"catalog\",\"cursor\":0,\"limit\":1}".getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = sign(b, Protocol.PULL, body, Instant.now().getEpochSecond(), "two-nodes");
            assertThat(post(nodeB.url(), Protocol.PULL, body, headers).status()).isEqualTo(200);
            Raw replay = post(cloud.url(), Protocol.PULL, body, headers);
            assertThat(replay.status()).isEqualTo(409);
            assertThat(replay.code()).isEqualTo("replayed");
        }
    }

    /**
     * The change's transaction on node A notifies every node; node B's long polls wake on
     * it rather than on their own periodic look. (A periodic look never counts as woken,
     * so this fails if notifications do not arrive.)
     */
    @Test
    void anOrderPlacedOnOneNodeWakesTheLongPollsOfTheOther(@TempDir Path secondDir) throws Exception {
        CloudConfig second = new CloudConfig("127.0.0.1", 0, secondDir,
                new CloudStore.Connection(postgres.jdbcUrl(), postgres.user(), "", 8), TestCloud.ADMIN_TOKEN, false, keyFile);
        try (TestCloud nodeB = TestCloud.start(second, UnaryOperator.identity());
             TestTerminal onB = terminal("wokenOnB")) {
            Shops.Shop shop = shop(1);
            Shops.Shop other = shop(1);
            PostgresOrderSignals signals = (PostgresOrderSignals) nodeB.service().orders().signals();
            assertThat(signals.listening()).isTrue();
            onB.client().enrol(nodeB.url(), cloud.enrolmentCode(shop.id()), "b");
            long markOther = signals.mark(other.id());
            long mark = signals.mark(shop.id());

            assertThat(cloud.admin("POST", "/api/admin/v1/shops/" + shop.code() + "/orders",
                    "{\"lines\":[{\"sku\":\"P1\",\"quantityMilli\":1000}]}").getKey()).isEqualTo(201);

            boolean woken = false;
            for (int i = 0; i < 12 && !woken; i++) {
                woken = signals.await(shop.id(), mark, Duration.ofSeconds(5));
            }
            assertThat(woken).as("node B was notified of node A's order").isTrue();
            assertThat(signals.await(other.id(), markOther, Duration.ZERO)).as("another shop's polls sleep on").isFalse();
            List<OnlineOrder> received = onB.client().pollOrders(Duration.ofSeconds(20), o -> { });
            assertThat(received).hasSize(1);

            // and back: the counter on B accepts it, through node B; node A hears of it
            PostgresOrderSignals signalsA = (PostgresOrderSignals) cloud.service().orders().signals();
            long markA = signalsA.mark(shop.id());
            onB.client().recordOrderStatus(received.getFirst().id(), "accepted");
            onB.client().push();
            boolean heard = false;
            for (int i = 0; i < 12 && !heard; i++) {
                heard = signalsA.await(shop.id(), markA, Duration.ofSeconds(5));
            }
            assertThat(heard).as("node A was notified of the status change taken by node B").isTrue();
        }
    }

    @AfterAll
    void stopPostgres() throws Exception {
        stop(); // the cloud first, while its database is still there
        if (postgres != null) {
            postgres.close();
        }
    }
}
