package cn.suanpan.bench.catalog;

import cn.suanpan.bench.ScratchDirs;
import cn.suanpan.bench.startup.LargeCatalog;
import cn.suanpan.core.catalog.CatalogImporter;
import cn.suanpan.core.catalog.ImportReport;
import cn.suanpan.core.store.LocalStore;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How long importing a generated catalog of N products into a new terminal database takes,
 * phase by phase: {@code CatalogImportTime N [TIMES]}. Run with the terminal's heap
 * ({@code -Xmx1g}); prints the wall and CPU time of each phase, the peak heap and the load
 * average. With TIMES &gt; 1 the same file is imported again into the same database (every
 * row then updates a product).
 */
public final class CatalogImportTime {

    /** {@code -Dlive=true}: a full GC at the end of each phase, to print the heap still in use. */
    private static final boolean LIVE_HEAP = Boolean.getBoolean("live");

    private CatalogImportTime() {
    }

    public static void main(String[] args) throws Exception {
        int products = Integer.parseInt(args[0]);
        int times = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path dir = Files.createTempDirectory("suanpan-import");
        try {
            Path csv = dir.resolve("catalog.csv");
            LargeCatalog.write(products, csv, 42);
            System.out.printf("load average before: %s%n", loadAverage());
            try (LocalStore store = LocalStore.open(dir.resolve("db"))) {
                for (int run = 1; run <= times; run++) {
                    importOnce(store, csv, products);
                }
            }
            System.out.printf("database: %,d MiB on disk%n", size(dir.resolve("db")) >> 20);
            System.out.printf("load average after: %s%n", loadAverage());
        } finally {
            ScratchDirs.delete(dir);
        }
    }

    private static void importOnce(LocalStore store, Path csv, int products) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, long[]> phases = new LinkedHashMap<>(); // phase -> {first wall ns, last wall ns}
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ImportReport report;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            report = new CatalogImporter(store, Clock.systemUTC()).importCsv(in, (phase, done, total) -> {
                long now = System.nanoTime();
                phases.computeIfAbsent(phase, k -> new long[] {now, now})[1] = now;
                if (LIVE_HEAP && done == total && done > 0) {
                    System.gc();
                    System.out.printf("  heap in use after GC at the end of %s: %,d MiB%n", phase,
                            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
                }
            });
        }
        long wall = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        if (!report.ok()) {
            throw new IllegalStateException("generated catalog rejected: " + report.errors().subList(0, Math.min(5, report.errors().size())));
        }
        long previous = t0;
        for (var e : phases.entrySet()) {
            System.out.printf("  %-8s until %6.1f s (%5.1f s since the previous phase)%n", e.getKey(),
                    (e.getValue()[1] - t0) / 1e9, (e.getValue()[1] - previous) / 1e9);
            previous = e.getValue()[1];
        }
        System.out.printf("%,d products (%,d inserted, %,d updated): %.1f s wall, %.1f s CPU of the importing thread, peak heap %,d MiB%n",
                products, report.inserted(), report.updated(), wall / 1e9, cpu / 1e9, peakHeap() >> 20);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
