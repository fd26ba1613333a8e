package cn.suanpan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suanpan sync ...} without a cloud: what a terminal that is not enrolled, or offline, is told. */
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
