package cn.suanpan.hardware.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.suanpan.hardware.drawer.DrawerState;
import cn.suanpan.hardware.printer.CutMode;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.SampleReceipts;
import cn.suanpan.hardware.printer.connection.StatusReport;
import cn.suanpan.hardware.printer.escpos.DrawerPin;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.printer.queue.JobKind;
import cn.suanpan.hardware.printer.queue.PrintQueue;
import cn.suanpan.hardware.printer.sim.SimulatedPrinter;
import cn.suanpan.hardware.printer.sim.SimulatedPrinterState;
import cn.suanpan.hardware.scale.ScaleReading;
import cn.suanpan.hardware.serial.DeviceException;
import cn.suanpan.hardware.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default (all simulated) counter, built the way the app builds it. */
class DevicesTest {

    @TempDir
    Path data;

    @Test
    void theDefaultCounterPrintsToPicturesInTheDataDirectory() throws Exception {
        try (Devices d = Devices.open(DeviceConfig.defaults(), data, Clock.systemUTC())) {
            PrintQueue q = d.printQueue().orElseThrow();
            q.submit(JobKind.RECEIPT, SampleReceipts.chinese58WithPromotions().receipt());
            q.submit(JobKind.KITCHEN, "T7", SampleReceipts.chinese58WithPromotions().receipt().meta().receiptNo().getBytes());
            Await.until(() -> q.waiting().isEmpty(), "printed");
            assertThat(data.resolve("printer-sim/receipt-000001.png")).exists();
            assertThat(data.resolve("printer-sim/kitchen-000001.bin")).exists();
            assertThat(d.simulatedPrinter("receipt").orElseThrow().pages().getFirst().rendered().barcodes())
                    .containsExactly("0102202503140042");
            assertThat(d.scanner()).isPresent();
            assertThat(d.display()).isPresent();
            ScaleReading.Weighed w = d.scale().orElseThrow().readStableWeight(Duration.ofSeconds(10)).get(20, TimeUnit.SECONDS);
            assertThat(w.grams()).isZero();
            assertThat(Files.list(data.resolve("print-queue/printed")).count()).isEqualTo(2);
        }
    }

    @Test
    void theStateFileOfASimulatedPrinterIsHeardByTheQueueAndTheMonitor() throws Exception {
        try (Devices d = Devices.open(DeviceConfig.defaults(), data, Clock.systemUTC())) {
            SimulatedPrinterState.READY.withCoverOpen(true).write(data.resolve("printer-sim/receipt.state"));
            Await.until(() -> d.monitor("receipt").orElseThrow().current()
                    .map(r -> r instanceof StatusReport.Answered(var s) && s.coverOpen()).orElse(false), "cover open seen");
            PrintQueue q = d.printQueue().orElseThrow();
            q.submit(JobKind.RECEIPT, "R1", "x".getBytes());
            Await.until(() -> q.waiting().getFirst().attempts() >= 1, "waits for the cover");
            Files.delete(data.resolve("printer-sim/receipt.state"));
            Await.until(() -> q.waiting().isEmpty(), "printed once the cover is shut");
        }
    }

    @Test
    void theDrawerOpensThroughTheReceiptPrinter() throws Exception {
        DeviceConfig config = DeviceConfig.defaults().withDrawer(new DrawerConfig(DrawerType.PRINTER, "receipt", "", 9600,
                DrawerPin.PIN_5, 60, 300, Optional.of(DrawerSensor.OPEN_WHEN_HIGH)));
        try (Devices d = Devices.open(config, data, Clock.systemUTC())) {
            SimulatedPrinter printer = d.simulatedPrinter("receipt").orElseThrow();
            d.drawer().orElseThrow().open().get(10, TimeUnit.SECONDS);
            assertThat(printer.drawerKicks()).isEqualTo(1);
            Await.until(() -> d.drawer().orElseThrow().state().equals(Optional.of(DrawerState.OPEN)), "drawer seen open");
        }
    }

    @Test
    void aSerialDeviceWithoutAPortIsAClearError() {
        DeviceConfig config = DeviceConfig.defaults().withReceiptPrinter(
                new PrinterConfig(PrinterType.SERIAL, " ", 9600, PaperWidth.MM58, PrinterCharset.GBK, CutMode.PARTIAL));
        DeviceException e = catchThrowableOfType(DeviceException.class, () -> Devices.open(config, data, Clock.systemUTC()));
        assertThat(e.userMessage().key()).isEqualTo("device.config.missing");
        assertThat(e.userMessage().args()).containsExactly("devices.printer.receipt.address");
    }

    @Test
    void withoutPrintersThereIsNoQueue() {
        DeviceConfig config = DeviceConfig.defaults().withReceiptPrinter(PrinterConfig.none()).withKitchenPrinter(PrinterConfig.none())
                .withDrawer(DrawerConfig.DEFAULT.withType(DrawerType.NONE));
        try (Devices d = Devices.open(config, data, Clock.systemUTC())) {
            assertThat(d.printQueue()).isEmpty();
            assertThat(d.drawer()).isEmpty();
        }
    }
}
