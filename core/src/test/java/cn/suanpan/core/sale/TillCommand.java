package cn.suanpan.core.sale;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;

/**
 * The command line of a {@link CrashingTill} JVM. A hundred JVM starts dominate the crash
 * test's time, so each is made cheap: the classes are jarred (the AOT cache only takes
 * jars), one run records an ahead-of-time cache of everything a till loads and links
 * ({@code -XX:AOTCacheOutput}, JDK 25), and every later till maps it instead of loading,
 * verifying and linking the classes again — about half the CPU of a plain start. C1 only,
 * the serial collector and a small heap keep the rest down on a busy machine.
 */
final class TillCommand {

    private final List<String> prefix;

    private TillCommand(List<String> prefix) {
        this.prefix = List.copyOf(prefix);
    }

    /** Records the cache with a till that makes a few sales on {@code scratch}, a terminal of its own. */
    static TillCommand prepare(Path work, Path scratch) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> classPath = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                Path jar = work.resolve("classes-" + n++ + ".jar");
                jar(p, jar);
                classPath.add(jar.toString());
            } else if (Files.isRegularFile(p)) {
                classPath.add(entry);
            }
        }
        List<String> base = new ArrayList<>(List.of(java, "-Xmx96m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-Xlog:disable", "-Xlog:all=error:stderr", "-Dfile.encoding=UTF-8"));
        Path archive = work.resolve("till.aot");
        List<String> record = new ArrayList<>(base);
        record.add("-XX:AOTCacheOutput=" + archive);
        record.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), CrashingTill.class.getName()));
        record.addAll(List.of(scratch.toString(), "3"));
        Process p = new ProcessBuilder(record).redirectErrorStream(true).redirectOutput(work.resolve("aot.log").toFile()).start();
        boolean recorded = p.waitFor(10, TimeUnit.MINUTES) && p.exitValue() == 0;
        p.destroyForcibly();
        // without the cache (a JDK before 25, a failed recording) the tills still run, only slower
        if (recorded && Files.isRegularFile(archive)) {
            base.add("-XX:AOTCache=" + archive);
        }
        base.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), CrashingTill.class.getName()));
        return new TillCommand(base);
    }

    List<String> command(Path dataDir) {
        List<String> command = new ArrayList<>(prefix);
        command.add(dataDir.toString());
        return command;
    }

    private static void jar(Path dir, Path jar) {
        ToolProvider tool = ToolProvider.findFirst("jar").orElseThrow();
        StringWriter err = new StringWriter();
        int code = tool.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "cf", jar.toString(), "-C", dir.toString(), ".");
        if (code != 0) {
            throw new UncheckedIOException(new IOException("jar " + dir + ": " + err));
        }
    }
}
