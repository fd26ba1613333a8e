package cn.suanpan.hardware.printer.queue;

import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.connection.PrinterConnection;
import cn.suanpan.hardware.printer.connection.PrinterException;
import cn.suanpan.hardware.printer.connection.StatusReport;
import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import cn.suanpan.hardware.printer.escpos.ReceiptEncoder;
import cn.suanpan.hardware.printer.receipt.Receipt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable print queue between the sale and the printers. {@link #submit} writes the job
 * to disk and returns at once: the sale never waits for a printer and never fails because of
 * one. A worker per printer (a virtual thread) prints that printer's jobs in order; a job
 * that fails (printer off, out of paper, cover open, not answering, not taking data) stays
 * first in line and is tried again after a growing pause, and the UI hears of it through
 * {@link #addListener}.
 *
 * <p>Folder layout: {@code waiting/} holds one file per job still to print, {@code printed/}
 * the last {@value #KEEP_PRINTED} printed ones (for reprints), {@code corrupt/} files that
 * could not be read back, set aside with a warning in the log. The queue is read back from
 * the folder when it is made, so jobs survive a restart or a crash.
 *
 * <p>A job counts as printed once the printer has taken all its bytes and, where it can
 * report its status, answered a status request sent after them without a problem. A job cut
 * off by a fault is therefore printed again whole when the printer is back: a receipt may
 * come out twice, but never not at all.
 */
public final class PrintQueue implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PrintQueue.class);

    static final int KEEP_PRINTED = 100;

    private final Path waitingDir;
    private final Path printedDir;
    private final Path corruptDir;
    private final PrinterRouter router;
    private final Clock clock;
    private final RetryPolicy retry;
    private final ReceiptEncoder encoder = new ReceiptEncoder();

    private final ReentrantLock lock = new ReentrantLock();
    /** Held while job files are written, moved or deleted; never while waiting for a printer. */
    private final Object files = new Object();
    private final Condition changed = lock.newCondition();
    private final TreeMap<Long, PrintJob> waiting = new TreeMap<>();
    private final Deque<PrintJob> printed = new ArrayDeque<>();
    private final Map<String, StatusReport> statuses = new HashMap<>();
    /** Per printer: failures in a row, and the earliest time for the next attempt (System.nanoTime). */
    private final Map<String, int[]> failures = new HashMap<>();
    private final Map<String, Long> notBefore = new HashMap<>();
    private long lastId;

    private final List<Consumer<QueueState>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService events = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("print-queue-events").factory());
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * Reads the jobs left in {@code folder} (creating it when missing); call {@link #start()} to
     * begin printing.
     */
    public PrintQueue(Path folder, PrinterRouter router, Clock clock, RetryPolicy retry) {
        this.waitingDir = folder.resolve("waiting");
        this.printedDir = folder.resolve("printed");
        this.corruptDir = folder.resolve("corrupt");
        this.router = Objects.requireNonNull(router, "router");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retry = Objects.requireNonNull(retry, "retry");
        try {
            Files.createDirectories(waitingDir);
            Files.createDirectories(printedDir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create the print queue folder " + folder, e);
        }
        List<PrintJob> done = load(printedDir);
        done.forEach(printed::addLast);
        java.util.Set<Long> printedIds = new java.util.HashSet<>();
        done.forEach(j -> printedIds.add(j.id()));
        for (PrintJob job : load(waitingDir)) {
            if (printedIds.contains(job.id())) {
                // stopped between filing the printed copy and removing the waiting one: it was printed
                deleteQuietly(waitingDir.resolve(JobFile.fileName(job.id())));
                continue;
            }
            waiting.put(job.id(), job);
        }
        // ids of files set aside count too: a job that was queued keeps its number even when its file is lost
        lastId = Math.max(highestFileId(waitingDir), Math.max(highestFileId(printedDir), highestFileId(corruptDir)));
        lastId = Math.max(lastId, Math.max(waiting.isEmpty() ? 0 : waiting.lastKey(), done.stream().mapToLong(PrintJob::id).max().orElse(0)));
        if (!waiting.isEmpty()) {
            log.info("Print queue in {}: {} job(s) left to print", folder, waiting.size());
        }
    }

    /** Starts one worker per printer. Idempotent. */
    public void start() {
        lock.lock();
        try {
            if (!workers.isEmpty() || closed) {
                return;
            }
            for (PrinterRouter.Destination d : router.printers()) {
                workers.add(Thread.ofVirtual().name("print-queue " + d.name()).start(() -> work(d)));
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Queues bytes for the printer that prints {@code kind} and returns at once. The job is on
     * disk when this returns; if the disk refuses it, it is kept in memory and printed all the
     * same (the failure is logged), so the sale goes on either way.
     */
    public PrintJob submit(JobKind kind, String title, byte[] bytes) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        PrintJob job;
        lock.lock();
        try {
            job = PrintJob.fresh(++lastId, kind, title, clock.instant(), bytes);
            waiting.put(job.id(), job);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        persist(job.id());
        publish();
        return job;
    }

    /** Encodes a receipt for the printer that prints {@code kind} (its paper, character set, cutter) and queues it. */
    public PrintJob submit(JobKind kind, Receipt receipt) {
        PrinterRouter.Destination d = router.destinationFor(kind);
        byte[] bytes = encoder.encode(receipt, d.profile());
        return submit(kind, receipt.meta().receiptNo(), bytes);
    }

    /** Queues a stored job (waiting or recently printed) again as a new job, with the same bytes. */
    public Optional<PrintJob> reprint(long id) {
        Optional<PrintJob> original = job(id);
        return original.map(j -> submit(j.kind(), j.title(), j.bytes()));
    }

    /** A job still waiting or among the recently printed ones. */
    public Optional<PrintJob> job(long id) {
        lock.lock();
        try {
            PrintJob j = waiting.get(id);
            if (j != null) {
                return Optional.of(j);
            }
            return printed.stream().filter(p -> p.id() == id).findFirst();
        } finally {
            lock.unlock();
        }
    }

    /** Jobs still to print, oldest first. */
    public List<PrintJob> waiting() {
        lock.lock();
        try {
            return List.copyOf(waiting.values());
        } finally {
            lock.unlock();
        }
    }

    /** Recently printed jobs, newest first (what the reprint list shows). */
    public List<PrintJob> printed() {
        lock.lock();
        try {
            return List.copyOf(printed).reversed();
        } finally {
            lock.unlock();
        }
    }

    public QueueState state() {
        lock.lock();
        try {
            return new QueueState(List.copyOf(waiting.values()), statuses);
        } finally {
            lock.unlock();
        }
    }

    /** Told of every change of the queue or of a printer's status, in order, on the queue's own thread. */
    public void addListener(Consumer<QueueState> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Tries the waiting jobs now instead of after the pause (the cashier changed the roll and pressed "retry"). */
    public void retryNow() {
        lock.lock();
        try {
            notBefore.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes a printer's status from a {@link cn.suanpan.hardware.printer.connection.PrinterStatusMonitor}:
     * shown with the queue, and a printer that becomes ready is tried at once.
     */
    public Consumer<StatusReport> statusListener(String printer) {
        return report -> {
            boolean nowReady;
            lock.lock();
            try {
                StatusReport before = statuses.put(printer, report);
                nowReady = report.canPrint() && (before == null || !before.canPrint());
                if (nowReady) {
                    notBefore.remove(printer);
                    changed.signalAll();
                }
            } finally {
                lock.unlock();
            }
            publish();
        };
    }

    private void work(PrinterRouter.Destination d) {
        while (true) {
            PrintJob job;
            lock.lock();
            try {
                while (true) {
                    if (closed) {
                        return;
                    }
                    job = next(d);
                    long wait = notBefore.getOrDefault(d.name(), 0L) - System.nanoTime();
                    if (job != null && wait <= 0) {
                        break;
                    }
                    changed.awaitNanos(job == null ? TimeUnit.SECONDS.toNanos(5) : wait);
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            attempt(d, job);
        }
    }

    /** The oldest waiting job that goes to this printer. */
    private PrintJob next(PrinterRouter.Destination d) {
        for (PrintJob j : waiting.values()) {
            if (router.destinationFor(j.kind()).name().equals(d.name())) {
                return j;
            }
        }
        return null;
    }

    private void attempt(PrinterRouter.Destination d, PrintJob job) {
        PrinterConnection c = d.connection();
        try {
            if (c.supportsStatus()) {
                requireReady(d, c);
            }
            c.write(job.bytes(), retry.writeTimeoutFor(job.size()));
            if (c.supportsStatus()) {
                // answered after the job's bytes: the printer has read them all and is still fine
                requireReady(d, c);
            }
            done(d, job);
        } catch (PrinterException e) {
            if (e.reason() == PrinterException.Reason.BUSY) {
                // the status monitor or a drawer kick has the line for a moment: not the job's fault
                later(d, retry.first());
                return;
            }
            if (e.reason() != PrinterException.Reason.NOT_READY) {
                noteStatus(d, new StatusReport.Unreachable(e.userMessage()));
            }
            failed(d, job, e.userMessage());
        } catch (Throwable e) {
            // whatever it was, the worker lives on: a dead worker would leave every later receipt unprinted
            log.error("Printing job {} on {} failed unexpectedly", job.id(), d.name(), e);
            failed(d, job, new HardwareMessage("printer.error.failed", c.address(), String.valueOf(e.getMessage())));
        }
    }

    private void later(PrinterRouter.Destination d, Duration pause) {
        lock.lock();
        try {
            notBefore.put(d.name(), System.nanoTime() + pause.toNanos());
        } finally {
            lock.unlock();
        }
    }

    private void requireReady(PrinterRouter.Destination d, PrinterConnection c) {
        PrinterStatus s = c.status(retry.statusTimeout());
        noteStatus(d, new StatusReport.Answered(s));
        if (!s.canPrint()) {
            throw new PrinterException(PrinterException.Reason.NOT_READY, s.problems().getFirst());
        }
    }

    private void noteStatus(PrinterRouter.Destination d, StatusReport report) {
        boolean changedStatus;
        lock.lock();
        try {
            changedStatus = !report.equals(statuses.put(d.name(), report));
        } finally {
            lock.unlock();
        }
        if (changedStatus) {
            publish();
        }
    }

    private void done(PrinterRouter.Destination d, PrintJob job) {
        PrintJob finished = job.printedAt(clock.instant());
        PrintJob dropped = null;
        lock.lock();
        try {
            waiting.remove(job.id());
            failures.remove(d.name());
            notBefore.remove(d.name());
            printed.addLast(finished);
            if (printed.size() > KEEP_PRINTED) {
                dropped = printed.removeFirst();
            }
        } finally {
            lock.unlock();
        }
        if (job.attempts() > 0) {
            log.info("Job {} ({}) printed on {} after {} failed attempt(s)", job.id(), job.title(), d.name(), job.attempts());
        }
        synchronized (files) {
            try {
                JobFile.write(printedDir, finished);
                Files.deleteIfExists(waitingDir.resolve(JobFile.fileName(job.id())));
                if (dropped != null) {
                    Files.deleteIfExists(printedDir.resolve(JobFile.fileName(dropped.id())));
                }
            } catch (IOException e) {
                log.error("Cannot move printed job {} out of the queue folder; it may print again after a restart", job.id(), e);
            }
        }
        publish();
    }

    private void failed(PrinterRouter.Destination d, PrintJob job, HardwareMessage why) {
        PrintJob updated = job.failed(why);
        Duration pause;
        lock.lock();
        try {
            if (!waiting.containsKey(job.id())) {
                return;
            }
            waiting.put(job.id(), updated);
            int n = ++failures.computeIfAbsent(d.name(), k -> new int[1])[0];
            pause = retry.pauseAfter(n);
            notBefore.put(d.name(), System.nanoTime() + pause.toNanos());
        } finally {
            lock.unlock();
        }
        if (job.attempts() == 0) {
            log.warn("Job {} ({}) not printed on {}: {}; will retry", job.id(), job.title(), d.name(), why);
        }
        persist(updated.id());
        publish();
    }

    /**
     * Writes the newest state of a waiting job. File work is done one at a time: the caller's
     * submit and the worker's first failure may come together, and the file must end up with
     * the later state.
     */
    private void persist(long id) {
        synchronized (files) {
            PrintJob current;
            lock.lock();
            try {
                current = waiting.get(id);
            } finally {
                lock.unlock();
            }
            if (current == null) {
                return; // printed meanwhile: done() has filed it
            }
            try {
                JobFile.write(waitingDir, current);
            } catch (IOException e) {
                log.error("Cannot write print job {} to {}; it is kept in memory only", id, waitingDir, e);
            }
        }
    }

    private void publish() {
        if (listeners.isEmpty()) {
            return;
        }
        QueueState s = state();
        try {
            events.execute(() -> {
                for (Consumer<QueueState> l : listeners) {
                    try {
                        l.accept(s);
                    } catch (RuntimeException e) {
                        log.error("Print queue listener failed", e);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            // closed: nobody listens any more
        }
    }

    private List<PrintJob> load(Path dir) {
        List<PrintJob> jobs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".tmp")) {
                    // a write cut short before its move: the job it belonged to is in its real file, or was never queued
                    Files.deleteIfExists(f);
                    continue;
                }
                if (!name.endsWith(JobFile.SUFFIX)) {
                    continue;
                }
                try {
                    jobs.add(JobFile.read(f));
                } catch (JobFile.CorruptJobException e) {
                    setAside(f, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the print queue folder " + dir, e);
        }
        return jobs;
    }

    private static long highestFileId(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("\\d{12}\\.job.*"))
                    .mapToLong(n -> Long.parseLong(n.substring(0, 12)))
                    .max().orElse(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the print queue folder " + dir, e);
        }
    }

    private void setAside(Path file, String why) {
        try {
            Files.createDirectories(corruptDir);
            Path target = corruptDir.resolve(file.getFileName() + "." + clock.millis());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            log.warn("Print job file {} cannot be read ({}); moved to {}", file, why, target);
        } catch (IOException e) {
            log.warn("Print job file {} cannot be read ({}) nor moved aside: {}", file, why, e.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", file, e.toString());
        }
    }

    /** Stops the workers; waiting jobs stay on disk for the next start. */
    @Override
    public void close() {
        List<Thread> toJoin;
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
            toJoin = List.copyOf(workers);
        } finally {
            lock.unlock();
        }
        for (Thread t : toJoin) {
            try {
                if (!t.join(Duration.ofSeconds(5))) {
                    t.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        events.shutdown();
    }
}
