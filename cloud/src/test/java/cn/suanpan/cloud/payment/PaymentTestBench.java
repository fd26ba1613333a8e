package cn.suanpan.cloud.payment;

import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.testing.TestCloud;
import cn.suanpan.cloud.testing.TestTerminal;
import cn.suanpan.core.payment.PaymentJournal;
import cn.suanpan.core.payment.PaymentRouting;
import cn.suanpan.sync.payment.CodePayments;
import cn.suanpan.sync.payment.PaymentClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;

/** A cloud with its wallets and an enrolled terminal whose code payments go to it. */
final class PaymentTestBench implements AutoCloseable {

    private static final Random RANDOM = new Random();

    final TestCloud cloud;
    final Shops.Shop shop;
    final TestTerminal terminal;
    final UUID terminalId;
    private boolean cloudClosed;

    PaymentTestBench(Path dir, GatewaySetup wallets) {
        cloud = TestCloud.withWallets(dir.resolve("cloud"), wallets);
        shop = cloud.newShop("S1", 1);
        terminal = new TestTerminal(dir.resolve("terminal"), 1);
        terminalId = terminal.client().enrol(cloud.url(), cloud.enrolmentCode(shop.id()), "counter 1").terminalId();
    }

    /** A code payment service on the terminal, as a (re)started terminal makes it. */
    CodePayments payments() {
        Clock clock = Clock.systemUTC();
        return new CodePayments(terminal.store(), new PaymentJournal(terminal.store(), clock), client(), PaymentRouting.bundled(),
                clock, d -> Thread.sleep(Math.min(d.toMillis(), 50))).pollSeconds(2).giveUpAfter(Duration.ofSeconds(3));
    }

    PaymentClient client() {
        return PaymentClient.standard(terminal.store(), Clock.systemUTC());
    }

    PaymentService service() {
        return cloud.service().payments();
    }

    void stopCloud() {
        cloudClosed = true;
        cloud.close();
    }

    static String wechatCode() {
        return "13" + digits(16);
    }

    static String alipayCode() {
        return "28" + digits(16);
    }

    static String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(RANDOM.nextInt(10));
        }
        return b.toString();
    }

    @Override
    public void close() {
        terminal.close();
        if (!cloudClosed) {
            cloud.close();
        }
    }
}
