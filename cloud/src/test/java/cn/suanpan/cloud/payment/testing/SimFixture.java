package cn.suanpan.cloud.payment.testing;

import cn.suanpan.cloud.payment.wire.NoAnswer;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.PaySim;
import cn.suanpan.paysim.state.FaultPlan;
import cn.suanpan.paysim.state.SimState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The wallet simulator on loopback, sharing a fake clock with the gateway under test. The
 * merchant kit (keys, certificates) is made once per test run in a temporary directory and
 * removed at exit.
 */
public final class SimFixture implements AutoCloseable {

    /** How long the simulator holds back a slow answer; the gateways' read timeout in tests is shorter. */
    public static final Duration LATE = Duration.ofMillis(8000);
    /** Generous: the first TLS handshake of a test run is slow on a busy machine. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    public static final Duration READ_TIMEOUT = Duration.ofMillis(5000);

    private static MerchantKit kit;
    private static final AtomicLong codes = new AtomicLong(System.nanoTime() % 1_000_000L * 1_000_000L);

    public final FakeTime time;
    public final PaySim sim;

    public SimFixture() {
        this(Instant.parse("2026-11-25T02:00:00Z"));
    }

    public SimFixture(Instant start) {
        this(start, FaultPlan.manual());
    }

    public SimFixture(Instant start, FaultPlan faults) {
        this.time = new FakeTime(start);
        this.sim = PaySim.start(PaySim.Config.of(kit(), SimState.inMemory(time), faults, time).withLateDelay(LATE));
        warmUp(sim);
    }

    private static boolean warm;

    /**
     * One TLS round trip with long timeouts before the first test, so that class loading and
     * compilation on a busy machine are not mistaken for a wallet that does not answer.
     */
    public static synchronized void warmUp(PaySim sim) {
        if (warm) {
            return;
        }
        MerchantKit k = sim.kit();
        try {
            new ProviderHttp(ProviderHttp.tls(k.merchantKeystore(), k.wechatMchId().toCharArray(), k.serverCertificate()),
                    Duration.ofSeconds(60), Duration.ofSeconds(60))
                    .post(sim.wechatBaseUrl() + "/pay/orderquery", "text/xml", "<xml></xml>");
            new ProviderHttp(ProviderHttp.tls(null, null, k.serverCertificate()), Duration.ofSeconds(60), Duration.ofSeconds(60))
                    .post(sim.alipayGatewayUrl(), "application/x-www-form-urlencoded", "method=x");
        } catch (NoAnswer e) {
            throw new IllegalStateException("the simulator does not answer", e);
        }
        warm = true;
    }

    public static synchronized MerchantKit kit() {
        if (kit == null) {
            try {
                Path dir = Files.createTempDirectory("paysim-kit");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                kit = MerchantKit.loadOrCreate(dir);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return kit;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it in the end
        }
    }

    /** A fresh WeChat payment code: 18 digits starting 10–15. */
    public static String wechatCode() {
        return "13" + String.format("%016d", codes.incrementAndGet());
    }

    /** A fresh Alipay payment code: 18 digits starting 25–30. */
    public static String alipayCode() {
        return "28" + String.format("%016d", codes.incrementAndGet());
    }

    /** A fresh UnionPay (云闪付) payment code: 19 digits starting 62. */
    public static String unionpayCode() {
        return "62" + String.format("%017d", codes.incrementAndGet());
    }

    /** A fresh e-CNY (数字人民币) payment code: 19 digits starting 01. */
    public static String ecnyCode() {
        return "01" + String.format("%017d", codes.incrementAndGet());
    }

    @Override
    public void close() throws Exception {
        sim.close();
    }
}
