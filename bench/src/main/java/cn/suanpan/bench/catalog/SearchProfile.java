package cn.suanpan.bench.catalog;

import cn.suanpan.core.catalog.index.CatalogIndex;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What each search of {@link CatalogIndexBenchmark} costs, without JMH and without the
 * scheduler: {@code SearchProfile [PRODUCTS] [ROUNDS]} builds the index of a generated
 * catalog, then runs every query of each kind ROUNDS times and prints, per kind, the
 * percentiles of the thread's CPU time per search (time waiting for a core does not count),
 * the bytes allocated per search, and the queries that cost the most. Run with the
 * terminal's heap ({@code -Xmx1g}).
 */
public final class SearchProfile {

    private SearchProfile() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        CatalogGenerator generator = new CatalogGenerator(1);
        CatalogIndex index = CatalogIndex.from(sink -> generator.forEach(size, sink), size);

        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("name", generator.nameQueries());
        kinds.put("pinyin initials", generator.initialsQueries());
        kinds.put("pinyin", generator.pinyinQueries());
        kinds.put("english", generator.englishQueries());
        kinds.put("partial barcode", partialBarcodes(size));

        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // warm-up: every query a few times, so that what is measured is compiled code
        for (int r = 0; r < 5; r++) {
            kinds.values().forEach(queries -> queries.forEach(q -> index.search(q, CatalogIndexBenchmark.LIMIT)));
        }
        System.out.printf("%,d products, %d rounds, load average %s%n", size, rounds,
                Files.readString(Path.of("/proc/loadavg")).strip());
        for (var kind : kinds.entrySet()) {
            List<String> queries = kind.getValue();
            long[][] cpu = new long[queries.size()][rounds];
            long allocated = 0;
            int hits = 0;
            long[] all = new long[queries.size() * rounds];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < queries.size(); i++) {
                    long a0 = threads.getCurrentThreadAllocatedBytes();
                    long c0 = threads.getCurrentThreadCpuTime();
                    hits += index.search(queries.get(i), CatalogIndexBenchmark.LIMIT).size();
                    long c = threads.getCurrentThreadCpuTime() - c0;
                    allocated += threads.getCurrentThreadAllocatedBytes() - a0;
                    cpu[i][r] = c;
                    all[n++] = c;
                }
            }
            Arrays.sort(all);
            System.out.printf("%-16s CPU per search p50 %7.3f ms  p90 %7.3f ms  p99 %7.3f ms  max %7.3f ms;"
                            + " %,d bytes allocated a search; %.1f hits%n",
                    kind.getKey(), at(all, 0.5), at(all, 0.9), at(all, 0.99), all[all.length - 1] / 1e6,
                    allocated / all.length, hits / (double) all.length);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                Arrays.sort(cpu[i]);
                order.add(i);
            }
            order.sort(Comparator.comparingLong((Integer i) -> cpu[i][rounds / 2]).reversed());
            StringBuilder slowest = new StringBuilder("    costliest (median CPU): ");
            for (int i : order.subList(0, Math.min(5, order.size()))) {
                slowest.append(String.format("%s %.2f ms; ", queries.get(i), cpu[i][rounds / 2] / 1e6));
            }
            System.out.println(slowest);
        }
    }

    /** The last 4, 5 or 6 digits of random barcodes, as the benchmark keys them in. */
    private static List<String> partialBarcodes(int size) {
        SplittableRandom r = new SplittableRandom(7);
        List<String> partial = new ArrayList<>();
        while (partial.size() < 300) {
            String code = CatalogGenerator.barcode(r.nextInt(size));
            if (code != null) {
                partial.add(code.substring(code.length() - 4 - partial.size() % 3));
            }
        }
        return partial;
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
