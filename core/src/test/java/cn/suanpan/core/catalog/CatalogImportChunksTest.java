package cn.suanpan.core.catalog;

import static cn.suanpan.core.store.schema.Tables.BARCODE;
import static cn.suanpan.core.store.schema.Tables.CATEGORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.testing.DemoFiles;
import cn.suanpan.core.testing.MutableClock;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer writes a file a chunk at a time as it checks it, inside one transaction: these
 * tests use chunks of a few rows so that what one chunk does to the next (barcodes moving
 * between products, a late error, a barcode held outside the file) is seen on small files.
 */
class CatalogImportChunksTest {

    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T01:00:00Z"));
    private LocalStore store;
    private CatalogRepository catalog;

    @BeforeEach
    void open() {
        store = LocalStore.open(tmp);
        catalog = new CatalogRepository(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportReport importDemo(int chunk) {
        try (Reader in = DemoFiles.catalog()) {
            return new CatalogImporter(store, clock, chunk).importCsv(in, CatalogImporter.Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportReport importText(String csv, int chunk) {
        return new CatalogImporter(store, clock, chunk).importCsv(new StringReader(csv), CatalogImporter.Progress.NONE);
    }

    private String export() {
        StringWriter out = new StringWriter();
        catalog.exportCsv(out);
        return out.toString();
    }

    private List<Product> all() {
        List<Product> products = new ArrayList<>();
        catalog.forEach(products::add);
        return products;
    }

    @Test
    void smallChunksImportTheSameCatalogAsOneChunk() {
        ImportReport report = importDemo(3);
        String inChunks = export();
        int barcodes = store.dsl().fetchCount(BARCODE);
        store.close();
        store = LocalStore.open(tmp.resolve("whole"));
        catalog = new CatalogRepository(store);
        importDemo(10_000);

        assertThat(report.errors()).isEmpty();
        assertThat(report.inserted()).isEqualTo(DemoFiles.PRODUCTS);
        assertThat(report.categoriesCreated()).isEqualTo(9);
        assertThat(inChunks).isEqualTo(export());
        assertThat(barcodes).isEqualTo(store.dsl().fetchCount(BARCODE));
    }

    @Test
    void reimportingAnExportInSmallChunksChangesNothing() {
        importDemo(10_000);
        List<Product> before = all();
        String exported = export();
        clock.advance(Duration.ofDays(1));

        ImportReport report = importText(exported, 4);

        assertThat(report.errors()).isEmpty();
        assertThat(report.inserted()).isZero();
        assertThat(report.updated()).isEqualTo(DemoFiles.PRODUCTS);
        assertThat(all()).isEqualTo(before);
    }

    @Test
    void aBarcodeMovesToAProductOfAnEarlierChunkFromOneOfALaterChunk() {
        importDemo(10_000);
        // one row a chunk: SP00001 takes 6999993109323 from SP00002 before SP00002 is written
        ImportReport report = importText("""
                sku,barcodes,name,price
                SP00001,6999993422408|6999993109323,可口可乐 500ml,3.50
                NEW1,6999993984647,New product,1.00
                SP00002,4006381333931,可口可乐 330ml 罐装,2.50
                """, 1);

        assertThat(report.errors()).isEmpty();
        assertThat(report.inserted()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(2);
        assertThat(catalog.bySku("SP00001").orElseThrow().barcodes()).containsExactly("6999993109323", "6999993422408");
        assertThat(catalog.bySku("NEW1").orElseThrow().barcodes()).containsExactly("6999993984647");
        assertThat(catalog.bySku("SP00002").orElseThrow().barcodes()).containsExactly("4006381333931");
        assertThat(catalog.byBarcode("6999993109323").orElseThrow().sku()).isEqualTo("SP00001");
    }

    @Test
    void aBarcodeMovesFromAProductOfAnEarlierChunk() {
        importDemo(10_000);
        ImportReport report = importText("""
                sku,barcodes,name,price
                SP00001,6999993422408,可口可乐 500ml,3.50
                SP00002,6999993109323|6999993984647,可口可乐 330ml 罐装,2.50
                """, 1);

        assertThat(report.errors()).isEmpty();
        assertThat(catalog.bySku("SP00001").orElseThrow().barcodes()).containsExactly("6999993422408");
        assertThat(catalog.byBarcode("6999993984647").orElseThrow().sku()).isEqualTo("SP00002");
    }

    @Test
    void aBarcodeHeldOutsideTheFileIsRefusedAfterEarlierChunksWereWritten() {
        importDemo(10_000);
        String before = export();

        assertThatThrownBy(() -> importText("""
                sku,barcodes,name,price
                NEW1,,New product,1.00
                NEW2,,Another,1.00
                SP00001,6999993109323,可口可乐 500ml,9.99
                NEW3,,And a third,1.00
                """, 1))
                .isInstanceOfSatisfying(SuanpanException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("catalog.import.barcodeTaken");
                    assertThat(e.userMessage().args()).containsExactly("6999993109323", "SP00002");
                });

        assertThat(export()).isEqualTo(before);
        assertThat(catalog.bySku("NEW1")).isEmpty();
        assertThat(catalog.byBarcode("6999993109323").orElseThrow().sku()).isEqualTo("SP00002");
    }

    @Test
    void anErrorAfterChunksWereWrittenLeavesNothingOfTheFile() {
        StringBuilder csv = new StringBuilder("sku,barcodes,name,category,price\n");
        for (int i = 1; i <= 20; i++) {
            csv.append("N").append(i).append(",,Product ").append(i).append(",new-category-").append(i).append(",1.00\n");
        }
        csv.append("N21,,Bad price,new-category-21,one yuan\n");
        csv.append("N22,,Good again,new-category-22,2.00\n");

        ImportReport report = importText(csv.toString(), 3);

        assertThat(report.ok()).isFalse();
        assertThat(report.rows()).isEqualTo(22);
        assertThat(report.inserted()).isZero();
        assertThat(report.errors()).extracting(e -> e.line(), e -> e.column(), e -> e.message().key())
                .containsExactly(tuple(22, "price", "catalog.import.badAmount"));
        assertThat(catalog.productCount()).isZero();
        assertThat(store.dsl().fetchCount(CATEGORY)).isZero();
        assertThat(store.dsl().fetchCount(BARCODE)).isZero();

        ImportReport fixed = importText(csv.toString().replace("one yuan", "1.50"), 3);
        assertThat(fixed.errors()).isEmpty();
        assertThat(fixed.inserted()).isEqualTo(22);
        assertThat(fixed.categoriesCreated()).isEqualTo(22);
        assertThat(catalog.bySku("N21").orElseThrow().price()).isEqualTo(Money.parse("1.50"));
    }

    @Test
    void aDuplicateFoundInALaterChunkLeavesNothingOfTheFile() {
        ImportReport report = importText("""
                sku,barcodes,name,price
                D1,4006381333931,One,1.00
                D2,,Two,1.00
                D3,,Three,1.00
                D4,4006381333931,Four,1.00
                """, 1);

        assertThat(report.errors()).extracting(e -> e.line(), e -> e.message().key())
                .containsExactly(tuple(5, "catalog.import.duplicateBarcode"));
        assertThat(catalog.productCount()).isZero();
        assertThat(store.dsl().fetchCount(BARCODE)).isZero();
    }
}
