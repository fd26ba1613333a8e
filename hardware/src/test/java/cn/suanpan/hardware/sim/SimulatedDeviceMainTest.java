package cn.suanpan.hardware.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.scale.ScaleReading;
import cn.suanpan.hardware.scale.ScaleSettings;
import cn.suanpan.hardware.scale.SerialScale;
import cn.suanpan.hardware.scanner.ScannerSettings;
import cn.suanpan.hardware.scanner.SerialBarcodeScanner;
import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.testing.Await;
import cn.suanpan.hardware.testing.Links;
import cn.suanpan.hardware.testing.Recorder;
import cn.suanpan.hardware.testing.SocatPair;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone simulated devices, run as their own program on the far end of a pty pair. */
class SimulatedDeviceMainTest {

    @TempDir
    Path dir;

    @Test
    void simulatedScaleProgramIsWeighedByTheRealDriver() throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "prog-scale");
                SerialScale scale = new SerialScale(Links.link(cable.deviceEnd()), ScaleSettings.continuous())) {
            Process device = launch("scale", cable.farEnd(), "--protocol", "continuous");
            try (OutputStream stdin = device.getOutputStream()) {
                Await.until(() -> scale.status() == ConnectionStatus.CONNECTED, "scale connected");
                type(stdin, "0.736");
                ScaleReading.Weighed w = scale.readStableWeight(Duration.ofSeconds(10)).get(15, TimeUnit.SECONDS);
                // the empty scale may settle first: ask until the goods show
                for (int i = 0; i < 5 && w.grams() == 0; i++) {
                    w = scale.readStableWeight(Duration.ofSeconds(10)).get(15, TimeUnit.SECONDS);
                }
                assertThat(w.grams()).isEqualTo(736);
            } finally {
                stop(device);
            }
        }
    }

    @Test
    void simulatedScannerProgramScansWhatIsTyped() throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "prog-scan");
                SerialBarcodeScanner scanner = new SerialBarcodeScanner(Links.link(cable.deviceEnd()),
                        ScannerSettings.DEFAULT.withSuffix(ScannerSettings.Suffix.CRLF))) {
            Recorder<String> codes = new Recorder<>();
            scanner.addScanListener(codes);
            Process device = launch("scanner", cable.farEnd(), "--suffix", "CRLF");
            try (OutputStream stdin = device.getOutputStream()) {
                Await.until(() -> scanner.status() == ConnectionStatus.CONNECTED, "scanner connected");
                // the program may still be opening its port: type until the code comes through
                Await.until(() -> {
                    type(stdin, "6901234567892");
                    return !codes.items().isEmpty();
                }, "code from the simulated scanner");
                assertThat(codes.items()).allMatch("6901234567892"::equals);
            } finally {
                stop(device);
            }
        }
    }

    private Process launch(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), SimulatedDeviceMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(args[0] + "-program.log").toFile())
                .start();
    }

    private static void type(OutputStream stdin, String line) {
        try {
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            Thread.sleep(100);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void stop(Process p) throws InterruptedException {
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
