package cn.suanpan.bench.sync;

import cn.suanpan.bench.ScratchDirs;
import static cn.suanpan.cloud.store.schema.Tables.SALE;
import static cn.suanpan.cloud.store.schema.Tables.TERMINAL_EVENT;

import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.CloudService;
import cn.suanpan.cloud.catalog.ProductInput;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.outbox.JsonWriter;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.sync.client.SyncClient;
import cn.suanpan.sync.protocol.Stream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Sync throughput against a local cloud node (embedded H2, loopback HTTP, the real
 * client): how long 10,000 queued sales take to push, how long a new terminal's first
 * pull of a 100,000-product catalog takes (with its progress), and whether 20 terminals
 * pushing at once into one node lose anything. Each scenario runs several times on fresh
 * terminals; the median is reported with the machine's load. Nothing here asserts a time.
 *
 * <pre>
 * scripts/bench-sync.sh                 # all three, 3 runs each
 * scripts/bench-sync.sh push 5          # one scenario, 5 runs
 * </pre>
 */
public final class SyncBench {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final int SALES = 10_000;
    private static final int PRODUCTS = 100_000;
    private static final int TERMINALS = 20;
    private static final int SALES_PER_TERMINAL = 250;

    private final Path work;
    private final CloudService cloud;
    private final String url;
    private int shops;

    private SyncBench(Path work) {
        this.work = work;
        Path cloudDir = work.resolve("cloud");
        this.cloud = CloudService.start(new CloudConfig("127.0.0.1", 0, cloudDir, CloudStore.Connection.embedded(cloudDir),
                "bench", false), CLOCK);
        this.url = "http://127.0.0.1:" + cloud.port();
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "all";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("machine: %d cores, %s %s, Java %s; load average %.1f at start%n", os.getAvailableProcessors(),
                os.getName(), os.getArch(), Runtime.version(), os.getSystemLoadAverage());
        Path work = Files.createTempDirectory("suanpan-sync-bench");
        SyncBench bench = new SyncBench(work);
        try {
            if (which.equals("all") || which.equals("push")) {
                bench.report("push of " + SALES + " queued sales (" + 2 * SALES + " events)", runs, bench::pushQueuedSales);
            }
            if (which.equals("all") || which.equals("pull")) {
                bench.pullCatalog(runs);
            }
            if (which.equals("all") || which.equals("concurrent")) {
                bench.report(TERMINALS + " terminals pushing " + SALES_PER_TERMINAL + " sales each at once", runs,
                        bench::concurrentTerminals);
            }
        } finally {
            bench.cloud.close();
            ScratchDirs.delete(work);
        }
        System.out.printf("load average %.1f at the end%n", os.getSystemLoadAverage());
    }

    @FunctionalInterface
    private interface Run {
        Timing once(int run) throws Exception;
    }

    /** Wall time and the process's CPU time (client and cloud together) of the measured part. */
    private record Timing(Duration wall, Duration cpu) {
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        /** Starts measuring; the returned supplier stops and gives the timing. */
        static java.util.function.Supplier<Timing> start() {
            long t0 = System.nanoTime();
            long cpu0 = OS.getProcessCpuTime();
            return () -> new Timing(Duration.ofNanos(System.nanoTime() - t0), Duration.ofNanos(OS.getProcessCpuTime() - cpu0));
        }
    }

