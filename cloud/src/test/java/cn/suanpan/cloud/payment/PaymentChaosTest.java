package cn.suanpan.cloud.payment;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.CloudService;
import cn.suanpan.cloud.miniprogram.LocalWeChatLogin;
import cn.suanpan.cloud.orders.Notifier;
import cn.suanpan.cloud.payment.alipay.AlipayConfig;
import cn.suanpan.cloud.payment.alipay.AlipayGateway;
import cn.suanpan.cloud.payment.gateway.CancelSignal;
import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.ChargeProgress;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.cloud.payment.testing.FakeTime;
import cn.suanpan.cloud.payment.testing.SimFixture;
import cn.suanpan.cloud.payment.unionpay.UnionPayConfig;
import cn.suanpan.cloud.payment.unionpay.UnionPayGateway;
import cn.suanpan.cloud.payment.wechat.WeChatConfig;
import cn.suanpan.cloud.payment.wechat.WeChatGateway;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.testing.FaultyNetwork;
import cn.suanpan.cloud.testing.TestTerminal;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.outbox.JsonWriter;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.payment.IntentState;
import cn.suanpan.core.payment.PaymentIntent;
import cn.suanpan.core.payment.PaymentJournal;
import cn.suanpan.core.payment.PaymentRouting;
import cn.suanpan.core.payment.Wallet;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.PaySim;
import cn.suanpan.paysim.state.FaultPlan;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.paysim.state.SimState;
import cn.suanpan.sync.client.CloudLink;
import cn.suanpan.sync.payment.CodePayments;
import cn.suanpan.sync.payment.PaymentClient;
import cn.suanpan.sync.payment.PaymentOutcome;
import cn.suanpan.sync.protocol.JsonCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Many code payments through the whole path — terminal journal and {@link CodePayments},
 * the terminal's HTTP client, the cloud's {@link PaymentService} on loopback, the WeChat Pay
 * and Alipay gateways built from their provider files, the wallet simulator over TLS, and
 * the shop's own member wallet (a fifth of the sales are paid with member codes the cloud
 * issues) — with faults at every step, all drawn from one seed:
 * <ul>
 *   <li>the simulator: customers confirming late or never, system and bank errors, lost and
 *       late answers, payment after the reverse, recall, expired and invalid codes,
 *       insufficient balance, and a share of every answer lost;</li>
 *   <li>the network between terminal and cloud, both ways ({@link FaultyNetwork}: requests
 *       lost, answers lost after the cloud acted, requests doubled or held back);</li>
 *   <li>the cloud stopped abruptly mid-run (its gateways cut off first, so nothing is
 *       reversed on the way down) and restarted on the same store and port; in the second
 *       test the cloud is a process of its own, killed with {@code destroyForcibly};</li>
 *   <li>the terminal "killed": its network cut and its payment thread stopped mid-payment
 *       or between payment and sale, then a fresh {@link CodePayments} on the same store
 *       runs {@link CodePayments#recoverAtStartup()} (the terminal killed for real, as a
 *       process: {@link TerminalKillTest});</li>
 *   <li>cashiers who cancel while the customer confirms, and retry a failed sale with a
 *       new code.</li>
 * </ul>
 * Once the faults stop and everything has settled, the wallet's books, the cloud's and the
 * terminals' journals agree ({@link PaymentBooks}): no sale is charged twice, no charge
 * stands without a committed sale, no sale is marked paid without a charge, every intent is
 * final everywhere, and each member's stored value went down by what its sales took.
 *
 * <p>{@code -Dchaos.payments=N} (default 1000), {@code -Dchaos.seed=S}, {@code -Dchaos.lanes=L}
 * (terminals paying at once, default 4). Waits of the wallets' rules run on a shared fake
 * clock; nothing is asserted about time.
 */
class PaymentChaosTest {

    private static final int PAYMENTS = Integer.getInteger("chaos.payments", 1000);
    private static final long SEED = Long.getLong("chaos.seed", 20261125L);
    private static final int LANES = Integer.getInteger("chaos.lanes", 4);
    /** Members of the shop's own wallet, and the share of sales (in percent) a member code pays. */
    private static final int MEMBERS = 80;
    private static final int MEMBER_SHARE = 20;

