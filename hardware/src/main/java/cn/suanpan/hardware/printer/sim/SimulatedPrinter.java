package cn.suanpan.hardware.printer.sim;

import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import cn.suanpan.hardware.printer.preview.EscPosInterpreter;
import cn.suanpan.hardware.printer.preview.RenderedReceipt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer without paper: each page it prints is kept in a folder as the bytes it was sent
 * ({@code receipt-000001.bin}) and as the picture a thermal printer would have printed
 * ({@code receipt-000001.png}, drawn by the {@link EscPosInterpreter}).
 *
 * <p>Its state (paper out, cover open, off…) comes from setters or, when a state file is
 * given and exists, from that file, read afresh each time it is asked. A drawer kick opens
 * the simulated drawer until {@link #pushDrawerClosed()}.
 *
 * <p>Jobs arrive either whole ({@link #print}, the in-process connection) or as a stream
 * ({@link #feed}, the TCP and serial stand-ins), where a page ends when the line has been
 * quiet for a moment, as there is no other sign of where one job ends and the next begins.
 */
public final class SimulatedPrinter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPrinter.class);

    /** A stream page ends after this long without data. */
    static final Duration PAGE_GAP = Duration.ofMillis(300);

    /** One printed page: its bytes, its picture (absent when it could not be drawn) and what was on it. */
    public record Page(int number, Path bytesFile, Optional<Path> pngFile, RenderedReceipt rendered) {
    }

    private final String name;
    private final Path folder;
    private final PaperWidth paper;
    private final PrinterCharset charset;
    private final DrawerSensor sensor;
    private final Path stateFile;
    private final Pattern pageName;
    private final List<Page> pages = new CopyOnWriteArrayList<>();
    private final List<Consumer<Page>> pageListeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService pager;
    private final ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    private volatile SimulatedPrinterState state = SimulatedPrinterState.READY;
    private int nextNumber;
    private int kicks;
    private ScheduledFuture<?> pageEnd;

    /**
     * @param name      names the files ({@code receipt}, {@code kitchen})
     * @param folder    where pages go; created when missing
     * @param stateFile a state file that, when it exists, overrides the setters; may be null
     */
    public SimulatedPrinter(String name, Path folder, PaperWidth paper, PrinterCharset charset, DrawerSensor sensor,
                            Path stateFile) {
        this.name = Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("a simulated printer's name must be a plain word: " + name);
        }
        this.folder = Objects.requireNonNull(folder, "folder");
        this.paper = Objects.requireNonNull(paper, "paper");
        this.charset = Objects.requireNonNull(charset, "charset");
        this.sensor = Objects.requireNonNull(sensor, "sensor");
        this.stateFile = stateFile;
        this.pageName = Pattern.compile(Pattern.quote(name) + "-(\\d{6})\\.bin");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.nextNumber = lastNumberInFolder() + 1;
        this.pager = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("simulated-printer " + name).factory());
    }

    public SimulatedPrinter(String name, Path folder, PaperWidth paper, PrinterCharset charset) {
        this(name, folder, paper, charset, DrawerSensor.OPEN_WHEN_HIGH, null);
    }

    public String name() {
        return name;
    }

    public Path folder() {
        return folder;
    }

    public PaperWidth paper() {
        return paper;
    }

    public PrinterCharset charset() {
        return charset;
    }

    public DrawerSensor drawerSensor() {
        return sensor;
    }

    /** The state file, when one was given. */
    public Optional<Path> stateFile() {
        return Optional.ofNullable(stateFile);
    }

    /** The current state: the state file's when it exists, else what the setters made it. */
    public SimulatedPrinterState state() {
        if (stateFile != null && Files.exists(stateFile)) {
            return SimulatedPrinterState.read(stateFile);
        }
        return state;
    }

    public PrinterStatus status() {
        return state().status();
    }

    /** The answer to DLE EOT n, none when the printer is off. */
    public OptionalInt answer(int n) {
        return state().answer(n, sensor);
    }

    public void setState(SimulatedPrinterState next) {
        state = Objects.requireNonNull(next, "next");
    }

    public synchronized void updateState(UnaryOperator<SimulatedPrinterState> change) {
        state = change.apply(state);
    }

    public void setPaperOut(boolean out) {
        updateState(s -> s.withPaperOut(out));
    }

    public void setPaperNearEnd(boolean nearEnd) {
        updateState(s -> s.withPaperNearEnd(nearEnd));
    }

    public void setCoverOpen(boolean open) {
        updateState(s -> s.withCoverOpen(open));
    }

    public void setCutterError(boolean error) {
        updateState(s -> s.withCutterError(error));
    }

    /** Switches the printer off ({@code false}: no data taken, no answers) or on again. */
    public void setPoweredOn(boolean on) {
        updateState(s -> s.withOff(!on));
    }

    /** The cashier pushes the drawer shut. */
    public void pushDrawerClosed() {
        updateState(s -> s.withDrawerOpen(false));
    }

    /** Drawer pulses received so far. */
    public synchronized int drawerKicks() {
        return kicks;
    }

    /** Pages printed since this printer was made, oldest first. */
    public List<Page> pages() {
        return List.copyOf(pages);
    }

    /** Told of each page as it is printed, on the printing thread. */
    public void addPageListener(Consumer<Page> listener) {
        pageListeners.add(Objects.requireNonNull(listener));
    }

    /**
     * Prints one whole job. Returns the page, or empty when the bytes put nothing on paper
     * (a drawer kick, status requests). Whether the printer is ready is the caller's business.
     */
    public Optional<Page> print(byte[] job) {
        return store(job.clone());
    }

    /** Takes the next bytes of a stream; the page is stored once the line is quiet for {@link #PAGE_GAP}. */
    public synchronized void feed(byte[] chunk, int offset, int length) {
        streamed.write(chunk, offset, length);
        if (pageEnd != null) {
            pageEnd.cancel(false);
        }
        pageEnd = pager.schedule(this::endStreamPage, PAGE_GAP.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stores what the stream has sent so far as a page (the far end hung up). */
    public void endStreamPage() {
        byte[] job;
        synchronized (this) {
            job = streamed.toByteArray();
            streamed.reset();
            pageEnd = null;
        }
        if (job.length > 0) {
            store(job);
        }
    }

    private Optional<Page> store(byte[] job) {
        RenderedReceipt rendered;
        try {
            rendered = new EscPosInterpreter(paper, charset).render(job);
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            // no picture (garbage bytes, or no graphics on this machine): the bytes are still kept
            log.warn("Simulated printer {} cannot draw a job of {} bytes: {}", name, job.length, e.toString());
            rendered = null;
        }
        int number;
        synchronized (this) {
            if (rendered != null && rendered.drawerKicks() > 0) {
                kicks += rendered.drawerKicks();
                state = state.withDrawerOpen(true);
            }
            if (rendered != null && rendered.textLines().isEmpty() && rendered.barcodes().isEmpty()
                    && rendered.qrCodes().isEmpty() && rendered.cuts() == 0) {
                return Optional.empty();
            }
            number = nextNumber++;
        }
        Path bin = folder.resolve("%s-%06d.bin".formatted(name, number));
        Path png = folder.resolve("%s-%06d.png".formatted(name, number));
        try {
            Files.write(bin, job);
            if (rendered != null) {
                rendered.writePng(png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Page page = new Page(number, bin, rendered == null ? Optional.empty() : Optional.of(png), rendered);
        pages.add(page);
        for (Consumer<Page> l : pageListeners) {
            try {
                l.accept(page);
            } catch (RuntimeException e) {
                log.error("Page listener of simulated printer {} failed", name, e);
            }
        }
        return Optional.of(page);
    }

    private int lastNumberInFolder() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> pageName.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a stream page still waiting and stops. */
    @Override
    public void close() {
        endStreamPage();
        pager.shutdownNow();
    }

    @Override
    public String toString() {
        return "SimulatedPrinter[" + name + " in " + folder + ", " + state().format() + "]";
    }

    /** Files of this printer's pages in its folder, whatever run printed them, oldest first. */
    public List<Path> pngFilesInFolder() {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().matches(Pattern.quote(name) + "-\\d{6}\\.png")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
