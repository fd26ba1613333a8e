package cn.suanpan.cloud.payment;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.CloudService;
import cn.suanpan.cloud.miniprogram.LocalWeChatLogin;
import cn.suanpan.cloud.orders.Notifier;
import cn.suanpan.cloud.payment.testing.SimFixture;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.testing.TestTerminal;
import cn.suanpan.core.payment.PaymentJournal;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.PaySim;
import cn.suanpan.paysim.state.FaultPlan;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.paysim.state.SimState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The terminal killed for real: {@link PayingTerminal} runs as a process of its own on an
 * enrolled store and is killed with {@code destroyForcibly()} (SIGKILL) at moments drawn
 * from one seed — while it starts and resolves what the last run left, while the customer
 * confirms on the phone, between "paid" and the sale's commit, at a random moment of a
 * payment — and started again on the same store, where {@link
 * cn.suanpan.sync.payment.CodePayments#recoverAtStartup()} runs first. After a failed
 * payment the cashier may take a new code for the same checkout. Codes are WeChat Pay and Alipay (the
 * wallet simulator, some with quick faults) and the shop's member codes; a third of the
 * runs have {@code FaultyNetwork} between terminal and cloud. After a last clean run the
 * books are checked as in {@link PaymentChaosTest} ({@link PaymentBooks}).
 *
 * <p>{@code -Dchaos.killPayments=N} (default 10: about eight kills; each start of the
 * terminal is a new JVM), {@code -Dchaos.seed=S}.
 */
class TerminalKillTest {

    private static final int PAYMENTS = Integer.getInteger("chaos.killPayments", 10);
    private static final long SEED = Long.getLong("chaos.seed", 20261125L);
    /** How long a paid payment waits before its sale is committed: the window a kill between the two hits. */
    private static final long BEFORE_SALE_MS = 300;
    private static final Scenario.Kind[] QUICK = {Scenario.Kind.SYSTEM_ERROR_PAID, Scenario.Kind.SYSTEM_ERROR_UNPAID,
        Scenario.Kind.BANK_ERROR, Scenario.Kind.LOST_RESPONSE, Scenario.Kind.RECALL, Scenario.Kind.INSUFFICIENT_BALANCE};

    /** Where a kill is aimed. */
    private enum Moment { NONE, WHILE_CONFIRMING, BETWEEN_PAID_AND_SALE, ANY }

    @TempDir
    Path dir;

    private final Map<String, Integer> tally = new TreeMap<>();
    private int kills;
    private final SplittableRandom random = new SplittableRandom(SEED ^ 0x7E12_41L);
    private int launches;
    private int networkRuns;
    private long startingNanos;
    private int readyStarts;

    @Test
    void aTerminalKilledAtAnyStepOfAPaymentLeavesNoDoubleOrOrphanCharge() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        root.setLevel(Level.ERROR);
        long began = System.nanoTime();
        MerchantKit kit = SimFixture.kit();
        Clock real = Clock.systemUTC();
        FaultPlan plan = FaultPlan.seeded(SEED, 0, 0.03);
        try (PaySim sim = PaySim.start(PaySim.Config.of(kit, SimState.inMemory(real), plan, real).withLateDelay(Duration.ofMillis(1500)))) {
            SimFixture.warmUp(sim);
            kit.writeCloudFiles(sim.wechatBaseUrl(), sim.alipayGatewayUrl());
            Path cloudDir = dir.resolve("cloud");
            CloudConfig config = new CloudConfig("127.0.0.1", 0, cloudDir, CloudStore.Connection.embedded(cloudDir), "kill-admin", false);
            try (CloudService cloud = CloudService.start(config, real, UnaryOperator.identity(), Notifier.LOG, new LocalWeChatLogin(),
                    ProviderFiles.setup(kit.dir().resolve(MerchantKit.CLOUD_WECHAT), kit.dir().resolve(MerchantKit.CLOUD_ALIPAY)))) {
                String url = "http://127.0.0.1:" + cloud.port();
                UUID shop = cloud.shops().create("S3", "测试店", "Test shop", ZoneId.of("Asia/Shanghai")).id();
                MemberWallets members = MemberWallets.signUp(cloud.store(), shop, "S3", "kill-admin", () -> url, 16, SEED);
                Path store = dir.resolve("terminal");
                try (TestTerminal terminal = new TestTerminal(store, SEED)) {
                    terminal.client().enrol(url, cloud.enrolments().newCode(shop, Duration.ofHours(1)).code(), "counter 9");
                }

                payWithKills(store, plan, members);
                long faultsEnd = System.nanoTime();
                // clean runs until the terminal has nothing left to resolve
                boolean settled = false;
                for (int attempt = 0; attempt < 5 && !settled; attempt++) {
                    try (TerminalRun run = launch(store, false)) {
                        run.awaitReady();
                        run.finish();
                    }
                    try (LocalStore local = LocalStore.open(store)) {
                        settled = !PaymentBooks.unsettled(new PaymentJournal(local, real));
                    }
                }
                PaymentChaosTest.waitForCloud(() -> cloud.store().dsl());
                try (LocalStore local = LocalStore.open(store)) {
                    PaymentBooks.Books books = PaymentBooks.check(List.of(new PaymentBooks.Till(9, new PaymentJournal(local, real), local)),
                            cloud.store().dsl(), sim, members, PAYMENTS / 2);
                    System.out.println("payment chaos, terminal process killed: " + books + "; " + kills + " kills: " + tally + "; "
                            + launches + " starts (" + String.format("%.1f", startingNanos / 1e9 / Math.max(1, readyStarts))
                            + " s each to ready), " + networkRuns + " of them over the faulty network; run "
                            + TimeUnit.NANOSECONDS.toSeconds(faultsEnd - began) + " s, settle "
                            + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - faultsEnd) + " s, seed " + SEED);
                    assertThat(tally.keySet()).as("kills at every step").contains("killed while the customer confirms",
                            "killed between paid and the sale").anyMatch(k -> k.startsWith("killed while starting")
                            || k.startsWith("killed just after starting"));
                }
            }
        } finally {
            root.setLevel(level);
        }
    }

    /** The payments, with the terminal killed and started again at the drawn moments. */
    private void payWithKills(Path store, FaultPlan plan, MemberWallets members) throws Exception {
        TerminalRun run = start(store);
        UUID carried = null;
        long carriedFen = 0;
        // of every ten payments, two killed while the customer confirms, two between paid and sale, one at any
        // moment, the rest left to end; in an order drawn from the seed
        List<Moment> moments = new java.util.ArrayList<>();
        for (int n = 0; n < PAYMENTS; n++) {
            int slot = n % 10;
            moments.add(slot < 2 ? Moment.WHILE_CONFIRMING : slot < 4 ? Moment.BETWEEN_PAID_AND_SALE : slot < 5 ? Moment.ANY : Moment.NONE);
        }
        for (int i = moments.size() - 1; i > 0; i--) {
            java.util.Collections.swap(moments, i, random.nextInt(i + 1));
        }
        try {
            Moment owed = null;
            for (Moment drawn : moments) {
                // a kill aimed at a moment the payment never reached (it failed first) is aimed again at the next free one
                Moment moment = drawn == Moment.NONE && owed != null ? owed : drawn;
                if (moment != drawn) {
                    owed = null;
                }
                UUID sale = carried != null ? carried : UUID.randomUUID();
                long fen = carried != null ? carriedFen : 1 + random.nextInt(50_000);
                carried = null;
                String code = code(moment, plan, members);
                run.send("pay " + sale + " " + code + " " + fen);
                String outcome = follow(run, moment);
                if (outcome != null && (moment == Moment.WHILE_CONFIRMING || moment == Moment.BETWEEN_PAID_AND_SALE)) {
                    owed = moment;
                }
                if (outcome == null) {
                    // killed: the payment dialog of the restarted terminal is a new checkout
                    run.close();
                    run = start(store);
                } else if (outcome.startsWith("notpaid") && random.nextInt(100) < 30) {
                    carried = sale;
                    carriedFen = fen;
                }
            }
        } finally {
            run.close();
        }
    }

    /** The code the customer shows; for a kill while confirming, one whose customer takes a few seconds. */
    private String code(Moment moment, FaultPlan plan, MemberWallets members) {
        if (moment != Moment.WHILE_CONFIRMING && random.nextInt(100) < 40) {
            Optional<MemberWallets.Issued> issued = members.issue(random);
            if (issued.isPresent()) {
                count("member codes");
                return issued.get().code();
            }
        }
        String code = random.nextBoolean() ? SimFixture.wechatCode() : SimFixture.alipayCode();
        if (moment == Moment.WHILE_CONFIRMING) {
            plan.set(code, Scenario.userPaying(Duration.ofMillis(1500 + random.nextInt(2500))));
        } else if (moment != Moment.BETWEEN_PAID_AND_SALE && random.nextInt(100) < 25) {
            plan.set(code, new Scenario(QUICK[random.nextInt(QUICK.length)], Duration.ofSeconds(2), 1 + random.nextInt(2)));
        }
        return code;
    }

    /**
     * Follows one payment to its end, killing the terminal at the drawn moment.
     *
     * @return the payment's outcome line, or null if the terminal was killed
     */
    private String follow(TerminalRun run, Moment moment) throws Exception {
        // a payment without faults takes a few hundred milliseconds: a random moment falls inside it, mostly
        long killAt = moment == Moment.ANY ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(random.nextInt(300)) : Long.MAX_VALUE;
        long delay = random.nextInt(2500);
        String outcome = null;
        String step = "scanned";
        for (String line = run.next(killAt); line == null || !line.equals("ready"); line = run.next(killAt)) {
            if (line == null) {
                run.kill();
                count("killed at a random moment, " + (step.equals("scanned") ? "before any answer" : "after '" + step + "'"));
                return null;
            }
            step = line.split(" ")[0];
            if (moment == Moment.WHILE_CONFIRMING && step.equals("waiting")) {
                Thread.sleep(delay); // the customer may confirm meanwhile, or not yet
                run.kill();
                count("killed while the customer confirms");
                return null;
            }
            if (moment == Moment.BETWEEN_PAID_AND_SALE && step.equals("paid")) {
                run.kill();
                count("killed between paid and the sale");
                return null;
            }
            if (List.of("sale", "notpaid", "unresolved", "refused").contains(step)) {
                outcome = line;
                count(step.equals("notpaid") || step.equals("unresolved") || step.equals("refused")
                        ? step + " " + line.substring(line.lastIndexOf(' ') + 1) : "paid with a sale");
            }
        }
        if (moment == Moment.ANY) {
            count("random moment after the payment had ended: not killed");
        }
        return outcome != null ? outcome : "ended";
    }

    /**
     * Starts the terminal; every third start is killed again while it resolves what the last
     * run left (or, if it was quick, just after).
     */
    private TerminalRun start(Path store) throws Exception {
        while (true) {
            TerminalRun run = launch(store, random.nextInt(3) == 0);
            if (launches % 3 == 0) {
                run.awaitStep("recovering");
                Thread.sleep(random.nextInt(250));
                run.kill();
                count(List.of("recovering", "recovered").contains(run.lastStep()) ? "killed while starting"
                        : "killed just after starting");
                continue;
            }
            run.awaitReady();
            startingNanos += System.nanoTime() - run.launched;
            readyStarts++;
            return run;
        }
    }

    private TerminalRun launch(Path store, boolean faultyNetwork) {
        launches++;
        if (faultyNetwork) {
            networkRuns++;
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(javaBin, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), PayingTerminal.class.getName(), store.toString(),
                Long.toString(BEFORE_SALE_MS)));
        if (faultyNetwork) {
            command.add(Long.toString(SEED * 7 + launches));
        }
        try {
            Path log = dir.resolve("terminal.log");
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new TerminalRun(p, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void count(String what) {
        tally.merge(what, 1, Integer::sum);
        if (what.startsWith("killed")) {
            kills++;
        }
    }

    /** One run of the terminal process: its steps as they come, its input, and the kill. */
    private static final class TerminalRun implements AutoCloseable {
        private static final String END = "<end>";
        private final Process process;
        private final Path log;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Writer in;
        private volatile String last = "";
        final long launched = System.nanoTime();

        TerminalRun(Process process, Path log) {
            this.process = process;
            this.log = log;
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread.ofVirtual().start(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("@ ")) {
                            last = line.substring(2);
                            lines.add(last);
                        } else {
                            Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                                    java.nio.file.StandardOpenOption.APPEND);
                        }
                    }
                } catch (IOException ignored) {
                    // the process was killed
                } finally {
                    lines.add(END);
                }
            });
        }

        /** The next step; fails if the terminal ended or said nothing for two minutes. */
        String next() throws InterruptedException {
            return next(Long.MAX_VALUE);
        }

        /** The next step, or null once {@code System.nanoTime()} passes {@code until} ({@code Long.MAX_VALUE}: no deadline). */
        String next(long until) throws InterruptedException {
            boolean deadline = until != Long.MAX_VALUE;
            long wait = deadline ? Math.max(0, until - System.nanoTime()) : TimeUnit.MINUTES.toNanos(2);
            String line = lines.poll(wait, TimeUnit.NANOSECONDS);
            if (line == null && deadline) {
                return null;
            }
            if (line == null || line.equals(END)) {
                throw new AssertionError("the terminal " + (line == null ? "said nothing for two minutes" : "ended") + " after '"
                        + last + "': " + tail());
            }
            return line;
        }

        void awaitStep(String step) throws InterruptedException {
            while (!next().startsWith(step)) {
                // earlier steps
            }
        }

        void awaitReady() throws InterruptedException {
            awaitStep("ready");
        }

        String lastStep() {
            return last.split(" ")[0];
        }

        void send(String line) throws IOException {
            in.write(line + "\n");
            in.flush();
        }

        /** SIGKILL: nothing of the terminal runs on, nothing is flushed or closed. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        /** Input ends; the terminal closes its store and exits. */
        void finish() throws Exception {
            in.close();
            awaitStep("closed");
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }

        private String tail() {
            try {
                List<String> all = Files.readAllLines(log);
                return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
            } catch (IOException e) {
                return "(no log)";
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
