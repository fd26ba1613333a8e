package cn.suanpan.paysim;

import cn.suanpan.paysim.state.FaultPlan;
import cn.suanpan.paysim.state.SimState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs the wallets' simulator as its own process:
 * {@code java -jar paysim/target/suanpan-paysim-0.1.0.jar --port 8701 --tls-port 8702 --state-dir /tmp/paysim --seed 42}.
 * The merchant kit (keys and certificates the cloud needs to talk to it) is made in the
 * state directory on first start. With {@code --seed}, a share of the payment codes get a
 * fault ({@code --fault-rate}, default 0.3) and a share of all answers are lost
 * ({@code --loss-rate}, default 0.02); without it, only the scenarios set through
 * {@code POST /sim/scenario} apply.
 */
public final class PaySimMain {

    private PaySimMain() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "cn/suanpan/paysim/paysim-logback.xml");
        }
        int port = 8701;
        int tlsPort = 8702;
        Path stateDir = Path.of("paysim-state");
        Long seed = null;
        double faultRate = 0.3;
        double lossRate = 0.02;
        long lateMillis = 3000;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value);
                case "--tls-port" -> tlsPort = Integer.parseInt(value);
                case "--state-dir" -> stateDir = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--fault-rate" -> faultRate = Double.parseDouble(value);
                case "--loss-rate" -> lossRate = Double.parseDouble(value);
                case "--late-ms" -> lateMillis = Long.parseLong(value);
                case "--help" -> {
                    System.out.println("paysim [--port 8701] [--tls-port 8702] [--state-dir DIR] [--seed N]"
                            + " [--fault-rate 0.3] [--loss-rate 0.02] [--late-ms 3000]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (try --help)");
            }
            i++;
        }
        MerchantKit kit = MerchantKit.loadOrCreate(stateDir.resolve("kit"));
        FaultPlan faults = seed == null ? FaultPlan.manual() : FaultPlan.seeded(seed, faultRate, lossRate);
        Clock clock = Clock.systemUTC();
        PaySim sim = PaySim.start(PaySim.Config.of(kit, SimState.open(stateDir, clock), faults, clock)
                .withPorts(port, tlsPort).withLateDelay(Duration.ofMillis(lateMillis)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                sim.close();
            } catch (Exception ignored) {
                // the journal is flushed line by line; nothing is lost by a rough stop
            }
        }));
        kit.writeCloudFiles(sim.wechatBaseUrl(), sim.alipayGatewayUrl(), sim.unionpayBaseUrl());
        System.out.println("paysim: WeChat Pay " + sim.wechatBaseUrl() + ", Alipay " + sim.alipayGatewayUrl()
                + ", UnionPay and e-CNY " + sim.unionpayBaseUrl()
                + ", merchant kit in " + kit.dir().toAbsolutePath() + " (cloud: --wechat-config "
                + kit.dir().resolve(MerchantKit.CLOUD_WECHAT).toAbsolutePath() + " --alipay-config "
                + kit.dir().resolve(MerchantKit.CLOUD_ALIPAY).toAbsolutePath() + " --unionpay-config "
                + kit.dir().resolve(MerchantKit.CLOUD_UNIONPAY).toAbsolutePath() + " --ecny-config "
                + kit.dir().resolve(MerchantKit.CLOUD_ECNY).toAbsolutePath() + ")");
    }
}
