package cn.suanpan.app.sync;

import static cn.suanpan.cloud.store.schema.Tables.SALE;
import static cn.suanpan.cloud.store.schema.Tables.TERMINAL_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.cloud.CloudMain;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.store.LocalStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cloud and two terminals as separate processes on loopback: the terminals sell
 * through the command line and push after every sale; the cloud is killed (SIGKILL, no
 * shutdown of any kind) in the middle of the burst and started again on its files; then
 * everything drains. The cloud's sales must be exactly the union of the terminals' sales,
 * each once, and both outboxes empty.
 */
class CloudKilledDuringBurstTest {

    private static final String TOKEN = "burst-admin-token";
    private static final int SALES = 12;

    @TempDir
    Path tmp;

    private final List<Process> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void theCloudsSalesAreTheUnionOfTheTerminalsSalesEachOnce() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        Path cloudDir = tmp.resolve("cloud");
        Process cloud = startCloud(cloudDir, port);
        awaitHealthy(url, cloud);

        List<Terminal> terminals = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            String code = enrolmentCode(url);
            Path dir = tmp.resolve("terminal-" + name);
            terminals.add(new Terminal(name, dir, start(BurstTerminal.class, tmp.resolve(name + ".log"),
                    dir.toString(), url, code, Integer.toString(SALES))));
        }
        for (Terminal t : terminals) {
            t.await("READY", Duration.ofMinutes(3));
        }
        for (Terminal t : terminals) {
            t.await("SALE 3", Duration.ofMinutes(2));
        }

        cloud.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9, mid-burst

        for (Terminal t : terminals) {
            t.await("SALE 6", Duration.ofMinutes(2)); // selling on while the cloud is gone
        }
        cloud = startCloud(cloudDir, port);
        awaitHealthy(url, cloud);

        for (Terminal t : terminals) {
            assertThat(t.process().waitFor(3, TimeUnit.MINUTES)).as(t.name() + " drained in time").isTrue();
            assertThat(t.lines()).as(t.name() + "'s run").contains("DRAINED");
            assertThat(t.process().exitValue()).isZero();
            assertThat(java.nio.file.Files.readString(tmp.resolve(t.name() + ".log")))
                    .as(t.name() + " sold on while the cloud was gone").contains("The cloud cannot be reached");
        }
        cloud.destroy(); // a clean stop, so its files can be opened here
        assertThat(cloud.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // by sale id: two demo terminals both number their receipts 0001-01-...
        List<java.util.UUID> sold = new ArrayList<>();
        for (Terminal t : terminals) {
            try (LocalStore store = LocalStore.open(t.dir().resolve("db"))) {
                var sale = cn.suanpan.core.store.schema.Tables.SALE;
                sold.addAll(store.dsl().select(sale.ID).from(sale).where(sale.TRAINING.isFalse()).fetch(sale.ID));
                assertThat(Outbox.pending(store.dsl())).as(t.name() + "'s outbox").isZero();
            }
        }
        try (CloudStore store = CloudStore.open(CloudStore.Connection.embedded(cloudDir))) {
            List<java.util.UUID> booked = store.dsl().select(SALE.ID).from(SALE).where(SALE.KIND.eq("SALE")).fetch(SALE.ID);
            assertThat(sold).hasSize(2 * SALES).doesNotHaveDuplicates();
            assertThat(booked).as("each sale once, none lost").containsExactlyInAnyOrderElementsOf(sold);
            assertThat(store.dsl().fetchCount(TERMINAL_EVENT, TERMINAL_EVENT.EVENT_TYPE.eq("sale.completed")
                    .and(TERMINAL_EVENT.STATUS.eq("PARKED")))).isZero();
        }
    }

    private record Terminal(String name, Path dir, Watched watched) {
        Process process() {
            return watched.process();
        }

        List<String> lines() {
            return watched.lines();
        }

        void await(String line, Duration max) throws InterruptedException {
            watched.await(line, max, name);
        }
    }

    /** A child process whose standard output is collected line by line. */
    private record Watched(Process process, List<String> lines) {
        void await(String line, Duration max, String name) throws InterruptedException {
            long deadline = System.nanoTime() + max.toNanos();
            while (!lines.contains(line)) {
                if (!process.isAlive() && !lines.contains(line)) {
                    throw new AssertionError(name + " ended (" + process.exitValue() + ") before " + line + ": " + lines);
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(name + " did not get to " + line + " in " + max + ": " + lines);
                }
                Thread.sleep(100);
            }
        }
    }

    private Process startCloud(Path dir, int port) throws IOException {
        return start(CloudMain.class, tmp.resolve("cloud-" + started.size() + ".log"),
                "--data-dir", dir.toString(), "--port", Integer.toString(port), "--admin-token", TOKEN).process();
    }

    private Watched start(Class<?> main, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        started.add(p);
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = in.readLine()) != null; ) {
                    lines.add(l.strip());
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        return new Watched(p, lines);
    }

    private void awaitHealthy(String url, Process cloud) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (!cloud.isAlive()) {
                throw new AssertionError("the cloud ended with " + cloud.exitValue());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the cloud did not answer at " + url);
    }

    private String enrolmentCode(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/admin/v1/shops/0001/enrolment-codes"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Matcher m = Pattern.compile("\"code\":\"([A-Z0-9]+)\"").matcher(r.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