    /**
     * Runs a scenario, printing each run's wall time and the CPU time the process (client
     * and cloud together) spent on it: on a shared machine the wall time is mostly waiting
     * for a core, the CPU time is what the work costs.
     */
    private void report(String what, int runs, Run run) throws Exception {
        System.out.println("== " + what);
        var os = ManagementFactory.getOperatingSystemMXBean();
        List<Duration> times = new ArrayList<>();
        List<Duration> cpu = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Timing t = run.once(i);
            times.add(t.wall());
            cpu.add(t.cpu());
            System.out.printf("  run %d: %.2f s wall, %.2f s CPU (load average %.1f)%n", i, t.wall().toMillis() / 1000.0,
                    t.cpu().toMillis() / 1000.0, os.getSystemLoadAverage());
        }
        times.sort(Comparator.naturalOrder());
        cpu.sort(Comparator.naturalOrder());
        System.out.printf("  median of %d: %.2f s wall, %.2f s CPU%n", runs, times.get(runs / 2).toMillis() / 1000.0,
                cpu.get(runs / 2).toMillis() / 1000.0);
    }

    private Shops.Shop newShop(int products) {
        Shops.Shop shop = cloud.shops().create("B" + ++shops, "压测店 " + shops, "Bench " + shops, ZoneId.of("Asia/Shanghai"));
        for (int from = 1; from <= products; from += 5_000) {
            int start = from;
            int end = Math.min(products, from + 4_999);
            cloud.store().inTransactionRun(tx -> cloud.catalog().putProducts(tx, shop.id(), IntStream.rangeClosed(start, end)
                    .mapToObj(i -> new ProductInput("SKU%06d".formatted(i), "商品 " + i, "Product " + i, null, "pc", 100L + i % 900,
                            null, null, 1300, false, null, null, true, true, List.of("69%011d".formatted(i))))
                    .toList()));
        }
        return shop;
    }

    /** A terminal store enrolled with the shop, holding {@code sales} sales (each: the sale and one stock movement). */
    private LocalStore terminal(String name, Shops.Shop shop, List<UUID> products, int sales) {
        LocalStore store = LocalStore.open(work.resolve(name).resolve("db"));
        SyncClient.standard(store, CLOCK).enrol(url, cloud.enrolments().newCode(shop.id(), Duration.ofHours(1)).code(), name);
        for (int done = 0; done < sales; done += 1_000) {
            int batch = Math.min(1_000, sales - done);
            store.inTransactionRun(tx -> {
                for (int i = 0; i < batch; i++) {
                    Instant at = CLOCK.instant().truncatedTo(ChronoUnit.MILLIS);
                    UUID sale = Ids.uuidV7(CLOCK);
                    UUID product = products.get(i % products.size());
                    Outbox.append(tx, Ids.uuidV7(CLOCK), "stock.moved", JsonWriter.object().put("id", Ids.uuidV7(CLOCK))
                            .put("productId", product).put("quantityMilli", -1_000).put("kind", "SALE")
                            .put("reference", sale.toString().substring(0, 8)).put("at", at).toString(), at);
                    Outbox.append(tx, Ids.uuidV7(CLOCK), "sale.completed", JsonWriter.object().put("id", sale)
                            .put("receiptNo", name + "-" + sale).put("totalFen", 350).put("soldAt", at).toString(), at);
                }
            });
        }
        return store;
    }

    private List<UUID> someProducts(Shops.Shop shop) {
        return IntStream.rangeClosed(1, 50).mapToObj(i -> cloud.catalog().productId(shop.id(), "SKU%06d".formatted(i)).orElseThrow())
                .toList();
    }

    private Timing pushQueuedSales(int run) {
        Shops.Shop shop = newShop(50);
        try (LocalStore store = terminal("push-" + run, shop, someProducts(shop), SALES)) {
            SyncClient client = SyncClient.standard(store, CLOCK).batchSize(500);
            var watch = Timing.start();
            SyncClient.PushSummary summary = client.push();
            Timing took = watch.get();
            int booked = cloud.store().dsl().fetchCount(SALE, SALE.SHOP_ID.eq(shop.id()));
            System.out.printf("    %d events in %d batches; %d sales booked, %d left in the outbox%n", summary.sent(), summary.batches(),
                    booked, Outbox.pending(store.dsl()));
            return took;
        }
    }

    private void pullCatalog(int runs) throws Exception {
        System.out.println("== setting up a shop of " + PRODUCTS + " products");
        long t0 = System.nanoTime();
        Shops.Shop shop = newShop(PRODUCTS);
        System.out.printf("  (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        report("first pull of " + PRODUCTS + " products", runs, run -> {
            try (LocalStore store = LocalStore.open(work.resolve("pull-" + run).resolve("db"))) {
                SyncClient client = SyncClient.standard(store, CLOCK);
                client.enrol(url, cloud.enrolments().newCode(shop.id(), Duration.ofHours(1)).code(), "pull-" + run);
                int[] shown = {-1};
                var watch = Timing.start();
                SyncClient.PullSummary s = client.pull(Stream.CATALOG, (stream, applied, remaining) -> {
                    int percent = (int) (applied * 100 / Math.max(1, applied + remaining));
                    if (percent / 10 != shown[0] / 10) {
                        shown[0] = percent;
                        System.out.printf("    %s %3d%% (%d/%d)%n", stream.wire(), percent, applied, applied + remaining);
                    }
                });
                Timing took = watch.get();
                System.out.printf("    %d changes in %d pages%n", s.changes(), s.pages());
                return took;
            }
        });
    }

    private Timing concurrentTerminals(int run) throws Exception {
        Shops.Shop shop = newShop(50);
        List<UUID> products = someProducts(shop);
        List<LocalStore> stores = new ArrayList<>();
        for (int t = 0; t < TERMINALS; t++) {
            stores.add(terminal("c" + run + "-" + t, shop, products, SALES_PER_TERMINAL));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(TERMINALS)) {
            var watch = Timing.start();
            List<Future<SyncClient.PushSummary>> pushes = stores.stream()
                    .map(s -> pool.submit(() -> SyncClient.standard(s, CLOCK).batchSize(200).push())).toList();
            for (Future<SyncClient.PushSummary> f : pushes) {
                f.get();
            }
            Timing took = watch.get();
            int expected = TERMINALS * SALES_PER_TERMINAL;
            int booked = cloud.store().dsl().fetchCount(SALE, SALE.SHOP_ID.eq(shop.id()));
            int events = 0;
            int left = 0;
            for (LocalStore s : stores) {
                UUID terminalId = SyncClient.standard(s, CLOCK).enrolment().orElseThrow().terminalId();
                events += cloud.store().dsl().fetchCount(TERMINAL_EVENT, TERMINAL_EVENT.TERMINAL_ID.eq(terminalId));
                left += Outbox.pending(s.dsl());
            }
            System.out.printf("    %d of %d sales booked, %d of %d events held, %d left in outboxes: %s%n", booked, expected, events,
                    2 * expected, left, booked == expected && events == 2 * expected && left == 0 ? "nothing lost" : "LOST EVENTS");
            return took;
        } finally {
            stores.forEach(LocalStore::close);
        }
    }
}
