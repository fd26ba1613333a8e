package cn.suanpan.hardware.printer.queue;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * One job as one file: a properties text (readable with any editor when a job needs looking
 * into) with the bytes in Base64 and their SHA-256, so a file cut short by a power cut is
 * recognised rather than printed half.
 *
 * <p>Files are written to a temporary name, forced to disk, then moved over the real name in
 * one step: a reader finds the old file or the new one, never a mixture.
 */
final class JobFile {

    static final String SUFFIX = ".job";
    private static final String FORMAT = "1";

    /** A job file that cannot be read back. */
    static final class CorruptJobException extends Exception {
        CorruptJobException(String message) {
            super(message);
        }

        CorruptJobException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private JobFile() {
    }

    static String fileName(long id) {
        return "%012d%s".formatted(id, SUFFIX);
    }

    static void write(Path folder, PrintJob job) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("id", Long.toString(job.id()));
        p.setProperty("kind", job.kind().name());
        p.setProperty("title", job.title());
        p.setProperty("created", job.created().toString());
        p.setProperty("attempts", Integer.toString(job.attempts()));
        job.lastError().ifPresent(e -> {
            p.setProperty("lastError.key", e.key());
            p.setProperty("lastError.args", Integer.toString(e.args().length));
            for (int i = 0; i < e.args().length; i++) {
                p.setProperty("lastError.arg." + i, String.valueOf(e.args()[i]));
            }
        });
        job.printed().ifPresent(t -> p.setProperty("printed", t.toString()));
        byte[] bytes = job.bytes();
        p.setProperty("sha256", sha256(bytes));
        p.setProperty("bytes", Base64.getEncoder().encodeToString(bytes));
        StringWriter text = new StringWriter();
        p.store(text, "Suanpan print job");

        Path target = folder.resolve(fileName(job.id()));
        Path tmp = Files.createTempFile(folder, fileName(job.id()) + ".", ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer data = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (data.hasRemaining()) {
                ch.write(data);
            }
            // on disk before it takes the real name: after a power cut the job is there whole or not at all
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static PrintJob read(Path file) throws CorruptJobException {
        Properties p = new Properties();
        try (Reader in = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new CorruptJobException("unreadable: " + e, e);
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new CorruptJobException("unknown format " + p.getProperty("format"));
        }
        try {
            long id = Long.parseLong(required(p, "id"));
            if (!file.getFileName().toString().equals(fileName(id))) {
                throw new CorruptJobException("file name does not match job id " + id);
            }
            JobKind kind = JobKind.valueOf(required(p, "kind"));
            String title = required(p, "title");
            Instant created = Instant.parse(required(p, "created"));
            int attempts = Integer.parseInt(required(p, "attempts"));
            Optional<HardwareMessage> lastError = Optional.empty();
            if (p.getProperty("lastError.key") != null) {
                int n = Integer.parseInt(required(p, "lastError.args"));
                List<Object> args = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    args.add(required(p, "lastError.arg." + i));
                }
                lastError = Optional.of(new HardwareMessage(p.getProperty("lastError.key"), args.toArray()));
            }
            Optional<Instant> printed = Optional.ofNullable(p.getProperty("printed")).map(Instant::parse);
            byte[] bytes = Base64.getDecoder().decode(required(p, "bytes"));
            if (!sha256(bytes).equals(required(p, "sha256"))) {
                throw new CorruptJobException("checksum does not match: the file was cut short or changed");
            }
            return new PrintJob(id, kind, title, created, attempts, lastError, printed, bytes);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new CorruptJobException("bad field: " + e.getMessage(), e);
        }
    }

    private static String required(Properties p, String key) throws CorruptJobException {
        String v = p.getProperty(key);
        if (v == null) {
            throw new CorruptJobException("missing " + key);
        }
        return v;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
