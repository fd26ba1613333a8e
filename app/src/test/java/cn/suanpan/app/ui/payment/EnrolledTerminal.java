package cn.suanpan.app.ui.payment;

import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.CloudService;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.sync.client.SyncClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A cloud node on loopback with one shop, whose only wallet is the given WeChat stand-in, and a
 * test terminal enrolled in it: what the code payment tests stand on.
 */
record EnrolledTerminal(CloudService cloud, TestTerminal terminal) implements AutoCloseable {

    private static final Random RANDOM = new Random();

    /** The cloud keeps its own time ({@code cloudClock}, movable in tests); the terminal keeps the system's. */
    static EnrolledTerminal open(Path data, Path cloudDir, Clock cloudClock, ConfirmingWallet wechat) {
        CloudService cloud = CloudService.start(
                new CloudConfig("127.0.0.1", 0, cloudDir, CloudStore.Connection.embedded(cloudDir), "admin", false),
                cloudClock, UnaryOperator.identity(), (store, clock) -> List.of(wechat));
        Shops.Shop shop = cloud.shops().create("S1", "测试店", "Test shop", ZoneId.of("Asia/Shanghai"));
        TestTerminal terminal = TestTerminal.open(data);
        SyncClient.standard(terminal.context().store(), Clock.systemUTC())
                .enrol("http://127.0.0.1:" + cloud.port(), cloud.enrolments().newCode(shop.id(), Duration.ofHours(1)).code(), "counter 1");
        return new EnrolledTerminal(cloud, terminal);
    }

    /** A fresh WeChat payment code as a customer's phone shows it: 18 digits from 134. */
    static String wechatCode() {
        StringBuilder code = new StringBuilder("134");
        while (code.length() < 18) {
            code.append(RANDOM.nextInt(10));
        }
        return code.toString();
    }

    @Override
    public void close() {
        terminal.close();
        cloud.close();
    }
}
