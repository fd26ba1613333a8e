package cn.suanpan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.codes.CodeImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suanpan device ...} on a fresh data directory, where every device is simulated. */
class DeviceCommandTest {

    @TempDir
    Path data;

    private CliRun runIn(String lang, String... args) {
        return CliRun.in(data, lang, args);
    }

    private CliRun run(String... args) {
        return runIn("en", args);
    }

    @Test
    void listShowsTheSimulatedDefaults() {
        CliRun r = run("device", "list");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Receipt printer: simulated, 58 mm, GB18030, pages go to " + data.resolve("printer-sim"))
                .contains("Kitchen printer: simulated, 80 mm")
                .contains("Cash drawer: on the receipt printer, pin 2, pulse 50 ms on and 500 ms off")
                .contains("Barcode scanner: simulated")
                .contains("Serial ports found")
                .contains("devices.* keys in " + data.resolve("suanpan.properties"));
        assertThat(runIn("zh_CN", "device", "list").out()).contains("小票打印机：模拟打印机，58 毫米");
    }

    @Test
    void testPrintWritesAPictureOfThePage() throws Exception {
        CliRun r = run("device", "test-print");
        assertThat(r.code()).as(r.err()).isZero();
        Path png = data.resolve("printer-sim/receipt-000001.png");
        assertThat(r.out()).contains("Test page printed on the receipt printer").contains("Picture of the page: " + png);
        assertThat(png).exists();

        CliRun kitchen = run("device", "test-print", "--printer", "kitchen");
        assertThat(kitchen.code()).as(kitchen.err()).isZero();
        assertThat(data.resolve("printer-sim/kitchen-000001.png")).exists();

        assertThat(run("device", "test-print", "--printer", "bar").code()).isEqualTo(2);
    }

    @Test
    void aPageThatCannotPrintStaysQueuedAndComesOutNextTime() throws Exception {
        Files.createDirectories(data.resolve("printer-sim"));
        Files.writeString(data.resolve("printer-sim/receipt.state"), "paper-out\n");
        CliRun r = run("device", "test-print", "--wait", "3");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("The test page is not printed yet: The printer is out of paper.")
                .contains("stays in the print queue");
        try (Stream<Path> waiting = Files.list(data.resolve("print-queue/waiting"))) {
            assertThat(waiting.count()).isEqualTo(1);
        }
        CliRun status = run("device", "status");
        assertThat(status.out()).contains("The printer is out of paper.").contains("Print queue: 1 job(s) waiting");

        Files.delete(data.resolve("printer-sim/receipt.state"));
        CliRun again = run("device", "test-print");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(data.resolve("printer-sim/receipt-000002.png")).as("the kept page and the new one").exists();
    }

    @Test
    void theDrawerOpensForASupervisorOnly() {
        CliRun cashier = run("device", "open-drawer", "--user", "cashier", "--pin", "1234");
        assertThat(cashier.code()).isEqualTo(2);
        assertThat(cashier.err()).contains("needs a supervisor");

        CliRun ok = run("device", "open-drawer", "--user", "supervisor", "--pin", "5678");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Cash drawer opened: no sale by 李军");
    }

    @Test
    void statusAndScaleOfTheSimulatedCounter() {
        CliRun status = run("device", "status");
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).contains("Receipt printer (").contains("): ready")
                .contains("Print queue: nothing waiting")
                .contains("Cash drawer: state unknown")
                .contains("Scale: Connected");
        CliRun scale = run("device", "read-scale");
        assertThat(scale.code()).as(scale.err()).isZero();
        assertThat(scale.out()).contains("Stable weight: 0.000 kg (0 g)");
    }

    @Test
    void decodeReadsAPaymentCodeFromAPicture() throws Exception {
        Path qr = data.resolve("pay.png");
        Files.write(qr, CodeImages.png(CodeImages.qr("134567890123456789", 200)));
        CliRun r = run("device", "decode", qr.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("QR_CODE: 134567890123456789");

        Path text = data.resolve("note.txt");
        Files.writeString(text, "no picture");
        CliRun bad = runIn("zh_CN", "device", "decode", text.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("note.txt 不是可读取的图片");
    }
}
