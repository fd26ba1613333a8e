package cn.suanpan.bench.catalog;

import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.catalog.index.CatalogIndex;
import cn.suanpan.core.catalog.index.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lookup and search latency of the sale screen's catalog index over a generated catalog
 * (one million products by default), as sampled latencies so that JMH reports p50 and p99.
 * The fork runs with a 1 GiB heap: the index has to fit the terminal's budget while it is
 * measured. Each call takes the next query of a fixed, shuffled list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CatalogIndexBenchmark {

    /** Results a search screen shows. */
    static final int LIMIT = 20;

    @Param("1000000")
    int size;

    CatalogIndex index;
    String[] barcodes;
    String[] skus;
    String[] names;
    String[] initials;
    String[] pinyin;
    String[] english;
    String[] partialBarcodes;
    int next;

    @Setup(Level.Trial)
    public void build() {
        CatalogGenerator generator = new CatalogGenerator(1);
        index = CatalogIndex.from(sink -> generator.forEach(size, sink), size);
        SplittableRandom r = new SplittableRandom(7);
        List<String> codes = new ArrayList<>();
        List<String> skuList = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        while (codes.size() < 4096) {
            int i = r.nextInt(size);
            String code = CatalogGenerator.barcode(i);
            if (code != null) {
                codes.add(code);
                skuList.add(CatalogGenerator.sku(i));
                // the last 4, 5 or 6 digits, as keyed in from a damaged label
                partial.add(code.substring(code.length() - 4 - codes.size() % 3));
            }
        }
        barcodes = codes.toArray(String[]::new);
        skus = skuList.toArray(String[]::new);
        partialBarcodes = partial.toArray(String[]::new);
        names = shuffled(generator.nameQueries(), r);
        initials = shuffled(generator.initialsQueries(), r);
        pinyin = shuffled(generator.pinyinQueries(), r);
        english = shuffled(generator.englishQueries(), r);
    }

    private static String[] shuffled(List<String> list, SplittableRandom r) {
        String[] a = list.toArray(String[]::new);
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            String t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private String pick(String[] queries) {
        int i = next++;
        if (next >= Integer.MAX_VALUE - 1) {
            next = 0;
        }
        return queries[i % queries.length];
    }

    @Benchmark
    public Optional<Product> lookupBarcode() {
        return index.byBarcode(pick(barcodes));
    }

    @Benchmark
    public Optional<Product> lookupSku() {
        return index.bySku(pick(skus));
    }

    @Benchmark
    public List<SearchHit> searchName() {
        return index.search(pick(names), LIMIT);
    }

    @Benchmark
    public List<SearchHit> searchPinyinInitials() {
        return index.search(pick(initials), LIMIT);
    }

    @Benchmark
    public List<SearchHit> searchPinyin() {
        return index.search(pick(pinyin), LIMIT);
    }

    @Benchmark
    public List<SearchHit> searchEnglish() {
        return index.search(pick(english), LIMIT);
    }

    @Benchmark
    public List<SearchHit> searchPartialBarcode() {
        return index.search(pick(partialBarcodes), LIMIT);
    }
}
