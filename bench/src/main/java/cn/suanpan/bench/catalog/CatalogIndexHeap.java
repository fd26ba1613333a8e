package cn.suanpan.bench.catalog;

import cn.suanpan.core.catalog.index.CatalogIndex;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Builds the catalog index of a generated catalog and prints how long that took and how
 * much heap the index holds once garbage is collected. Run it with {@code -Xmx1g} to show
 * that a million-product catalog fits the terminal's 1 GiB heap:
 * <pre>java -Xmx1g -cp ... cn.suanpan.bench.catalog.CatalogIndexHeap 1000000</pre>
 */
public final class CatalogIndexHeap {

    private CatalogIndexHeap() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        CatalogGenerator generator = new CatalogGenerator(1);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        // making the products alone, to tell the generator's share of the build time
        long[] chars = {0};
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        generator.forEach(size, p -> chars[0] += p.name().length());
        long generateWall = System.nanoTime() - wall;
        long generateCpu = os.getProcessCpuTime() - cpu;

        long before = usedAfterGc(memory);
        wall = System.nanoTime();
        cpu = os.getProcessCpuTime();
        CatalogIndex index = CatalogIndex.from(sink -> generator.forEach(size, sink), size);
        long buildWall = System.nanoTime() - wall;
        long buildCpu = os.getProcessCpuTime() - cpu;
        long after = usedAfterGc(memory);

        long indexBytes = after - before;
        System.out.printf("products:              %,d (%,d name characters)%n", index.size(), chars[0]);
        System.out.printf("generate only:         %,d ms wall, %,d ms CPU (all threads)%n", generateWall / 1_000_000, generateCpu / 1_000_000);
        System.out.printf("generate + index:      %,d ms wall, %,d ms CPU (all threads)%n", buildWall / 1_000_000, buildCpu / 1_000_000);
        System.out.printf("heap used before:      %,.1f MiB%n", before / 1048576.0);
        System.out.printf("heap used after GC:    %,.1f MiB (index %,.1f MiB, %d bytes a product)%n",
                after / 1048576.0, indexBytes / 1048576.0, indexBytes / Math.max(1, index.size()));
        System.out.printf("max heap:              %,.1f MiB%n", memory.getHeapMemoryUsage().getMax() / 1048576.0);
        if (index.byBarcode(CatalogGenerator.barcode(1)).isEmpty()) {
            throw new IllegalStateException("index lost a barcode"); // also keeps the index reachable
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
