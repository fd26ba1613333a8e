package cn.suanpan.hardware.serial;

import static cn.suanpan.hardware.serial.ConnectionStatus.CONNECTED;
import static cn.suanpan.hardware.serial.ConnectionStatus.DISCONNECTED;
import static cn.suanpan.hardware.serial.ConnectionStatus.RECONNECTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.suanpan.hardware.testing.Await;
import cn.suanpan.hardware.testing.ByteRecorder;
import cn.suanpan.hardware.testing.Links;
import cn.suanpan.hardware.testing.Recorder;
import cn.suanpan.hardware.testing.SocatPair;
import com.fazecast.jSerialComm.SerialPort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link over real ptys: socat plays the cable, killing it plays pulling the plug. */
class SerialLinkTest {

    @TempDir
    Path dir;

    @Test
    void typedInPathThatThePortListDoesNotShowCarriesBytesBothWays() throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "both");
                SerialLink pos = Links.link(cable.deviceEnd());
                SerialLink device = Links.link(cable.farEnd())) {
            assertThat(Arrays.stream(SerialPort.getCommPorts()).map(SerialPort::getSystemPortPath))
                    .doesNotContain(cable.deviceEnd());
            ByteRecorder atPos = new ByteRecorder();
            ByteRecorder atDevice = new ByteRecorder();
            pos.addDataListener(atPos);
            device.addDataListener(atDevice);
            pos.start();
            device.start();
            Links.awaitConnected(pos);
            Links.awaitConnected(device);

            WriteResult sent = pos.write("hello device".getBytes(StandardCharsets.US_ASCII));
            assertThat(sent.status()).isEqualTo(WriteResult.Status.QUEUED);
            sent.completion().get();
            device.write("hello pos\r\n".getBytes(StandardCharsets.US_ASCII));

            atDevice.awaitText("hello device");
            atPos.awaitText("hello pos\r\n");
        }
    }

    @Test
    void unplugIsReportedOnceAndTheLinkComesBackByItselfWhenThePathReturns() throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "plug");
                SerialLink pos = Links.link(cable.deviceEnd());
                SerialLink device = Links.link(cable.farEnd())) {
            Recorder<ConnectionStatus> statuses = new Recorder<>();
            ByteRecorder atDevice = new ByteRecorder();
            pos.addStatusListener(statuses);
            device.addDataListener(atDevice);
            pos.start();
            device.start();
            Links.awaitConnected(pos);
            Links.awaitConnected(device);

            cable.unplug();
            statuses.awaitAny(s -> s == RECONNECTING, "reconnecting after the unplug");
            assertThat(pos.write(new byte[] {1}).status()).isEqualTo(WriteResult.Status.NOT_CONNECTED);

            cable.plugIn();
            Links.awaitConnected(pos);
            Links.awaitConnected(device);
            // jSerialComm fired its disconnect event many times; the listener heard of it once
            assertThat(statuses.items()).containsExactly(CONNECTED, DISCONNECTED, RECONNECTING, CONNECTED);

            pos.write("after replug".getBytes(StandardCharsets.US_ASCII));
            atDevice.awaitText("after replug");
        }
    }

    @Test
    void portMissingAtStartIsWaitedFor() throws Exception {
        String path = dir.resolve("late-pos").toString();
        try (SerialLink pos = Links.link(path)) {
            Recorder<ConnectionStatus> statuses = new Recorder<>();
            pos.addStatusListener(statuses);
            pos.start();
            statuses.awaitAny(s -> s == RECONNECTING, "reconnecting while the port is missing");
            WriteResult refused = pos.write(new byte[] {1});
            assertThat(refused.status()).isEqualTo(WriteResult.Status.NOT_CONNECTED);
            assertThat(refused.completion()).isCompletedExceptionally();

            try (SocatPair cable = SocatPair.start(dir, "late")) {
                assertThat(cable.deviceEnd()).isEqualTo(path);
                Links.awaitConnected(pos);
            }
        }
    }

    @Test
    void farEndThatStopsReadingGetsWritesRefusedInsteadOfBlockingTheCaller() throws Exception {
        LinkOptions options = Links.FAST.withWriteQueueCapacity(4).withWriteTimeout(Duration.ofSeconds(1));
        try (SocatPair cable = SocatPair.start(dir, "stall");
                SerialLink pos = Links.link(cable.deviceEnd(), options)) {
            pos.start();
            Links.awaitConnected(pos);
            // nobody opens the far end: the pty and socat buffers fill, then the native write blocks
            byte[] chunk = new byte[1024];
            List<WriteResult> results = new ArrayList<>();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                // a full queue right after a burst only means the writer is behind; the far end has
                // stopped when the queue stays full while the writer had time to drain it
                int fullInARow = 0;
                for (int i = 0; i < 10_000 && fullInARow < 3; i++) {
                    WriteResult r = pos.write(chunk);
                    results.add(r);
                    if (r.status() == WriteResult.Status.QUEUE_FULL) {
                        fullInARow++;
                        Thread.sleep(100);
                    } else {
                        fullInARow = 0;
                    }
                }
            }, "a write blocked the caller");

            WriteResult last = results.getLast();
            assertThat(last.status()).isEqualTo(WriteResult.Status.QUEUE_FULL);
            assertThat(last.completion()).isCompletedExceptionally();
            assertThat(pos.status()).isEqualTo(CONNECTED);
            assertThat(pos.pendingWrites()).isEqualTo(4);
            DeviceException refusal = failure(last.completion());
            assertThat(refusal.userMessage().key()).isEqualTo("device.error.queueFull");

            // the queued writes are not handed over in time and say so
            CompletableFuture<Void> queued = results.stream().filter(WriteResult::accepted).toList().getLast().completion();
            Await.until(queued::isDone, "queued write to time out");
            assertThat(failure(queued).userMessage().key()).isEqualTo("device.error.writeTimeout");

            // once the device reads again, writes go through again
            try (SerialLink device = Links.link(cable.farEnd())) {
                ByteRecorder atDevice = new ByteRecorder();
                device.addDataListener(atDevice);
                device.start();
                Await.until(() -> pos.pendingWrites() == 0, "queue drained");
                WriteResult again = pos.write("resumed".getBytes(StandardCharsets.US_ASCII));
                assertThat(again.status()).isEqualTo(WriteResult.Status.QUEUED);
                again.completion().get();
                atDevice.awaitText("resumed");
            }
        }
    }

    @Test
    void closingWhileTheFarEndDoesNotReadNeitherHangsNorLosesTrackOfWaitingWrites() throws Exception {
        LinkOptions options = Links.FAST.withWriteQueueCapacity(2).withWriteTimeout(Duration.ofSeconds(30));
        try (SocatPair cable = SocatPair.start(dir, "stuck")) {
            SerialLink pos = Links.link(cable.deviceEnd(), options);
            pos.start();
            Links.awaitConnected(pos);
            byte[] chunk = new byte[4096];
            List<WriteResult> accepted = new ArrayList<>();
            // fill the buffers until the writer is stuck and the queue stays full
            Await.until(() -> {
                WriteResult r = pos.write(chunk);
                if (r.accepted()) {
                    accepted.add(r);
                }
                return r.status() == WriteResult.Status.QUEUE_FULL && pos.pendingWrites() == 2 && sleep(200)
                        && pos.write(chunk).status() == WriteResult.Status.QUEUE_FULL;
            }, "writer stuck with a full queue");

            assertTimeoutPreemptively(Duration.ofSeconds(20), pos::close, "close hung on a stuck write");
            assertThat(pos.status()).isEqualTo(DISCONNECTED);
            // the writes still waiting in the queue are told they will never go out
            List<CompletableFuture<Void>> waiting = accepted.subList(accepted.size() - 2, accepted.size()).stream()
                    .map(WriteResult::completion).toList();
            for (CompletableFuture<Void> w : waiting) {
                Await.until(w::isDone, "waiting write failed");
                assertThat(failure(w).userMessage().key()).isEqualTo("device.error.closed");
            }
        }
    }

    private static boolean sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    @Test
    void closedLinkRefusesWritesAndReportsDisconnected() throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "close")) {
            SerialLink pos = Links.link(cable.deviceEnd());
            Recorder<ConnectionStatus> statuses = new Recorder<>();
            pos.addStatusListener(statuses);
            pos.start();
            Links.awaitConnected(pos);
            pos.close();
            statuses.awaitAny(s -> s == DISCONNECTED, "disconnected after close");
            assertThat(pos.write(new byte[] {1}).status()).isEqualTo(WriteResult.Status.CLOSED);
            assertThat(statuses.items()).containsExactly(CONNECTED, DISCONNECTED);
        }
    }

    private static DeviceException failure(CompletableFuture<?> f) {
        try {
            f.join();
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(DeviceException.class);
            return (DeviceException) e.getCause();
        }
        throw new AssertionError("did not fail");
    }
}
