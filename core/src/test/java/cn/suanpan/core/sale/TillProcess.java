package cn.suanpan.core.sale;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@link CrashingTill} JVM as the crash test sees it: the lines it printed, complete
 * ones only (a line cut short by the kill was never acknowledged), and a way to kill it.
 */
final class TillProcess {

    private final Process process;
    private final Path errors;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    TillProcess(List<String> command, Path errors) {
        this.errors = errors;
        try {
            process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader = Thread.ofPlatform().daemon().start(() -> read(process.getInputStream()));
    }

    private void read(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    synchronized (lines) {
                        lines.add(line.toString(StandardCharsets.UTF_8));
                        lines.notifyAll();
                    }
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            // the pipe breaks when the process is killed: what was read so far is what counts
        }
        synchronized (lines) {
            lines.notifyAll();
        }
    }

    /** Waits until the till has printed {@code expected}; false if it died or the time ran out first. */
    boolean await(String expected, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        synchronized (lines) {
            while (!lines.contains(expected)) {
                long left = end - System.currentTimeMillis();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return lines.contains(expected);
                }
                lines.wait(Math.min(left, 100));
            }
            return true;
        }
    }

    /** Waits until the till has acknowledged its first sale; false if it died or the time ran out first. */
    boolean awaitFirstSale(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        synchronized (lines) {
            while (lines.indexOf(CrashingTill.READY) < 0 || lines.indexOf(CrashingTill.READY) == lines.size() - 1) {
                long left = end - System.currentTimeMillis();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return false;
                }
                lines.wait(Math.min(left, 100));
            }
            return true;
        }
    }

    void send(String line) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL, then every complete line it printed before dying. */
    List<String> kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a killed till did not die");
        }
        reader.join(60_000);
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    String errors() {
        try {
            return java.nio.file.Files.readString(errors);
        } catch (IOException e) {
            return "";
        }
    }
}
