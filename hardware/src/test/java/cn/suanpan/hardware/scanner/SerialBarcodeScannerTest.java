package cn.suanpan.hardware.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.scanner.ScannerSettings.Suffix;
import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.serial.SerialLink;
import cn.suanpan.hardware.sim.ScannerEndpoint;
import cn.suanpan.hardware.testing.Await;
import cn.suanpan.hardware.testing.Links;
import cn.suanpan.hardware.testing.Recorder;
import cn.suanpan.hardware.testing.SocatPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A scanner on a real pty, its far end played by the simulated scanner. */
class SerialBarcodeScannerTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Suffix.class)
    void codesArriveWithEachSuffix(Suffix suffix) throws Exception {
        ScannerSettings settings = ScannerSettings.DEFAULT.withSuffix(suffix).withFrameTimeout(Duration.ofMillis(150));
        try (SocatPair cable = SocatPair.start(dir, "scan");
                SerialBarcodeScanner scanner = new SerialBarcodeScanner(Links.link(cable.deviceEnd()), settings);
                ScannerEndpoint device = new ScannerEndpoint(Links.link(cable.farEnd()), suffix)) {
            Recorder<String> codes = new Recorder<>();
            scanner.addScanListener(codes);
            Links.awaitConnected(device.link());
            Await.until(() -> scanner.status() == ConnectionStatus.CONNECTED, "scanner connected");

            device.scan("6901234567892");
            codes.awaitSize(1);
            device.scan("HTTPS://U.WECHAT.COM/ABC?X=1");
            codes.awaitSize(2);
            assertThat(codes.items()).containsExactly("6901234567892", "HTTPS://U.WECHAT.COM/ABC?X=1");
        }
    }

    @Test
    void garbageAndStalePartialsAreDiscardedAndNeverDelivered() throws Exception {
        ScannerSettings settings = ScannerSettings.DEFAULT.withMaxLength(20).withFrameTimeout(Duration.ofMillis(300));
        try (SocatPair cable = SocatPair.start(dir, "junk");
                SerialBarcodeScanner scanner = new SerialBarcodeScanner(Links.link(cable.deviceEnd()), settings);
                SerialLink device = Links.started(cable.farEnd())) {
            Recorder<String> codes = new Recorder<>();
            Recorder<CodeAssembler.Discarded> discarded = new Recorder<>();
            scanner.addScanListener(codes);
            scanner.addDiscardListener(discarded);
            Links.awaitConnected(device);
            Await.until(() -> scanner.status() == ConnectionStatus.CONNECTED, "scanner connected");

            device.write(bytes("12\u0007\u00fe34\r"));
            device.write(bytes("X".repeat(45) + "\r"));
            discarded.awaitSize(2);
            device.write(bytes("999"));
            // nothing follows: the frame is thrown away once it is older than the timeout
            discarded.awaitSize(3);
            device.write(bytes("4006381333931\r"));
            codes.awaitSize(1);
            device.write(bytes("\u0000\u0000\r6901234567892\r"));
            codes.awaitSize(2);

            assertThat(codes.items()).containsExactly("4006381333931", "6901234567892");
            assertThat(discarded.items()).extracting(CodeAssembler.Discarded::reason).containsExactly(
                    CodeAssembler.Reason.NON_PRINTABLE, CodeAssembler.Reason.TOO_LONG,
                    CodeAssembler.Reason.STALE_PARTIAL, CodeAssembler.Reason.NON_PRINTABLE);
        }
    }

    @Test
    void scannerThatIsUnpluggedAndPluggedBackScansAgain() throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "replug");
                SerialBarcodeScanner scanner = new SerialBarcodeScanner(Links.link(cable.deviceEnd()), ScannerSettings.DEFAULT);
                ScannerEndpoint device = new ScannerEndpoint(Links.link(cable.farEnd()), Suffix.CR)) {
            Recorder<String> codes = new Recorder<>();
            Recorder<ConnectionStatus> statuses = new Recorder<>();
            scanner.addScanListener(codes);
            scanner.addStatusListener(statuses);
            Links.awaitConnected(device.link());
            Await.until(() -> scanner.status() == ConnectionStatus.CONNECTED, "scanner connected");
            device.scan("111");
            codes.awaitSize(1);

            cable.unplug();
            statuses.awaitAny(s -> s == ConnectionStatus.RECONNECTING, "reconnecting");
            cable.plugIn();
            Await.until(() -> scanner.status() == ConnectionStatus.CONNECTED, "scanner connected again");
            Links.awaitConnected(device.link());
            device.scan("222");
            codes.awaitSize(2);
            assertThat(codes.items()).containsExactly("111", "222");
            assertThat(statuses.count(s -> s == ConnectionStatus.DISCONNECTED)).isEqualTo(1);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