    @TempDir
    Path dir;

    private final FakeTime time = new FakeTime(Instant.parse("2026-11-25T02:00:00Z"));
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Test
    void paymentsThroughEveryFaultEndFinalWithoutDoubleOrOrphanCharges() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        root.setLevel(Level.ERROR); // every fault is logged by design; thousands of lines say nothing here
        long began = System.nanoTime();
        MerchantKit kit = SimFixture.kit();
        try (PaySim sim = PaySim.start(PaySim.Config.of(kit, SimState.inMemory(time), FaultPlan.seeded(SEED, 0.4, 0.03), time)
                .withLateDelay(Duration.ofMillis(1500)))) {
            SimFixture.warmUp(sim);
            // the gateways come from the provider files a cloud node reads at start
            kit.writeCloudFiles(sim.wechatBaseUrl(), sim.alipayGatewayUrl(), sim.unionpayBaseUrl());
            WeChatConfig wechat = ProviderFiles.wechat(kit.dir().resolve(MerchantKit.CLOUD_WECHAT))
                    .withTimeouts(SimFixture.CONNECT_TIMEOUT, Duration.ofMillis(1000));
            AlipayConfig alipay = ProviderFiles.alipay(kit.dir().resolve(MerchantKit.CLOUD_ALIPAY))
                    .withTimeouts(SimFixture.CONNECT_TIMEOUT, Duration.ofMillis(1000));
            UnionPayConfig unionpay = ProviderFiles.unionpay(kit.dir().resolve(MerchantKit.CLOUD_UNIONPAY), Wallet.UNIONPAY)
                    .withTimeouts(SimFixture.CONNECT_TIMEOUT, Duration.ofMillis(1000));
            UnionPayConfig ecny = ProviderFiles.unionpay(kit.dir().resolve(MerchantKit.CLOUD_ECNY), Wallet.ECNY)
                    .withTimeouts(SimFixture.CONNECT_TIMEOUT, Duration.ofMillis(1000));
            Cloud cloud = new Cloud(dir.resolve("cloud"), (store, clock) -> {
                AtomicBoolean dead = new AtomicBoolean();
                cloudDead.set(dead);
                return List.of(new ChaosGateway(new WeChatGateway(wechat, time, time.sleeper()), time, dead),
                        new ChaosGateway(new AlipayGateway(alipay, time, time.sleeper()), time, dead),
                        new ChaosGateway(new UnionPayGateway(unionpay, time, time.sleeper()), time, dead),
                        new ChaosGateway(new UnionPayGateway(ecny, time, time.sleeper()), time, dead));
            });
            try {
                UUID shop = cloud.service.shops().create("S1", "测试店", "Test shop", ZoneId.of("Asia/Shanghai")).id();
                MemberWallets members = MemberWallets.signUp(cloud.service.store(), shop, "S1", "chaos-admin", cloud::url,
                        MEMBERS, SEED);
                List<Lane> lanes = new ArrayList<>();
                for (int i = 0; i < LANES; i++) {
                    Lane lane = new Lane(i, cloud.url(), cloud.service.enrolments().newCode(shop, Duration.ofHours(1)).code());
                    lane.members = members;
                    lanes.add(lane);
                }
                run(lanes, PAYMENTS, cloud::kill, cloud::start);
                long faultsEnd = System.nanoTime();
                settle(lanes);
                waitForCloud(() -> cloud.service.store().dsl());
                PaymentBooks.Books books = check(lanes, cloud.service.store().dsl(), sim, members, PAYMENTS * 9 / 10);
                long ended = System.nanoTime();
                String report = "payment chaos: " + books + "; faults " + new java.util.TreeMap<>(counts) + "; network "
                        + networkFaults(lanes) + "; simulator scenarios " + books.scenarios() + "; run "
                        + TimeUnit.NANOSECONDS.toSeconds(faultsEnd - began) + " s, settle "
                        + TimeUnit.NANOSECONDS.toSeconds(ended - faultsEnd) + " s, seed " + SEED + ", " + LANES + " terminals, "
                        + Runtime.getRuntime().availableProcessors() + " cores";
                System.out.println(report);
                for (Lane lane : lanes) {
                    lane.terminal.close();
                }
            } finally {
                cloud.stop();
            }
        } finally {
            root.setLevel(level);
        }
    }

    /**
     * The cloud as a process of its own ({@code CloudMain} with the provider files), killed
     * with {@code destroyForcibly} three times mid-run and started again on the same data
     * directory and port. Its gateways wait in real time, so the simulator's slow scenarios
     * (a customer taking 45 s) are left out: each code gets a quick fault or none.
     * {@code -Dchaos.processPayments=N} (default 120).
     */
    @Test
    void theCloudProcessKilledMidPaymentLeavesNoDoubleOrOrphanCharge() throws Exception {
        int payments = Integer.getInteger("chaos.processPayments", 120);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        root.setLevel(Level.ERROR);
        long began = System.nanoTime();
        MerchantKit kit = SimFixture.kit();
        Clock real = Clock.systemUTC();
        FaultPlan plan = FaultPlan.seeded(SEED, 0, 0.03);
        Scenario.Kind[] quick = {Scenario.Kind.SYSTEM_ERROR_PAID, Scenario.Kind.SYSTEM_ERROR_UNPAID, Scenario.Kind.BANK_ERROR,
            Scenario.Kind.LOST_RESPONSE, Scenario.Kind.SLOW_RESPONSE, Scenario.Kind.RECALL, Scenario.Kind.CODE_INVALID,
            Scenario.Kind.INSUFFICIENT_BALANCE, Scenario.Kind.USER_PAYING};
        SplittableRandom scenarios = new SplittableRandom(SEED ^ 0x5CE);
        Path data = dir.resolve("cloud-process");
        try (PaySim sim = PaySim.start(PaySim.Config.of(kit, SimState.inMemory(real), plan, real).withLateDelay(Duration.ofMillis(1500)))) {
            SimFixture.warmUp(sim);
            kit.writeCloudFiles(sim.wechatBaseUrl(), sim.alipayGatewayUrl(), sim.unionpayBaseUrl());
            Path wechatFile = kit.dir().resolve(MerchantKit.CLOUD_WECHAT);
            Path alipayFile = kit.dir().resolve(MerchantKit.CLOUD_ALIPAY);
            int port;
            try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
                port = free.getLocalPort();
            }
            // the shop and the terminals' enrolment first, in-process; then the node runs as a process
            List<Lane> lanes = new ArrayList<>();
            CloudConfig config = new CloudConfig("127.0.0.1", port, data, CloudStore.Connection.embedded(data), "chaos-admin", false);
            MemberWallets members;
            try (CloudService setup = CloudService.start(config, real)) {
                UUID shop = setup.shops().create("S2", "测试店", "Test shop", ZoneId.of("Asia/Shanghai")).id();
                members = MemberWallets.signUp(setup.store(), shop, "S2", "chaos-admin", () -> "http://127.0.0.1:" + port, MEMBERS, SEED);
                for (int i = 0; i < LANES; i++) {
                    Lane lane = new Lane(10 + i, "http://127.0.0.1:" + port, setup.enrolments().newCode(shop, Duration.ofHours(1)).code());
                    lane.members = members;
                    lane.beforeScan = code -> {
                        synchronized (scenarios) {
                            if (scenarios.nextInt(100) < 40) {
                                Scenario.Kind kind = quick[scenarios.nextInt(quick.length)];
                                plan.set(code, new Scenario(kind, Duration.ofSeconds(2), 1 + scenarios.nextInt(2)));
                            }
                        }
                    };
                    lanes.add(lane);
                }
            }
            Path log = dir.resolve("cloud-process.log");
            AtomicReference<Process> node = new AtomicReference<>(launch(data, port, wechatFile, alipayFile, log));
            try {
                run(lanes, payments, () -> {
                    node.get().destroyForcibly();
                    try {
                        node.get().waitFor();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, () -> node.set(launch(data, port, wechatFile, alipayFile, log)));
                long faultsEnd = System.nanoTime();
                settle(lanes);
                node.get().destroyForcibly().waitFor();
                // a last start in-process, on the same store: it settles what the last kill left and is looked at
                try (CloudService last = CloudService.start(config, real, UnaryOperator.identity(), Notifier.LOG,
                        new LocalWeChatLogin(), ProviderFiles.setup(wechatFile, alipayFile,
                        kit.dir().resolve(MerchantKit.CLOUD_UNIONPAY), kit.dir().resolve(MerchantKit.CLOUD_ECNY)))) {
                    waitForCloud(() -> last.store().dsl());
                    settle(lanes);
                    PaymentBooks.Books books = check(lanes, last.store().dsl(), sim, members, payments / 2);
                    System.out.println("payment chaos, cloud process: " + books + "; faults " + new java.util.TreeMap<>(counts)
                            + "; network " + networkFaults(lanes) + "; simulator scenarios " + books.scenarios() + "; run "
                            + TimeUnit.NANOSECONDS.toSeconds(faultsEnd - began) + " s, settle "
                            + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - faultsEnd) + " s, seed " + SEED);
                }
            } finally {
                node.get().destroyForcibly().waitFor();
                for (Lane lane : lanes) {
                    lane.terminal.close();
                }
            }
        } finally {
            root.setLevel(level);
        }
    }

    /** Starts {@code CloudMain} as a process and waits until it takes connections. */
    private static Process launch(Path data, int port, Path wechat, Path alipay, Path log) {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Process p = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    cn.suanpan.cloud.CloudMain.class.getName(), "--data-dir", data.toString(), "--port", Integer.toString(port),
                    "--admin-token", "chaos-admin", "--no-demo", "--wechat-config", wechat.toString(),
                    "--alipay-config", alipay.toString(),
                    // the UnionPay and e-CNY merchants' files lie beside the others in the kit
                    "--unionpay-config", alipay.resolveSibling(MerchantKit.CLOUD_UNIONPAY).toString(),
                    "--ecny-config", alipay.resolveSibling(MerchantKit.CLOUD_ECNY).toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < end) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("the cloud process ended: " + Files.readString(log));
                }
                try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                    return p;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            p.destroyForcibly();
            throw new IllegalStateException("the cloud process did not open its port: " + Files.readString(log));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private final AtomicReference<AtomicBoolean> cloudDead = new AtomicReference<>(new AtomicBoolean());

    // ---- the run

    /** The lanes pay {@code payments} sales between them; the cloud is killed and started again at each quarter. */
    private void run(List<Lane> lanes, int payments, Runnable kill, Runnable start) throws Exception {
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(LANES + 1);
        try {
            List<Future<?>> lanesDone = new ArrayList<>();
            for (Lane lane : lanes) {
                int share = payments / lanes.size() + (lane.index < payments % lanes.size() ? 1 : 0);
                lanesDone.add(pool.submit(() -> {
                    for (int n = 0; n < share; n++) {
                        lane.onePayment();
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            // the cloud goes down at a quarter, half and three quarters of the run
            Future<?> monkey = pool.submit(() -> {
                SplittableRandom r = new SplittableRandom(SEED ^ 0xC10D);
                for (int stop = 1; stop <= 3; stop++) {
                    while (done.get() < payments * stop / 4) {
                        if (lanesDone.stream().allMatch(Future::isDone)) {
                            return null;
                        }
                        Thread.sleep(20);
                    }
                    kill.run();
                    Thread.sleep(200 + r.nextInt(1500));
                    start.run();
                    count("cloud killed and started again");
                }
                return null;
            });
            for (Future<?> f : lanesDone) {
                f.get(30, TimeUnit.MINUTES);
            }
            monkey.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Faults off; each terminal recovers until nothing is open. */
    private void settle(List<Lane> lanes) throws Exception {
        lanes.forEach(l -> l.network.off());
        for (Lane lane : lanes) {
            for (int attempt = 0; lane.unsettled() && attempt < 120; attempt++) {
                lane.payments.recoverAtStartup();
                if (lane.unsettled()) {
                    Thread.sleep(500);
                }
            }
        }
    }

    /** Until the cloud has nothing pending (its refunds retry with a growing pause). */
    static void waitForCloud(java.util.function.Supplier<DSLContext> db) throws InterruptedException {
        for (int attempt = 0; PaymentBooks.cloudUnsettled(db.get()) > 0 && attempt < 240; attempt++) {
            Thread.sleep(500);
        }
    }

    private static PaymentBooks.Books check(List<Lane> lanes, DSLContext cloudDb, PaySim sim, MemberWallets members, int minIntents) {
        return PaymentBooks.check(lanes.stream().map(l -> new PaymentBooks.Till(l.index, l.journal, l.terminal.store())).toList(),
                cloudDb, sim, members, minIntents);
    }

    private static Map<String, Integer> networkFaults(List<Lane> lanes) {
        Map<String, Integer> m = new java.util.TreeMap<>();
        for (Lane lane : lanes) {
            for (FaultyNetwork.Fault f : FaultyNetwork.Fault.values()) {
                if (f != FaultyNetwork.Fault.NONE) {
                    m.merge(f.name(), lane.network.counts[f.ordinal()], Integer::sum);
                }
            }
        }
        return m;
    }

    private void count(String what) {
        counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    // ---- the cloud

    /** A cloud node on a fixed loopback port, killed and started again on the same store. */
    private final class Cloud {
        private final Path dir;
        private final GatewaySetup wallets;
        volatile CloudService service;
        private int port;

        Cloud(Path dir, GatewaySetup wallets) {
            this.dir = dir;
            this.wallets = wallets;
            start();
        }

        void start() {
            service = CloudService.start(new CloudConfig("127.0.0.1", port, dir, CloudStore.Connection.embedded(dir), "chaos-admin",
                    false), Clock.systemUTC(), UnaryOperator.identity(), Notifier.LOG, new LocalWeChatLogin(), wallets);
            port = service.port();
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        /** Its gateways fall silent first: a killed process reverses nothing on its way down. */
        void kill() {
            cloudDead.get().set(true);
            service.close();
        }

        void stop() {
            service.close();
        }
    }

    /**
     * A wallet gateway as the cloud sees it, with two test concerns: its waits (the
     * cashier's cancel signal) move the shared fake clock, and once its node is killed it
     * says nothing more to the wallet — a dead process sends no reverse.
     */
    private static final class ChaosGateway implements PaymentGateway {
        private final PaymentGateway inner;
        private final FakeTime time;
        private final AtomicBoolean dead;

        ChaosGateway(PaymentGateway inner, FakeTime time, AtomicBoolean dead) {
            this.inner = inner;
            this.time = time;
            this.dead = dead;
        }

        @Override
        public Wallet wallet() {
            return inner.wallet();
        }

        @Override
        public ChargeOutcome charge(Charge charge, ChargeProgress progress, CancelSignal cancel) {
            alive();
            return inner.charge(charge, progress, fake(cancel));
        }

        @Override
        public ChargeOutcome settle(Charge charge, CancelSignal cancel) {
            alive();
            return inner.settle(charge, fake(cancel));
        }

        @Override
        public RefundOutcome refund(Refund refund) {
            alive();
            return inner.refund(refund);
        }

        private void alive() {
            if (dead.get()) {
                throw new IllegalStateException("the node was killed");
            }
        }

        private CancelSignal fake(CancelSignal real) {
            return new CancelSignal() {
                @Override
                public boolean cancelled() {
                    alive();
                    return real.cancelled();
                }

                @Override
                public boolean pause(Duration d) {
                    alive();
                    // a moment of real time lets the cashier's cancel arrive; the wallet's wait is on the fake clock
                    if (real.pause(Duration.ofMillis(15))) {
                        alive();
                        return true;
                    }
                    alive();
                    time.advance(d);
                    return real.cancelled();
                }
            };
        }
    }

    // ---- the terminals

    /** Thrown into a killed terminal's payment thread at its next wait. */
    private static final class Killed extends RuntimeException {
        Killed() {
            super("terminal killed", null, false, false);
        }
    }

    /** One terminal paying one sale after another; its CodePayments is replaced when it is "killed". */
    private final class Lane {
        final int index;
        final TestTerminal terminal;
        final FaultyNetwork network;
        final SplittableRandom random;
        final PaymentJournal journal;
        final ExecutorService payer = Executors.newVirtualThreadPerTaskExecutor();
        volatile AtomicBoolean killed = new AtomicBoolean();
        CodePayments payments;
        /** Told each wallet code before it is scanned (to set its scenario at the simulator). */
        java.util.function.Consumer<String> beforeScan = code -> { };
        /** The shop's members, whose codes some customers show; null for none. */
        MemberWallets members;

        Lane(int index, String url, String enrolmentCode) {
            this.index = index;
            this.random = new SplittableRandom(SEED * 17 + index);
            this.network = new FaultyNetwork(SEED * 31 + index);
            this.terminal = new TestTerminal(dir.resolve("terminal-" + index), SEED + index);
            terminal.client().enrol(url, enrolmentCode, "counter " + index);
            this.journal = new PaymentJournal(terminal.store(), Clock.systemUTC());
            this.payments = incarnation();
        }

        /** A CodePayments as a (re)started terminal makes it: its own client, cut off when it is killed. */
        private CodePayments incarnation() {
            AtomicBoolean dead = new AtomicBoolean();
            killed = dead;
            Interceptor cut = chain -> {
                if (dead.get()) {
                    throw new IOException("terminal killed");
                }
                okhttp3.Response r = chain.proceed(chain.request());
                if (dead.get()) {
                    r.close();
                    throw new IOException("terminal killed");
                }
                return r;
            };
            OkHttpClient http = new OkHttpClient.Builder().addInterceptor(cut).addInterceptor(network)
                    .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(40)).callTimeout(Duration.ofSeconds(60))
                    .build();
            Clock clock = Clock.systemUTC();
            LocalStore store = terminal.store();
            return new CodePayments(store, new PaymentJournal(store, clock), new PaymentClient(store, new CloudLink(http,
                    new JsonCodec(), clock)), PaymentRouting.bundled(), clock, d -> {
                if (dead.get()) {
                    throw new Killed();
                }
                Thread.sleep(Math.min(d.toMillis(), 10));
                if (dead.get()) {
                    throw new Killed();
                }
            }).pollSeconds(2).giveUpAfter(Duration.ofSeconds(3));
        }

        boolean unsettled() {
            return PaymentBooks.unsettled(journal);
        }

        /**
         * The code the customer shows: a member code of the shop's own wallet for one sale in
         * five (now and then one shown before, a screenshot), else WeChat Pay, Alipay, UnionPay or e-CNY.
         */
        private String code() {
            int roll = random.nextInt(100);
            if (members != null && roll < MEMBER_SHARE) {
                java.util.Optional<MemberWallets.Issued> issued = roll == 0 ? members.replay(random) : members.issue(random);
                if (issued.isPresent()) {
                    count(roll == 0 ? "member code shown again" : "member code");
                    return issued.get().code();
                }
                count("no member code (cloud down or every member busy in this step)");
            }
            String code = switch (random.nextInt(4)) {
                case 0 -> SimFixture.wechatCode();
                case 1 -> SimFixture.alipayCode();
                case 2 -> SimFixture.unionpayCode();
                default -> SimFixture.ecnyCode();
            };
            beforeScan.accept(code);
            return code;
        }

        /** One sale paid by code: perhaps cancelled, retried with a new code, or cut short by a kill. */
        void onePayment() throws Exception {
            UUID sale = UUID.randomUUID();
            Money amount = Money.ofFen(1 + random.nextInt(50_000));
            long refusedSince = 0; // while the cloud is away the cashier waits for it, up to three minutes a sale
            for (int tries = 0; tries < 3; tries++) {
                String code = code();
                int roll = random.nextInt(100);
                boolean cancels = roll < 20;
                boolean kill = roll >= 95;
                CodePayments current = payments;
                AtomicBoolean dead = killed;
                CodePayments.Listener listener = cancels ? new CodePayments.Listener() {
                    private boolean sent;

                    @Override
                    public void update(PaymentIntent intent, int secondsLeft) {
                        if (!sent && intent.state() == IntentState.WAITING) {
                            sent = true;
                            count("cashier cancels while the customer confirms");
                            current.cancel(intent.id());
                        }
                    }
                } : CodePayments.Listener.NONE;
                Future<PaymentOutcome> paying = payer.submit(() -> current.pay(sale, code, amount, "chaos", listener));
                PaymentOutcome outcome;
                if (kill) {
                    Thread.sleep(random.nextInt(250));
                    dead.set(true);
                    boolean refused = false;
                    try {
                        paying.get(2, TimeUnit.MINUTES);
                    } catch (java.util.concurrent.ExecutionException e) {
                        // the thread died with the terminal, or the scan had been refused before anything was journaled
                        refused = e.getCause() instanceof SuanpanException;
                    }
                    payments = incarnation();
                    try {
                        payments.recoverAtStartup();
                    } catch (RuntimeException e) {
                        count("recovery at start-up failed: " + e.getClass().getSimpleName());
                    }
                    if (refused) {
                        // nothing of this sale was journaled: after the restart the cashier scans again, as after
                        // any refusal (else a long outage of the cloud would end most sales here, without a payment)
                        count("terminal killed while code payments were refused");
                        refusedSince = refusedSince == 0 ? System.nanoTime() : refusedSince;
                        if (System.nanoTime() - refusedSince < TimeUnit.MINUTES.toNanos(3)) {
                            tries--;
                        }
                        continue;
                    }
                    count("terminal killed");
                    return; // the customer leaves; whatever was paid has no sale and is given back
                }
                try {
                    outcome = paying.get(2, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof SuanpanException s) {
                        count("refused: " + s.userMessage().key());
                        refusedSince = refusedSince == 0 ? System.nanoTime() : refusedSince;
                        if (System.nanoTime() - refusedSince < TimeUnit.MINUTES.toNanos(3)) {
                            tries--; // the cashier waits for the earlier payment to be resolved, then scans again
                        }
                        Thread.sleep(100);
                        try {
                            payments.recoverAtStartup();
                        } catch (RuntimeException again) {
                            count("recovery failed: " + again.getClass().getSimpleName());
                        }
                        continue;
                    }
                    throw e;
                }
                switch (outcome) {
                    case PaymentOutcome.Paid paid -> {
                        if (random.nextInt(100) < 3) {
                            // the terminal dies between the payment and the sale
                            killed.set(true);
                            count("terminal killed before the sale");
                            payments = incarnation();
                            try {
                                payments.recoverAtStartup();
                            } catch (RuntimeException e) {
                                count("recovery failed: " + e.getClass().getSimpleName());
                            }
                            return;
                        }
                        commitSale(paid.intent());
                        count("paid");
                        return;
                    }
                    case PaymentOutcome.NotPaid notPaid -> count("not paid: " + notPaid.why().key());
                    case PaymentOutcome.Unresolved unresolved -> {
                        count("unresolved for now");
                        return;
                    }
                }
                if (random.nextInt(100) >= 30) {
                    return; // the customer pays otherwise
                }
                count("new code for the same sale");
            }
        }

        /** What the sale's commit does for the payment: the sale event and the intent's link, in one transaction. */
        private void commitSale(PaymentIntent paid) {
            Clock clock = Clock.systemUTC();
            UUID completed = Ids.uuidV7(clock);
            String receipt = "0001-" + index + "-" + completed.toString().substring(0, 8);
            terminal.store().inTransactionRun(tx -> {
                Outbox.append(tx, Ids.uuidV7(clock), "sale.completed", JsonWriter.object().put("id", completed)
                        .put("receiptNo", receipt).put("totalFen", paid.amount().fen()).put("soldAt", clock.instant()).toString(),
                        clock.instant());
                PaymentJournal.attachSale(tx, paid.id(), completed, receipt);
            });
        }
    }

}
