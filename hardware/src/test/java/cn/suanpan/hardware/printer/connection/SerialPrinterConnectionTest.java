package cn.suanpan.hardware.printer.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.escpos.DrawerKick;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import cn.suanpan.hardware.printer.queue.JobKind;
import cn.suanpan.hardware.printer.queue.PrintJob;
import cn.suanpan.hardware.printer.queue.PrintQueue;
import cn.suanpan.hardware.printer.queue.PrinterRouter;
import cn.suanpan.hardware.printer.queue.RetryPolicy;
import cn.suanpan.hardware.printer.sim.SimulatedPrinterState;
import cn.suanpan.hardware.serial.DeviceException;
import cn.suanpan.hardware.sim.SimulatedDeviceMain;
import cn.suanpan.hardware.sim.SinkEndpoint;
import cn.suanpan.hardware.testing.Await;
import cn.suanpan.hardware.testing.Links;
import cn.suanpan.hardware.testing.PrintJobs;
import cn.suanpan.hardware.testing.SocatPair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A printer on a serial port: socat is the cable, {@code SimulatedDeviceMain printer-sink} (its
 * own process) the printer, which stores what it is sent and answers DLE EOT from a state file.
 */
class SerialPrinterConnectionTest {

    static final Duration WAIT = Duration.ofSeconds(3);
    static final RetryPolicy FAST = RetryPolicy.DEFAULT.withPauses(Duration.ofMillis(100), Duration.ofMillis(500))
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(10));

    @TempDir
    Path dir;

    @Test
    void statusComesFromThePrintersStateFileAndJobsAreStored() throws Exception {
        Path state = dir.resolve("printer.state");
        Path out = dir.resolve("printed.bin");
        try (SocatPair cable = SocatPair.start(dir, "prn");
                SerialPrinterConnection c = new SerialPrinterConnection(Links.link(cable.deviceEnd()), DrawerSensor.OPEN_WHEN_HIGH)) {
            SimulatedPrinterState.READY.withPaperOut(true).write(state);
            Process printer = launch("printer-sink", cable.farEnd(), "--out", out.toString(), "--state", state.toString());
            try {
                PrinterStatus paperOut = awaitAnswer(c);
                assertThat(paperOut.paperOut()).isTrue();
                assertThat(paperOut.canPrint()).isFalse();

                SimulatedPrinterState.READY.withDrawerOpen(true).write(state);
                PrinterStatus ready = c.status(WAIT);
                assertThat(ready.canPrint()).isTrue();
                assertThat(ready.drawerOpen()).isTrue();

                SimulatedPrinterState.READY.withOff(true).write(state);
                assertThat(failure(() -> c.status(Duration.ofMillis(500))).reason()).isEqualTo(PrinterException.Reason.NO_ANSWER);

                SimulatedPrinterState.READY.write(state);
                c.write(PrintJobs.text("over the serial line"), WAIT);
                Await.until(() -> contains(out, "over the serial line"), "job stored by the printer");
            } finally {
                stop(printer);
            }
        }
    }

    @Test
    void aPrinterKilledMidPrintKeepsTheJobWhichIsPrintedWholeWhenItReturns() throws Exception {
        Path state = dir.resolve("printer.state");
        Path before = dir.resolve("before.bin");
        Path after = dir.resolve("after.bin");
        byte[] big = PrintJobs.longJob(600, "END OF REPORT");
        try (SocatPair cable = SocatPair.start(dir, "kill");
                SerialPrinterConnection c = new SerialPrinterConnection(Links.link(cable.deviceEnd()), DrawerSensor.OPEN_WHEN_HIGH);
                PrintQueue q = new PrintQueue(dir.resolve("queue"), PrinterRouter.single(new PrinterRouter.Destination("receipt", c,
                        PrinterProfile.standard(PaperWidth.MM80, PrinterCharset.GB18030))), Clock.systemUTC(), FAST)) {
            // a slow printer: about 4 KB a second, so the 20 KB job is still going when the power goes
            Process printer = launch("printer-sink", cable.farEnd(), "--out", before.toString(), "--state", state.toString(),
                    "--print-speed", "4000");
            List<Process> started = new ArrayList<>(List.of(printer));
            try {
                awaitAnswer(c);
                q.start();
                PrintJob job = q.submit(JobKind.REPORT, "X report", big);
                Await.until(() -> size(before) > 2_000, "printing has begun");
                printer.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                cable.unplug();
                assertThat(size(before)).isLessThan(big.length);

                Await.until(() -> !q.waiting().isEmpty() && q.waiting().getFirst().attempts() >= 1, "the cut-off job failed");
                assertThat(q.waiting()).extracting(PrintJob::id).containsExactly(job.id());
                assertThat(q.waiting().getFirst().lastError()).isPresent();

                cable.plugIn();
                started.add(launch("printer-sink", cable.farEnd(), "--out", after.toString(), "--state", state.toString()));
                Await.until(Duration.ofSeconds(60), () -> q.waiting().isEmpty(), () -> "reprinted when the printer returned: " + q.waiting());
                byte[] got = Files.readAllBytes(after);
                assertThat(indexOf(got, big)).as("the whole job arrived in one piece").isGreaterThanOrEqualTo(0);
            } finally {
                for (Process p : started) {
                    stop(p);
                }
            }
        }
    }

    @Test
    void aPrinterThatStopsReadingBlocksNeitherTheSaleNorTheDrawerAndPrintsWhenItReadsAgain() throws Exception {
        try (SocatPair cable = SocatPair.start(dir, "jam");
                SerialPrinterConnection c = new SerialPrinterConnection(
                        Links.link(cable.deviceEnd(), Links.FAST.withWriteTimeout(Duration.ofSeconds(1))), DrawerSensor.OPEN_WHEN_HIGH);
                PrintQueue q = new PrintQueue(dir.resolve("queue"), PrinterRouter.single(new PrinterRouter.Destination("receipt", c,
                        PrinterProfile.standard(PaperWidth.MM58, PrinterCharset.GB18030))), Clock.systemUTC(), FAST)) {
            Await.until(() -> c.linkStatus() == cn.suanpan.hardware.serial.ConnectionStatus.CONNECTED, "port open");
            // nobody reads the far end: the cable's buffers fill until a write is no longer taken
            Await.until(Duration.ofSeconds(60), () -> {
                try {
                    c.write(new byte[4096], Duration.ofSeconds(2));
                    return false;
                } catch (PrinterException e) {
                    return e.reason() == PrinterException.Reason.TIMEOUT;
                }
            }, () -> "the line filled up");

            q.start();
            PrintJob job = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> q.submit(JobKind.RECEIPT, "R1", PrintJobs.text("after the jam")), "the sale waited for the printer");
            PrinterCashDrawer drawer = new PrinterCashDrawer(c, DrawerKick.STANDARD, false);
            CompletableFuture<Void> kick = assertTimeoutPreemptively(Duration.ofSeconds(10), drawer::open,
                    "the no-sale button waited for the printer");
            Await.until(Duration.ofSeconds(30), kick::isDone, () -> "the kick gave up");
            ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, kick::get);
            assertThat(failed.getCause()).isInstanceOfSatisfying(DeviceException.class,
                    d -> assertThat(d.userMessage().key()).isEqualTo("device.drawer.printerUnavailable"));
            assertThat(drawer.state()).isEmpty();
            Await.until(() -> q.waiting().getFirst().attempts() >= 1, "the receipt's attempt failed");
            assertThat(q.waiting()).extracting(PrintJob::id).containsExactly(job.id());

            // the printer reads again
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            SinkEndpoint printer = new SinkEndpoint(Links.link(cable.farEnd()), received,
                    n -> SimulatedPrinterState.READY.answer(n, DrawerSensor.OPEN_WHEN_HIGH), 0);
            try {
                Await.until(Duration.ofSeconds(30), () -> q.waiting().isEmpty(), () -> "printed once the printer read again");
                assertThat(new String(received.toByteArray(), StandardCharsets.ISO_8859_1)).contains("after the jam");
            } finally {
                printer.close();
            }
        }
    }

    private PrinterStatus awaitAnswer(SerialPrinterConnection c) {
        // the printer program takes a moment to start and open its end of the cable
        PrinterStatus[] got = new PrinterStatus[1];
        Await.until(Duration.ofSeconds(30), () -> {
            try {
                got[0] = c.status(Duration.ofMillis(500));
                return true;
            } catch (PrinterException e) {
                return false;
            }
        }, () -> "the printer program answers");
        return got[0];
    }

    private static PrinterException failure(Runnable r) {
        try {
            r.run();
        } catch (PrinterException e) {
            return e;
        }
        throw new AssertionError("no PrinterException");
    }

    private static long size(Path f) {
        try {
            return Files.exists(f) ? Files.size(f) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean contains(Path f, String text) {
        try {
            return Files.exists(f) && new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private Process launch(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), SimulatedDeviceMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(args[0] + "-program.log").toFile()))
                .start();
    }

    private static void stop(Process p) throws InterruptedException {
        if (!p.isAlive()) {
            return;
        }
        try {
            p.getOutputStream().close(); // Ctrl-D: the program closes its port and ends
        } catch (IOException e) {
            // already gone
        }
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
