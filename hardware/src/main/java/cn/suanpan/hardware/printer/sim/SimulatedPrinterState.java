package cn.suanpan.hardware.printer.sim;

import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.hardware.printer.escpos.PrinterStatus;
import cn.suanpan.hardware.printer.escpos.StatusAnswers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a simulated printer reports. Written in a state file as words, so a test or a person
 * at a shell can change it while the printer runs ({@code echo paper-out > printer.state}):
 *
 * <ul>
 *   <li>{@code off} — switched off: takes no data and answers nothing</li>
 *   <li>{@code paper-near-end}, {@code paper-out}, {@code cover-open}, {@code cutter-error}</li>
 *   <li>{@code drawer-open} — the drawer switch reads open</li>
 * </ul>
 *
 * An empty or missing file is a ready printer. Words are separated by spaces, commas or
 * new lines; {@code #} starts a comment; unknown words are ignored with a warning.
 */
public record SimulatedPrinterState(boolean off, boolean paperNearEnd, boolean paperOut, boolean coverOpen,
                                    boolean cutterError, boolean drawerOpen) {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPrinterState.class);

    public static final SimulatedPrinterState READY = new SimulatedPrinterState(false, false, false, false, false, false);

    /** The status this printer reports; like a real one it goes offline when it cannot print. */
    public PrinterStatus status() {
        boolean offline = paperOut || coverOpen || cutterError;
        return new PrinterStatus(offline, coverOpen, paperNearEnd, paperOut, cutterError, false, false, drawerOpen);
    }

    public boolean canPrint() {
        return !off && status().canPrint();
    }

    /** The answer to DLE EOT n, or none when the printer is off or n is not 1–4. */
    public OptionalInt answer(int n, DrawerSensor sensor) {
        if (off || n < 1 || n > 4) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(StatusAnswers.answer(n, status(), sensor) & 0xFF);
    }

    public static SimulatedPrinterState parse(String text) {
        boolean off = false;
        boolean nearEnd = false;
        boolean paperOut = false;
        boolean cover = false;
        boolean cutter = false;
        boolean drawer = false;
        for (String line : text.split("\\R")) {
            int hash = line.indexOf('#');
            String content = hash >= 0 ? line.substring(0, hash) : line;
            for (String word : content.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
                switch (word) {
                    case "" , "ready" -> { }
                    case "off" -> off = true;
                    case "paper-near-end" -> nearEnd = true;
                    case "paper-out" -> paperOut = true;
                    case "cover-open" -> cover = true;
                    case "cutter-error" -> cutter = true;
                    case "drawer-open" -> drawer = true;
                    default -> log.warn("Unknown word in the simulated printer state: {}", word);
                }
            }
        }
        return new SimulatedPrinterState(off, nearEnd, paperOut, cover, cutter, drawer);
    }

    /** Reads a state file; a missing file is a ready printer, an unreadable one too (with a warning). */
    public static SimulatedPrinterState read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return READY;
        } catch (IOException e) {
            log.warn("Cannot read the simulated printer state {}: {}", file, e.toString());
            return READY;
        }
    }

    /** The words of this state, {@code ready} when there is nothing to report. */
    public String format() {
        List<String> words = new ArrayList<>();
        if (off) {
            words.add("off");
        }
        if (paperNearEnd) {
            words.add("paper-near-end");
        }
        if (paperOut) {
            words.add("paper-out");
        }
        if (coverOpen) {
            words.add("cover-open");
        }
        if (cutterError) {
            words.add("cutter-error");
        }
        if (drawerOpen) {
            words.add("drawer-open");
        }
        return words.isEmpty() ? "ready" : String.join(" ", words);
    }

    /** Writes the state file through a temporary file, so a reader never sees half of it. */
    public void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, format() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public SimulatedPrinterState withOff(boolean v) {
        return new SimulatedPrinterState(v, paperNearEnd, paperOut, coverOpen, cutterError, drawerOpen);
    }

    public SimulatedPrinterState withPaperNearEnd(boolean v) {
        return new SimulatedPrinterState(off, v, paperOut, coverOpen, cutterError, drawerOpen);
    }

    public SimulatedPrinterState withPaperOut(boolean v) {
        return new SimulatedPrinterState(off, paperNearEnd, v, coverOpen, cutterError, drawerOpen);
    }

    public SimulatedPrinterState withCoverOpen(boolean v) {
        return new SimulatedPrinterState(off, paperNearEnd, paperOut, v, cutterError, drawerOpen);
    }

    public SimulatedPrinterState withCutterError(boolean v) {
        return new SimulatedPrinterState(off, paperNearEnd, paperOut, coverOpen, v, drawerOpen);
    }

    public SimulatedPrinterState withDrawerOpen(boolean v) {
        return new SimulatedPrinterState(off, paperNearEnd, paperOut, coverOpen, cutterError, v);
    }
}
