package cn.suanpan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suanpan sync ...} without a cloud: what a terminal that is not enrolled, or offline, is told. */
class SyncCommandTest {

    @TempDir
    Path data;

    record Run(int code, String out, String err) {
    }

    private Run run(String lang, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] full = new String[args.length + 4];
            full[0] = "--data-dir";
            full[1] = data.toString();
            full[2] = "--lang";
            full[3] = lang;
            System.arraycopy(args, 0, full, 4, args.length);
            int code = SuanpanCommand.run(full);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void statusOfATerminalNotEnrolledSaysHowToEnrolAndCountsWhatWaits() {
        Run r = run("en", "sync", "status");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("not enrolled with a cloud yet").contains("sync enrol CODE --cloud")
                .contains("Offline").contains("Waiting to be sent: 0 events").contains("Stream catalog is at change 0");
    }

    @Test
    void pushWithoutEnrolmentIsRefusedInChinese() {
        Run r = run("zh_CN", "sync", "push");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("本机尚未登记到云端");
    }

    @Test
    void enrolmentWithTheCloudOfflineSaysNothingWasLost() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        Run r = run("en", "sync", "enrol", "ABCDEFGHJK", "--cloud", "http://127.0.0.1:" + port);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("The cloud cannot be reached; nothing was lost");
        assertThat(run("en", "sync", "status").out()).contains("not enrolled");
    }
}
