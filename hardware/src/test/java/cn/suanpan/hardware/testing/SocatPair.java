package cn.suanpan.hardware.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A virtual serial cable: socat joins two ptys and names them by symlinks, which (like typed-in
 * paths of USB adapters) jSerialComm's port listing does not show. Killing socat is unplugging
 * the cable; starting it again with the same links is plugging it back.
 */
public final class SocatPair implements AutoCloseable {

    private final Path deviceEnd;
    private final Path farEnd;
    private final Path log;
    private Process process;

    private SocatPair(Path dir, String name) {
        this.deviceEnd = dir.resolve(name + "-pos");
        this.farEnd = dir.resolve(name + "-dev");
        this.log = dir.resolve(name + "-socat.log");
    }

    /** Skips the calling test, saying why, when socat is not installed. */
    public static void assumeSocat() {
        assumeTrue(installed(), "socat is not installed: serial tests need it for virtual pty pairs (apt-get install socat)");
    }

    public static boolean installed() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    public static SocatPair start(Path dir, String name) throws IOException, InterruptedException {
        assumeSocat();
        SocatPair pair = new SocatPair(dir, name);
        pair.plugIn();
        return pair;
    }

    /** The end the terminal's driver opens. */
    public String deviceEnd() {
        return deviceEnd.toString();
    }

    /** The end the simulated device opens. */
    public String farEnd() {
        return farEnd.toString();
    }

    /** Starts socat (again) with the same links, and waits until both are there. */
    public void plugIn() throws IOException, InterruptedException {
        process = new ProcessBuilder(List.of("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + deviceEnd, "pty,raw,echo=0,link=" + farEnd))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Await.until(Duration.ofSeconds(10), () -> Files.exists(deviceEnd) && Files.exists(farEnd),
                () -> "socat links " + deviceEnd + " and " + farEnd + " did not appear; log: " + readLog());
    }

    /** Kills socat (SIGTERM; it removes its links) and waits until it is gone. */
    public void unplug() throws InterruptedException {
        Process p = process;
        if (p == null) {
            return;
        }
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    private String readLog() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        try {
            unplug();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
