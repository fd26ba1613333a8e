package cn.suanpan.hardware.printer.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import cn.suanpan.hardware.printer.queue.JobKind;
import cn.suanpan.hardware.printer.queue.PrintJob;
import cn.suanpan.hardware.printer.queue.PrintQueue;
import cn.suanpan.hardware.printer.queue.PrinterRouter;
import cn.suanpan.hardware.printer.queue.RetryPolicy;
import cn.suanpan.hardware.printer.sim.SimulatedPrinter;
import cn.suanpan.hardware.printer.sim.SimulatedPrinterServer;
import cn.suanpan.hardware.testing.Await;
import cn.suanpan.hardware.testing.PrintJobs;
import cn.suanpan.hardware.testing.Recorder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network printer's raw port, played by the simulated printer on a loopback TCP port. */
class NetworkPrinterConnectionTest {

    static final Duration WAIT = Duration.ofSeconds(3);
    static final RetryPolicy FAST = RetryPolicy.DEFAULT.withPauses(Duration.ofMillis(100), Duration.ofMillis(500))
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3));

    @TempDir
    Path dir;

    private SimulatedPrinter printer() {
        return new SimulatedPrinter("net", dir.resolve("sim"), PaperWidth.MM80, PrinterCharset.GB18030);
    }

    private static List<String> printedTexts(SimulatedPrinter p) {
        return p.pages().stream().flatMap(page -> page.rendered().textLines().stream()).toList();
    }

    @Test
    void addressesDefaultToTheRawPrintingPort() {
        assertThat(NetworkPrinterConnection.of("192.168.1.50", WAIT, DrawerSensor.OPEN_WHEN_HIGH).address()).isEqualTo("192.168.1.50:9100");
        assertThat(NetworkPrinterConnection.of(" printer.local:9101 ", WAIT, DrawerSensor.OPEN_WHEN_HIGH).address()).isEqualTo("printer.local:9101");
        assertThat(NetworkPrinterConnection.of("[fe80::1]:9100", WAIT, DrawerSensor.OPEN_WHEN_HIGH).address()).isEqualTo("[fe80::1]:9100");
        assertThatThrownBy(() -> NetworkPrinterConnection.of("host:x", WAIT, DrawerSensor.OPEN_WHEN_HIGH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusAnswersFollowThePrinter() throws Exception {
        try (SimulatedPrinter p = printer();
                SimulatedPrinterServer server = SimulatedPrinterServer.start(p, 0);
                NetworkPrinterConnection c = NetworkPrinterConnection.of(server.address(), WAIT, DrawerSensor.OPEN_WHEN_HIGH)) {
            assertThat(c.status(WAIT)).isEqualTo(PrinterStatus.READY);
            p.setPaperNearEnd(true);
            assertThat(c.status(WAIT).paperNearEnd()).isTrue();
            assertThat(c.status(WAIT).canPrint()).isTrue();
            p.setCoverOpen(true);
            PrinterStatus open = c.status(WAIT);
            assertThat(open.coverOpen()).isTrue();
            assertThat(open.offline()).isTrue();
            assertThat(open.canPrint()).isFalse();

            p.setCoverOpen(false);
            c.write(PrintJobs.text("over the network"), WAIT);
            Await.until(() -> p.pages().size() == 1, "page printed");
            assertThat(printedTexts(p)).containsExactly("over the network");
        }
    }

    @Test
    void aPrinterSwitchedOffIsReportedOfflineAndItsJobPrintsWhenItIsBack() throws Exception {
        try (SimulatedPrinter p = printer()) {
            SimulatedPrinterServer server = SimulatedPrinterServer.start(p, 0);
            int port = server.port();
            NetworkPrinterConnection c = NetworkPrinterConnection.of(server.address(), WAIT, DrawerSensor.OPEN_WHEN_HIGH);
            PrinterRouter.Destination d = new PrinterRouter.Destination("receipt", c, PrinterProfile.standard(PaperWidth.MM80,
                    PrinterCharset.GB18030));
            try (c;
                    PrintQueue q = new PrintQueue(dir.resolve("queue"), PrinterRouter.single(d), Clock.systemUTC(), FAST);
                    PrinterStatusMonitor monitor = new PrinterStatusMonitor("receipt", c)) {
                Recorder<StatusReport> reports = new Recorder<>();
                monitor.addListener(reports);
                monitor.addListener(q.statusListener("receipt"));
                monitor.start();
                q.start();
                reports.awaitAny(StatusReport::canPrint, "ready at first");

                server.close(); // switched off
                reports.awaitAny(r -> r instanceof StatusReport.Unreachable, "reported unreachable");
                PrintJob job = q.submit(JobKind.RECEIPT, "R1", PrintJobs.text("kept while off"));
                Await.until(() -> q.waiting().getFirst().attempts() >= 1, "attempt failed while off");
                assertThat(q.waiting()).extracting(PrintJob::id).containsExactly(job.id());
                assertThat(q.waiting().getFirst().lastError()).hasValueSatisfying(
                        e -> assertThat(e.key()).isIn("printer.error.notConnected", "printer.error.noAnswer"));

                server = SimulatedPrinterServer.start(p, port); // switched on again
                Await.until(() -> q.waiting().isEmpty(), "printed when back");
                Await.until(() -> !p.pages().isEmpty(), "page stored");
                assertThat(printedTexts(p)).containsExactly("kept while off");
                Await.until(() -> monitor.current().map(StatusReport::canPrint).orElse(false), "reported ready again");
            } finally {
                server.close();
            }
        }
    }

    @Test
    void aPrinterThatStopsReadingNeitherBlocksTheSaleNorLosesTheReceipt() throws Exception {
        try (SimulatedPrinter p = printer();
                SimulatedPrinterServer server = SimulatedPrinterServer.start(p, 0);
                NetworkPrinterConnection c = NetworkPrinterConnection.of(server.address(), WAIT, DrawerSensor.OPEN_WHEN_HIGH);
                PrintQueue q = new PrintQueue(dir.resolve("queue"), PrinterRouter.single(new PrinterRouter.Destination("receipt", c,
                        PrinterProfile.standard(PaperWidth.MM80, PrinterCharset.GB18030))), Clock.systemUTC(), FAST)) {
            q.start();
            server.setReading(false);
            PrintJob job = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> q.submit(JobKind.RECEIPT, "R1", PrintJobs.text("after the jam")), "the sale waited for the printer");
            Await.until(() -> q.waiting().getFirst().attempts() >= 1, "attempt failed while jammed");
            assertThat(q.waiting().getFirst().lastError()).hasValueSatisfying(e -> assertThat(e.key()).isEqualTo("printer.error.noAnswer"));
            assertThat(p.pages()).isEmpty();

            server.setReading(true);
            Await.until(() -> q.waiting().isEmpty(), "printed after the jam");
            Await.until(() -> !p.pages().isEmpty(), "page stored");
            assertThat(printedTexts(p)).contains("after the jam");
            assertThat(q.printed()).extracting(PrintJob::id).contains(job.id());
        }
    }
}
