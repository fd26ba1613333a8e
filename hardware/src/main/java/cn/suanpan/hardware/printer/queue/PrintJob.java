package cn.suanpan.hardware.printer.queue;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One job of the print queue: the bytes to send, and what became of it so far.
 *
 * @param id        position in the queue: jobs for one printer are printed in id order
 * @param title     shown in the queue list, e.g. the receipt number
 * @param attempts  failed attempts so far
 * @param lastError why the last attempt failed, in the cashier's words
 * @param printed   when the printer took it; empty while it waits
 */
public record PrintJob(long id, JobKind kind, String title, Instant created, int attempts,
                       Optional<HardwareMessage> lastError, Optional<Instant> printed, byte[] bytes) {

    public PrintJob {
        if (id < 1) {
            throw new IllegalArgumentException("job ids start at 1: " + id);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(printed, "printed");
        bytes = bytes.clone();
    }

    static PrintJob fresh(long id, JobKind kind, String title, Instant created, byte[] bytes) {
        return new PrintJob(id, kind, title, created, 0, Optional.empty(), Optional.empty(), bytes);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    int size() {
        return bytes.length;
    }

    public boolean isPrinted() {
        return printed.isPresent();
    }

    PrintJob failed(HardwareMessage why) {
        return new PrintJob(id, kind, title, created, attempts + 1, Optional.of(why), printed, bytes);
    }

    PrintJob printedAt(Instant when) {
        return new PrintJob(id, kind, title, created, attempts, lastError, Optional.of(when), bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrintJob j && id == j.id && kind == j.kind && title.equals(j.title) && created.equals(j.created)
                && attempts == j.attempts && lastError.equals(j.lastError) && printed.equals(j.printed)
                && Arrays.equals(bytes, j.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, title, created, attempts, lastError, printed) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "PrintJob[" + id + " " + kind + " " + title + ", " + bytes.length + " bytes, attempts " + attempts
                + lastError.map(e -> ", last error " + e.key()).orElse("") + (printed.isPresent() ? ", printed" : "") + "]";
    }
}
