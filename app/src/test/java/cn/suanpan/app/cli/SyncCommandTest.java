package cn.suanpan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.CloudService;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.store.CloudStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suanpan sync ...}: what a terminal that is not enrolled, or offline, is told, and what enrolling tells it. */
class SyncCommandTest {

    @TempDir
    Path data;

    private CliRun run(String lang, String... args) {
        return CliRun.in(data, lang, args);
    }

    @Test
    void statusOfATerminalNotEnrolledSaysHowToEnrolAndCountsWhatWaits() {
        CliRun r = run("en", "sync", "status");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("not enrolled with a cloud yet").contains("sync enrol CODE --cloud")
                .contains("Offline").contains("Waiting to be sent: 0 events").contains("Stream catalog is at change 0");
    }

    @Test
    void pushWithoutEnrolmentIsRefusedInChinese() {
        CliRun r = run("zh_CN", "sync", "push");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("本机尚未登记到云端");
    }

    @Test
    void enrolmentPrintsTheTerminalCodeTheReceiptsNowCarry(@TempDir Path cloudDir, @TempDir Path second) {
        CloudService cloud = CloudService.start(
                new CloudConfig("127.0.0.1", 0, cloudDir, CloudStore.Connection.embedded(cloudDir), "admin", false),
                Clock.systemUTC(), UnaryOperator.identity(), (store, clock) -> List.of());
        try (cloud) {
            Shops.Shop shop = cloud.shops().create("S1", "测试店", "Test shop", ZoneId.of("Asia/Shanghai"));
            String url = "http://127.0.0.1:" + cloud.port();

            CliRun first = run("en", "sync", "enrol", cloud.enrolments().newCode(shop.id(), Duration.ofHours(1)).code(), "--cloud", url);
            assertThat(first.code()).isEqualTo(0);
            assertThat(first.out()).contains("Enrolled with shop 测试店").contains("Terminal code on its receipts: 01.");

            // every new terminal calls itself 01: the second one enrolled takes the cloud's 02
            CliRun next = CliRun.in(second, "zh_CN", "sync", "enrol",
                    cloud.enrolments().newCode(shop.id(), Duration.ofHours(1)).code(), "--cloud", url);
            assertThat(next.code()).isEqualTo(0);
            assertThat(next.out()).contains("已登记到店铺 测试店").contains("本机小票上的终端代码：02。");
        }
    }

    @Test
    void enrolmentWithTheCloudOfflineSaysNothingWasLost() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        CliRun r = run("en", "sync", "enrol", "ABCDEFGHJK", "--cloud", "http://127.0.0.1:" + port);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("The cloud cannot be reached; nothing was lost");
        assertThat(run("en", "sync", "status").out()).contains("not enrolled");
    }
}
