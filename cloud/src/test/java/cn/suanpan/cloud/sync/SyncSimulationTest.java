package cn.suanpan.cloud.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.events.EventApplier;
import cn.suanpan.cloud.shop.ChangeNumbers;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.testing.FaultyNetwork;
import cn.suanpan.cloud.testing.TestCloud;
import cn.suanpan.cloud.testing.TestTerminal;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.stock.MovementKind;
import cn.suanpan.core.stock.StockLedger;
import cn.suanpan.sync.client.SyncClient;
import cn.suanpan.sync.client.SyncFailure;
import cn.suanpan.sync.protocol.Stream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several terminals selling while a seeded random network loses, repeats and holds back
 * their calls, the cloud node dies part-way through applying batches and is restarted,
 * terminals are restarted between commit and send or between send and answer, and the
 * shop's admin changes prices. When the faults stop and everything drains, the cloud has
 * each terminal's events exactly once, its sales, money and stock match the terminals',
 * every outbox is empty and every cursor is at the head. A failing seed replays exactly.
 */
class SyncSimulationTest {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SyncSimulationTest.class);

    private static final int TERMINALS = 3;
    private static final int STEPS = 160;
    private static final int PRODUCTS = 5;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20251, 424242})
    void exactlyOnceWhateverTheNetworkDoes(long seed) throws Exception {
        Random random = new Random(seed);
        AtomicBoolean cloudFaults = new AtomicBoolean(true);
        Random cloudRandom = new Random(seed * 31);
        java.util.concurrent.atomic.AtomicInteger deaths = new java.util.concurrent.atomic.AtomicInteger();
        // a node that dies mid-apply: the batch's transaction never commits
        java.util.function.UnaryOperator<EventApplier> dying = rules -> (tx, ctx, event) -> {
            Object outcome = rules.apply(tx, ctx, event);
            synchronized (cloudRandom) {
                if (cloudFaults.get() && cloudRandom.nextInt(40) == 0) {
                    deaths.incrementAndGet();
                    throw new IllegalStateException("node died mid-apply (simulated)");
                }
            }
            return (cn.suanpan.cloud.events.Outcome) outcome;
        };
        Path cloudDir = tmp.resolve("cloud");
        CloudConfig config = new CloudConfig("127.0.0.1", 0, cloudDir, CloudStore.Connection.embedded(cloudDir),
                TestCloud.ADMIN_TOKEN, false);
        TestCloud cloud = TestCloud.start(config, dying);
        config = new CloudConfig("127.0.0.1", cloud.service().port(), cloudDir, config.database(), config.adminToken(), false);
        Shops.Shop shop = cloud.newShop("S" + seed % 1000, PRODUCTS);
        List<UUID> products = new ArrayList<>();
        Map<UUID, Long> prices = new HashMap<>();
        for (int i = 1; i <= PRODUCTS; i++) {
            UUID id = cloud.productId(shop.id(), "P" + i);
            products.add(id);
            prices.put(id, 100L * i);
        }

        int restarts = 0;
        List<FaultyNetwork> networks = new ArrayList<>();
        List<TestTerminal> terminals = new ArrayList<>();
        Map<UUID, TestTerminal> byId = new HashMap<>();
        Set<UUID> sales = new HashSet<>();
        long salesTotal = 0;
        try {
            for (int i = 0; i < TERMINALS; i++) {
                FaultyNetwork network = new FaultyNetwork(seed + i);
                networks.add(network);
                TestTerminal t = new TestTerminal(tmp.resolve("t" + i), seed + 100 + i, network);
                t.client().maxAttempts(1).batchSize(1 + random.nextInt(7)).pageSize(1 + random.nextInt(4));
                terminals.add(t);
                byId.put(retryingEnrol(t, cloud, shop), t);
            }

            for (int step = 0; step < STEPS; step++) {
                TestTerminal t = terminals.get(random.nextInt(TERMINALS));
                int roll = random.nextInt(100);
                if (roll < 40) {
                    UUID product = products.get(random.nextInt(PRODUCTS));
                    long units = 1 + random.nextInt(3);
                    sales.add(t.sell(product, units * 1_000, units * prices.get(product)));
                    salesTotal += units * prices.get(product);
                } else if (roll < 48) {
                    UUID product = products.get(random.nextInt(PRODUCTS));
                    new StockLedger(t.store(), Clock.systemUTC()).record(product, BigDecimal.TEN, MovementKind.RECEIPT, "delivery", null);
                } else if (roll < 75) {
                    quietly(() -> t.client().pushOnce());
                } else if (roll < 85) {
                    quietly(() -> t.client().pullOnce(Stream.CATALOG));
                } else if (roll < 90) {
                    t.restart(); // killed between commit and send, or between send and answer
                    t.client().maxAttempts(1).batchSize(1 + random.nextInt(7)).pageSize(1 + random.nextInt(4));
                } else if (roll < 98) {
                    UUID product = products.get(random.nextInt(PRODUCTS));
                    int index = products.indexOf(product) + 1;
                    long price = 50 + random.nextInt(1_000);
                    cloud.service().catalog().putProduct(shop.id(), TestCloud.product("P" + index, "商品" + index, price));
                    prices.put(product, price);
                } else if (roll < 99) {
                    cloud.close(); // a node killed between requests and started again
                    cloud = TestCloud.start(config, dying);
                    restarts++;
                }
            }

            // the faults stop; everything drains
            cloudFaults.set(false);
            networks.forEach(FaultyNetwork::off);
            for (TestTerminal t : terminals) {
                t.client().maxAttempts(3);
                SyncClient.PushSummary drained = t.client().push();
                assertThat(drained.stalled()).as("seed %d", seed).isFalse();
                t.client().pull(Stream.CATALOG, SyncClient.Progress.NONE);
            }

            long head = ChangeNumbers.head(cloud.store().dsl(), shop.id());
            for (Map.Entry<UUID, TestTerminal> entry : byId.entrySet()) {
                TestTerminal t = entry.getValue();
                long committed = Outbox.acknowledgedThrough(t.store().dsl());
                assertThat(t.pending()).as("seed %d: outbox empty", seed).isZero();
                assertThat(cloud.events(entry.getKey())).as("seed %d: each event once", seed).isEqualTo((int) committed);
                assertThat(cloud.acknowledgedSeq(entry.getKey())).as("seed %d", seed).isEqualTo(committed);
                assertThat(cloud.events(entry.getKey(), "PARKED")).as("seed %d: nothing parked", seed).isZero();
                assertThat(t.client().cursor(Stream.CATALOG).position()).as("seed %d: cursor at head", seed).isEqualTo(head);
                for (UUID product : products) {
                    assertThat(t.catalog().bySku(skuOf(products, product)).orElseThrow().price().fen())
                            .as("seed %d: price", seed).isEqualTo(prices.get(product));
                }
            }
            assertThat(cloud.sales(shop.id())).as("seed %d: each sale once", seed).isEqualTo(sales.size());
            assertThat(cloud.salesTotalFen(shop.id())).as("seed %d: money", seed).isEqualTo(salesTotal);
            for (UUID product : products) {
                long local = 0;
                for (TestTerminal t : terminals) {
                    local += new StockLedger(t.store(), Clock.systemUTC()).onHand(product).movePointRight(3).longValueExact();
                }
                assertThat(cloud.stockMilli(shop.id(), product)).as("seed %d: stock of %s", seed, product).isEqualTo(local);
            }
            int faults = networks.stream().mapToInt(n -> n.counts[1] + n.counts[2] + n.counts[3] + n.counts[4]).sum();
            assertThat(faults).as("seed %d: the network did misbehave", seed).isPositive();
            log.info("seed {}: {} sales, network faults {}, cloud restarts {}, deaths mid-apply {}", seed, sales.size(),
                    networks.stream().map(n -> java.util.Arrays.toString(n.counts)).toList(), restarts, deaths.get());
        } finally {
            terminals.forEach(TestTerminal::close);
            cloud.close();
        }
    }

    private static String skuOf(List<UUID> products, UUID product) {
        return "P" + (products.indexOf(product) + 1);
    }

    private static UUID retryingEnrol(TestTerminal t, TestCloud cloud, Shops.Shop shop) {
        for (int attempt = 0; ; attempt++) {
            try {
                return t.client().enrol(cloud.url(), cloud.enrolmentCode(shop.id()), "t").terminalId();
            } catch (SyncFailure f) {
                if (attempt > 20) {
                    throw f;
                }
            }
        }
    }

    private static void quietly(Runnable call) {
        try {
            call.run();
        } catch (SyncFailure expected) {
            // the network or the cloud failed this time; the next call tries again
        }
    }
}
