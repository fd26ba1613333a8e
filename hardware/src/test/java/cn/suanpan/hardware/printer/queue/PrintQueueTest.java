package cn.suanpan.hardware.printer.queue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.PrinterProfile;
import cn.suanpan.hardware.printer.SampleReceipts;
import cn.suanpan.hardware.printer.connection.SimulatedPrinterConnection;
import cn.suanpan.hardware.printer.connection.StatusReport;
import cn.suanpan.hardware.printer.sim.SimulatedPrinter;
import cn.suanpan.hardware.testing.Await;
import cn.suanpan.hardware.testing.PrintJobs;
import cn.suanpan.hardware.testing.Recorder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The durable queue in front of in-process simulated printers. */
class PrintQueueTest {

    static final RetryPolicy FAST = RetryPolicy.DEFAULT.withPauses(Duration.ofMillis(50), Duration.ofMillis(300));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T10:42:07Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final java.util.List<AutoCloseable> toClose = new java.util.ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose.reversed()) {
            c.close();
        }
    }

    private SimulatedPrinter printer(String name) {
        SimulatedPrinter p = new SimulatedPrinter(name, dir.resolve("sim"), PaperWidth.MM58, PrinterCharset.GB18030);
        toClose.add(p);
        return p;
    }

    private static PrinterRouter.Destination destination(SimulatedPrinter p) {
        return new PrinterRouter.Destination(p.name(), new SimulatedPrinterConnection(p),
                PrinterProfile.standard(PaperWidth.MM58, PrinterCharset.GB18030));
    }

    private PrintQueue queue(PrinterRouter router) {
        PrintQueue q = new PrintQueue(dir.resolve("queue"), router, CLOCK, FAST);
        toClose.add(q);
        return q;
    }

    static byte[] job(String text) {
        return PrintJobs.text(text);
    }

    private static List<String> printedTexts(SimulatedPrinter p) {
        return p.pages().stream().flatMap(page -> page.rendered().textLines().stream()).toList();
    }

    @Test
    void jobsSurviveARestartAndArePrintedInOrderByTheNextQueue() {
        SimulatedPrinter p = printer("receipt");
        PrinterRouter router = PrinterRouter.single(destination(p));
        PrintQueue first = new PrintQueue(dir.resolve("queue"), router, CLOCK, FAST);
        PrintJob a = first.submit(JobKind.RECEIPT, "A", job("job A"));
        PrintJob b = first.submit(JobKind.RECEIPT, "B", job("job B"));
        first.close(); // never started: as if the terminal died before printing

        PrintQueue second = queue(router);
        assertThat(second.waiting()).containsExactly(a, b);
        second.start();
        Await.until(() -> second.waiting().isEmpty(), "both jobs printed");
        assertThat(printedTexts(p)).containsExactly("job A", "job B");
        assertThat(second.printed()).extracting(PrintJob::title).containsExactly("B", "A");
        assertThat(second.submit(JobKind.RECEIPT, "C", job("job C")).id()).isGreaterThan(b.id());
    }

    @Test
    void corruptJobFilesAreSetAsideAndTheRestIsKept() throws Exception {
        SimulatedPrinter p = printer("receipt");
        PrinterRouter router = PrinterRouter.single(destination(p));
        PrintQueue first = new PrintQueue(dir.resolve("queue"), router, CLOCK, FAST);
        PrintJob good = first.submit(JobKind.RECEIPT, "good", job("good"));
        PrintJob cut = first.submit(JobKind.RECEIPT, "cut short", job("cut short"));
        first.close();
        Path waiting = dir.resolve("queue/waiting");
        Path cutFile = waiting.resolve(JobFile.fileName(cut.id()));
        String text = Files.readString(cutFile, StandardCharsets.UTF_8);
        Files.writeString(cutFile, text.substring(0, text.length() - 20), StandardCharsets.UTF_8); // power cut mid-write
        Files.writeString(waiting.resolve(JobFile.fileName(99)), "not a job at all \u0000", StandardCharsets.UTF_8);
        Files.writeString(waiting.resolve(JobFile.fileName(98) + ".tmp"), "half", StandardCharsets.UTF_8);

        PrintQueue second = queue(router);
        assertThat(second.waiting()).containsExactly(good);
        try (var set = Files.list(dir.resolve("queue/corrupt"))) {
            assertThat(set.map(f -> f.getFileName().toString()))
                    .hasSize(2)
                    .anyMatch(n -> n.startsWith(JobFile.fileName(cut.id())))
                    .anyMatch(n -> n.startsWith(JobFile.fileName(99)));
        }
        assertThat(waiting.resolve(JobFile.fileName(98) + ".tmp")).doesNotExist();
        // the set-aside ids are not handed out again
        assertThat(second.submit(JobKind.RECEIPT, "next", job("next")).id()).isGreaterThan(cut.id());
    }

    @Test
    void aJobWaitsWhileThePaperIsOutAndPrintsOnceARollIsIn() {
        SimulatedPrinter p = printer("receipt");
        p.setPaperOut(true);
        PrintQueue q = queue(PrinterRouter.single(destination(p)));
        Recorder<QueueState> states = new Recorder<>();
        q.addListener(states);
        q.start();

        PrintJob submitted = q.submit(JobKind.RECEIPT, "S01-T02-20250314-0042", job("paid 52.71"));
        Await.until(() -> q.waiting().getFirst().attempts() >= 2, "retried while the paper is out");
        PrintJob waiting = q.waiting().getFirst();
        assertThat(waiting.id()).isEqualTo(submitted.id());
        assertThat(waiting.lastError()).hasValueSatisfying(e -> assertThat(e.key()).isEqualTo("printer.status.paperOut"));
        assertThat(p.pages()).isEmpty();
        states.awaitAny(s -> s.printers().get("receipt") instanceof StatusReport.Answered a && a.status().paperOut()
                && !s.waiting().isEmpty(), "the UI told of the empty roll and the waiting receipt");
        // the error is on disk with the job, for the reprint list after a restart
        Await.until(() -> {
            try {
                return JobFile.read(dir.resolve("queue/waiting").resolve(JobFile.fileName(submitted.id()))).lastError().isPresent();
            } catch (JobFile.CorruptJobException e) {
                throw new AssertionError(e);
            }
        }, "error written to the job file");

        p.setPaperOut(false);
        Await.until(() -> q.waiting().isEmpty(), "printed after the roll change");
        assertThat(printedTexts(p)).containsExactly("paid 52.71");
        states.awaitAny(s -> s.waiting().isEmpty() && s.printers().containsKey("receipt") && s.printers().get("receipt").canPrint(),
                "the UI told all is well");
    }

    @Test
    void filesWrittenBySalesAndByTheWorkerAtOnceStayWholeAndNewest() throws Exception {
        SimulatedPrinter p = printer("receipt");
        p.setPaperOut(true);
        PrinterRouter router = PrinterRouter.single(destination(p));
        PrintQueue q = new PrintQueue(dir.resolve("queue"), router,
                CLOCK, RetryPolicy.DEFAULT.withPauses(Duration.ofMillis(1), Duration.ofMillis(2)));
        q.start();
        // two tills' worth of sales at once while the worker rewrites the first job after every failed attempt
        List<Thread> sellers = new java.util.ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int till = t;
            sellers.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 25; i++) {
                    q.submit(JobKind.RECEIPT, "T" + till + "-" + i, job("till " + till + " sale " + i));
                }
            }));
        }
        for (Thread t : sellers) {
            t.join();
        }
        Await.until(() -> q.waiting().getFirst().attempts() >= 3, "the first job failed a few times");
        q.close();
        try (var left = Files.list(dir.resolve("queue/waiting"))) {
            assertThat(left.filter(f -> f.toString().endsWith(".tmp"))).as("writes cut short").isEmpty();
        }

        PrintQueue reopened = queue(router);
        assertThat(reopened.waiting()).hasSize(50);
        assertThat(reopened.waiting().getFirst().attempts()).isGreaterThanOrEqualTo(3);
        assertThat(dir.resolve("queue/corrupt")).doesNotExist();
    }

    @Test
    void jobsQueuedDuringAnOutageComeOutInTheOrderTheyWereMade() {
        SimulatedPrinter p = printer("receipt");
        p.setCoverOpen(true);
        PrintQueue q = queue(PrinterRouter.single(destination(p)));
        q.start();
        for (int i = 1; i <= 5; i++) {
            q.submit(JobKind.RECEIPT, "R" + i, job("receipt " + i));
        }
        Await.until(() -> q.waiting().getFirst().attempts() >= 1, "first attempt failed");
        p.setCoverOpen(false);
        q.retryNow();
        Await.until(() -> q.waiting().isEmpty(), "all printed");
        assertThat(printedTexts(p)).containsExactly("receipt 1", "receipt 2", "receipt 3", "receipt 4", "receipt 5");
    }

    @Test
    void aStoredJobCanBeReprintedWithTheSameBytes() throws Exception {
        SimulatedPrinter p = printer("receipt");
        PrintQueue q = queue(PrinterRouter.single(destination(p)));
        q.start();
        PrintJob original = q.submit(JobKind.RECEIPT, "S01-T02-20250314-0042", job("the receipt"));
        Await.until(() -> p.pages().size() == 1, "printed once");

        PrintJob again = q.reprint(original.id()).orElseThrow();
        assertThat(again.id()).isGreaterThan(original.id());
        assertThat(again.title()).isEqualTo(original.title());
        Await.until(() -> p.pages().size() == 2, "printed again");
        assertThat(Files.readAllBytes(p.pages().get(1).bytesFile())).isEqualTo(Files.readAllBytes(p.pages().get(0).bytesFile()));
        assertThat(q.reprint(12345)).isEmpty();
    }

    @Test
    void aReceiptIsEncodedForThePrinterItGoesTo() {
        SimulatedPrinter p = printer("receipt");
        PrintQueue q = queue(PrinterRouter.single(destination(p)));
        q.start();
        var sample = SampleReceipts.chinese58WithPromotions();
        PrintJob j = q.submit(JobKind.RECEIPT, sample.receipt());
        assertThat(j.title()).isEqualTo("S01-T02-20250314-0042");
        Await.until(() -> p.pages().size() == 1, "receipt printed");
        assertThat(p.pages().getFirst().rendered().textLines()).anyMatch(l -> l.contains("算盘便利店"));
        assertThat(p.pages().getFirst().rendered().barcodes()).containsExactly("0102202503140042");
    }

    @Test
    void kitchenTicketsGoToTheKitchenPrinterWhichDoesNotHoldUpReceipts() {
        SimulatedPrinter receipt = printer("receipt");
        SimulatedPrinter kitchen = printer("kitchen");
        kitchen.setPaperOut(true);
        PrintQueue q = queue(PrinterRouter.builder().printer(destination(receipt)).printer(destination(kitchen)).build());
        q.start();
        q.submit(JobKind.KITCHEN, "T7", job("2x noodles"));
        q.submit(JobKind.RECEIPT, "R1", job("receipt 1"));
        q.submit(JobKind.REPORT, "X", job("shift report"));
        Await.until(() -> receipt.pages().size() == 2, "receipt and report printed while the kitchen waits");
        assertThat(printedTexts(receipt)).containsExactly("receipt 1", "shift report");
        assertThat(q.waiting()).extracting(PrintJob::title).containsExactly("T7");

        kitchen.setPaperOut(false);
        Await.until(() -> q.waiting().isEmpty(), "kitchen ticket printed");
        assertThat(printedTexts(kitchen)).containsExactly("2x noodles");
    }

    @Test
    void withoutAKitchenPrinterTicketsGoToTheReceiptPrinter() {
        SimulatedPrinter receipt = printer("receipt");
        PrinterRouter router = PrinterRouter.single(destination(receipt));
        assertThat(router.destinationFor(JobKind.KITCHEN).name()).isEqualTo("receipt");
    }
}
