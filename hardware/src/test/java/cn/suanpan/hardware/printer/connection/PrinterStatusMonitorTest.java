package cn.suanpan.hardware.printer.connection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.drawer.DrawerState;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.escpos.DrawerKick;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import cn.suanpan.hardware.printer.sim.SimulatedPrinter;
import cn.suanpan.hardware.testing.Await;
import cn.suanpan.hardware.testing.Recorder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status monitor and the drawer on the printer, against the in-process simulated printer. */
class PrinterStatusMonitorTest {

    @TempDir
    Path dir;

    @Test
    void changesArePublishedOnceEach() throws Exception {
        try (SimulatedPrinter p = new SimulatedPrinter("receipt", dir, PaperWidth.MM58, PrinterCharset.GBK);
                PrinterStatusMonitor m = new PrinterStatusMonitor("receipt", new SimulatedPrinterConnection(p))) {
            Recorder<StatusReport> reports = new Recorder<>();
            m.addListener(reports);
            m.start();
            reports.awaitSize(1);
            assertThat(reports.items().getFirst()).isEqualTo(new StatusReport.Answered(PrinterStatus.READY));

            p.setPaperOut(true);
            reports.awaitAny(r -> r instanceof StatusReport.Answered(PrinterStatus s) && s.paperOut(), "paper out published");
            assertThat(m.current().orElseThrow().problems()).extracting(msg -> msg.key()).startsWith("printer.status.paperOut");

            p.setPoweredOn(false);
            reports.awaitAny(r -> r instanceof StatusReport.Unreachable, "no answer published");
            assertThat(m.current().orElseThrow().problems()).extracting(msg -> msg.key()).containsExactly("printer.error.noAnswer");

            p.setPoweredOn(true);
            p.setPaperOut(false);
            reports.awaitAny(StatusReport::canPrint, "ready again");
            Thread.sleep(1_200); // a few more polls of an unchanged printer
            List<StatusReport> all = reports.items();
            assertThat(all.getLast().canPrint()).isTrue();
            assertThat(all.stream().filter(StatusReport::canPrint).count()).as("ready published once each time").isEqualTo(2);
        }
    }

    @Test
    void aConnectionThatCannotReportIsNotPolled() {
        PrinterStatusMonitor m = new PrinterStatusMonitor("receipt", new SystemPrinterConnection("Some Printer"));
        m.start();
        assertThat(m.current()).isEmpty();
        m.close();
    }

    @Test
    void theDrawerKickCarriesPinAndPulseTimes() {
        RecordingConnection c = new RecordingConnection();
        new PrinterCashDrawer(c, new DrawerKick(cn.suanpan.hardware.printer.escpos.DrawerPin.PIN_5, 100, 200), false).open().join();
        new PrinterCashDrawer(c, DrawerKick.STANDARD, false).open().join();
        assertThat(c.written).hasSize(2);
        assertThat(c.written.get(0)).containsExactly(0x1B, 'p', 1, 50, 100);
        assertThat(c.written.get(1)).containsExactly(0x1B, 'p', 0, 25, 250);
    }

    @Test
    void theDrawerStateComesFromThePrintersDrawerBitWhenTheSwitchIsWired() throws Exception {
        try (SimulatedPrinter p = new SimulatedPrinter("receipt", dir, PaperWidth.MM80, PrinterCharset.GB18030,
                DrawerSensor.OPEN_WHEN_HIGH, null);
                PrinterStatusMonitor m = new PrinterStatusMonitor("receipt", new SimulatedPrinterConnection(p))) {
            SimulatedPrinterConnection c = new SimulatedPrinterConnection(p);
            PrinterCashDrawer wired = new PrinterCashDrawer(c, DrawerKick.STANDARD, true);
            PrinterCashDrawer unwired = new PrinterCashDrawer(c, DrawerKick.STANDARD, false);
            m.addListener(wired::onStatus);
            m.addListener(unwired::onStatus);
            m.start();
            Await.until(() -> wired.state().isPresent(), "first status");
            assertThat(wired.state()).contains(DrawerState.CLOSED);

            wired.open().join();
            assertThat(p.drawerKicks()).isEqualTo(1);
            Await.until(() -> wired.state().equals(Optional.of(DrawerState.OPEN)), "drawer reported open");
            assertThat(unwired.state()).isEmpty();
            p.pushDrawerClosed();
            Await.until(() -> wired.state().equals(Optional.of(DrawerState.CLOSED)), "drawer reported closed");

            p.setPoweredOn(false);
            Await.until(() -> wired.state().isEmpty(), "unknown while the printer does not answer");
        }
    }

    /** Keeps what it is sent. */
    static final class RecordingConnection implements PrinterConnection {
        final List<byte[]> written = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public String address() {
            return "recording";
        }

        @Override
        public void write(byte[] bytes, java.time.Duration timeout) {
            written.add(bytes.clone());
        }

        @Override
        public boolean supportsStatus() {
            return false;
        }

        @Override
        public PrinterStatus status(java.time.Duration timeout) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
