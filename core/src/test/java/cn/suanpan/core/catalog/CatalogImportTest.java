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
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImportTest {

    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T01:00:00Z"));
    private LocalStore store;
    private CatalogImporter importer;
    private CatalogRepository catalog;

    @BeforeEach
    void open() {
        store = LocalStore.open(tmp);
        importer = new CatalogImporter(store, clock);
        catalog = new CatalogRepository(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportReport importDemo() {
        try (Reader in = DemoFiles.catalog()) {
            return importer.importCsv(in, CatalogImporter.Progress.NONE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ImportReport importText(String csv) {
        return importer.importCsv(new StringReader(csv), CatalogImporter.Progress.NONE);
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
    void importsTheDemoCatalog() {
        ImportReport report = importDemo();

        assertThat(report.errors()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.rows()).isEqualTo(DemoFiles.PRODUCTS);
        assertThat(report.inserted()).isEqualTo(DemoFiles.PRODUCTS);
        assertThat(report.updated()).isZero();
        assertThat(report.categoriesCreated()).isEqualTo(9);
        assertThat(catalog.productCount()).isEqualTo(DemoFiles.PRODUCTS);
        assertThat(catalog.categories()).extracting(Category::code).containsExactlyInAnyOrder(
                "drinks", "snacks", "noodles", "daily", "dairy", "bakery", "frozen", "condiments", "weighed");
        assertThat(store.dsl().fetchCount(BARCODE)).isEqualTo(210);
        assertThat(catalog.byCategory("drinks", 1000)).hasSize(45);
    }

    @Test
    void findsProductsByBarcodeAndSku() {
        importDemo();

        Product cola = catalog.byBarcode("6999993422408").orElseThrow();
        assertThat(cola.sku()).isEqualTo("SP00001");
        assertThat(cola.name()).isEqualTo("可口可乐 500ml");
        assertThat(cola.nameEn()).isEqualTo("Coca-Cola 500ml");
        assertThat(cola.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("可口可乐 500ml");
        assertThat(cola.displayName(Locale.ENGLISH)).isEqualTo("Coca-Cola 500ml");
        assertThat(cola.pinyin()).isEqualTo("kekoukele500ml");
        assertThat(cola.pinyinInitials()).isEqualTo("kkkl500ml");
        assertThat(cola.categoryCode()).isEqualTo("drinks");
        assertThat(cola.unit()).isEqualTo("bottle");
        assertThat(cola.price()).isEqualTo(Money.parse("3.50"));
        assertThat(cola.cost()).isEqualTo(Money.parse("2.61"));
        assertThat(cola.memberPrice()).isEqualTo(Money.parse("3.10"));
        assertThat(cola.taxRateBasisPoints()).isEqualTo(1300);
        assertThat(cola.voiceAlias()).isEqualTo("cola");
        assertThat(cola.weighed()).isFalse();
        assertThat(cola.active()).isTrue();
        assertThat(cola.barcodes()).containsExactly("6999993422408", "6999993984647");
        assertThat(catalog.byBarcode("6999993984647")).contains(cola);
        assertThat(catalog.bySku("SP00001")).contains(cola);

        Product banana = catalog.bySku("SP00193").orElseThrow();
        assertThat(banana.name()).isEqualTo("香蕉");
        assertThat(banana.weighed()).isTrue();
        assertThat(banana.unit()).isEqualTo("kg");
        assertThat(banana.scaleCode()).isEqualTo("00101");
        assertThat(banana.taxRateBasisPoints()).isEqualTo(900);
        assertThat(banana.memberPrice()).isNull();
        assertThat(banana.barcodes()).isEmpty();

        assertThat(catalog.byBarcode("4006381333931")).isEmpty();
        assertThat(catalog.bySku("SP99999")).isEmpty();
    }

    @Test
    void aFileWithBadRowsReportsEveryErrorAndWritesNothing() {
        importDemo();
        String csv = """
                sku,barcodes,name,price,tax_rate
                A1,4006381333931,Good row,1.00,13
                A2,4006381333932,Bad check digit,1.00,13
                A3,,Missing price,,13
                A4,,Negative price,-1.00,13
                A1,,Duplicate SKU,2.00,13
                A5,4006381333931,Duplicate barcode,1.00,13
                A6,,Bad tax rate,1.00,thirteen
                A7,,Three decimals,1.005,13
                A8,,Tax over 100 %,1.00,130
                """;

        ImportReport report = importText(csv);

        assertThat(report.ok()).isFalse();
        assertThat(report.rows()).isEqualTo(9);
        assertThat(report.inserted()).isZero();
        assertThat(report.updated()).isZero();
        assertThat(report.errors())
                .extracting(e -> e.line(), e -> e.column(), e -> e.message().key())
                .containsExactly(
                        tuple(3, "barcodes", "catalog.import.badCheckDigit"),
                        tuple(4, "price", "catalog.import.required"),
                        tuple(5, "price", "catalog.import.negative"),
                        tuple(6, "sku", "catalog.import.duplicateSku"),
                        tuple(7, "barcodes", "catalog.import.duplicateBarcode"),
                        tuple(8, "tax_rate", "catalog.import.badTaxRate"),
                        tuple(9, "price", "catalog.import.badAmount"),
                        tuple(10, "tax_rate", "catalog.import.badTaxRate"));
        assertThat(report.errors().get(4).message().format(Locale.ENGLISH))
                .isEqualTo("The barcode 4006381333931 also belongs to SKU A1.");
        assertThat(report.errors().get(0).message().format(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("条码 4006381333932 的校验位错误。");

        assertThat(catalog.productCount()).isEqualTo(DemoFiles.PRODUCTS);
        assertThat(catalog.bySku("A1")).isEmpty();
    }

    @Test
    void anUnknownOrMissingColumnIsReportedOnTheHeaderLine() {
        ImportReport report = importText("""
                sku,name,colour
                A1,Red thing,red
                """);
        assertThat(report.errors())
                .extracting(e -> e.line(), e -> e.column(), e -> e.message().key())
                .containsExactly(
                        tuple(1, "colour", "catalog.import.unknownColumn"),
                        tuple(1, "price", "catalog.import.missingColumn"));
        assertThat(catalog.productCount()).isZero();
        assertThat(store.dsl().fetchCount(CATEGORY)).isZero();
    }

    @Test
    void anEmptyFileIsReported() {
        ImportReport report = importText("");
        assertThat(report.errors()).extracting(e -> e.message().key()).containsExactly("catalog.import.empty");
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotedFields() {
        ImportReport report = importText("""
                sku,name,price
                A1,"Two
                lines",1.00
                A2,Bad price,one yuan
                """);
        assertThat(report.errors()).extracting(e -> e.line(), e -> e.column()).containsExactly(tuple(4, "price"));
    }

    @Test
    void reimportingAnExportChangesNothing() {
        importDemo();
        List<Product> before = all();
        String first = export();
        clock.advance(java.time.Duration.ofDays(1));

        ImportReport report = importText(first);

        assertThat(report.errors()).isEmpty();
        assertThat(report.inserted()).isZero();
        assertThat(report.updated()).isEqualTo(DemoFiles.PRODUCTS);
        assertThat(report.categoriesCreated()).isZero();
        assertThat(all()).isEqualTo(before);
        assertThat(export()).isEqualTo(first);
        assertThat(first.lines()).hasSize(DemoFiles.PRODUCTS + 1)
                .first().isEqualTo(String.join(",", CatalogCsv.COLUMNS));
    }

    @Test
    void updatingAProductBySkuReplacesItsBarcodes() {
        importDemo();
        Product before = catalog.bySku("SP00001").orElseThrow();
        int barcodesBefore = store.dsl().fetchCount(BARCODE);
        String newCode = Ean13.withCheckDigit("690000000001");

        ImportReport report = importText("""
                sku,barcodes,name,name_en,category,unit,price,cost,member_price,tax_rate,voice_alias
                SP00001,%s,可口可乐 500ml,Coca-Cola 500ml,drinks,bottle,3.80,2.61,3.10,13,cola
                """.formatted(newCode));

        assertThat(report.errors()).isEmpty();
        assertThat(report.inserted()).isZero();
        assertThat(report.updated()).isEqualTo(1);
        Product after = catalog.byBarcode(newCode).orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.price()).isEqualTo(Money.parse("3.80"));
        assertThat(after.barcodes()).containsExactly(newCode);
        assertThat(catalog.byBarcode("6999993984647")).isEmpty();
        assertThat(catalog.byBarcode("6999993422408")).isEmpty();
        assertThat(catalog.productCount()).isEqualTo(DemoFiles.PRODUCTS);
        assertThat(store.dsl().fetchCount(BARCODE)).isEqualTo(barcodesBefore - 1);
    }

    @Test
    void aPriceListWithFewColumnsChangesOnlyThosePrices() {
        importDemo();
        Product before = catalog.bySku("SP00001").orElseThrow();

        ImportReport report = importText("""
                sku,name,price
                SP00001,可口可乐 500ml,3.90
                """);

        assertThat(report.errors()).isEmpty();
        Product after = catalog.bySku("SP00001").orElseThrow();
        assertThat(after.price()).isEqualTo(Money.parse("3.90"));
        assertThat(after).usingRecursiveComparison().ignoringFields("price").isEqualTo(before);
    }

    @Test
    void aBarcodeMayMoveBetweenProductsOfTheSameFile() {
        importDemo();
        // SP00001 gives up one of its two codes to SP00002
        ImportReport report = importText("""
                sku,barcodes,name,price
                SP00001,6999993984647,可口可乐 500ml,3.50
                SP00002,6999993109323|6999993422408,可口可乐 330ml 罐装,2.50
                """);

        assertThat(report.errors()).isEmpty();
        assertThat(catalog.byBarcode("6999993422408").orElseThrow().sku()).isEqualTo("SP00002");
        assertThat(catalog.bySku("SP00001").orElseThrow().barcodes()).containsExactly("6999993984647");
    }

    @Test
    void aBarcodeHeldByAProductOutsideTheFileIsRefusedAndNothingIsWritten() {
        importDemo();
        String before = export();

        assertThatThrownBy(() -> importText("""
                sku,barcodes,name,price
                NEW1,,New product,1.00
                SP00001,6999993109323,可口可乐 500ml,9.99
                """))
                .isInstanceOfSatisfying(SuanpanException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("catalog.import.barcodeTaken");
                    assertThat(e.userMessage().args()).containsExactly("6999993109323", "SP00002");
                });

        assertThat(export()).isEqualTo(before);
        assertThat(catalog.bySku("NEW1")).isEmpty();
    }

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaksRoundTrip() {
        String name = "可乐 \"经典\", 500ml";
        String nameEn = "Cola \"Classic\", 500ml\nlimited";
        String csv = "sku,barcodes,name,name_en,price,voice_alias\n"
                + "Q1,,\"可乐 \"\"经典\"\", 500ml\",\"Cola \"\"Classic\"\", 500ml\nlimited\",3.50,\"cola, classic\"\n";

        ImportReport report = importText(csv);

        assertThat(report.errors()).isEmpty();
        Product p = catalog.bySku("Q1").orElseThrow();
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.nameEn()).isEqualTo(nameEn);
        assertThat(p.voiceAlias()).isEqualTo("cola, classic");

        String exported = export();
        assertThat(exported).contains("\"可乐 \"\"经典\"\", 500ml\"");
        List<Product> before = all();
        assertThat(importText(exported).errors()).isEmpty();
        assertThat(all()).isEqualTo(before);
        assertThat(export()).isEqualTo(exported);
    }

    @Test
    void aSpreadsheetFileWithByteOrderMarkAndWindowsLineEndsImports() {
        String csv = "\uFEFFsku,name,price,weighed,active\r\nW1,称重苹果,11.98,是,否\r\nW2,Plain,1,no,yes\r\n";

        ImportReport report = importText(csv);

        assertThat(report.errors()).isEmpty();
        Product w1 = catalog.bySku("W1").orElseThrow();
        assertThat(w1.weighed()).isTrue();
        assertThat(w1.unit()).isEqualTo("kg");
        assertThat(w1.active()).isFalse();
        assertThat(w1.taxRateBasisPoints()).isEqualTo(1300);
        assertThat(catalog.bySku("W2").orElseThrow().price()).isEqualTo(Money.ofYuan(1));
    }

    @Test
    void progressReachesTheTotalInBothPhases() {
        List<long[]> check = new ArrayList<>();
        List<long[]> write = new ArrayList<>();
        try (Reader in = DemoFiles.catalog()) {
            importer.importCsv(in, (phase, done, total) -> {
                (phase.equals("check") ? check : write).add(new long[] {done, total});
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(check).isNotEmpty();
        assertThat(write).isNotEmpty();
        assertThat(check.getLast()).containsExactly(DemoFiles.PRODUCTS, DemoFiles.PRODUCTS);
        assertThat(write.getLast()).containsExactly(DemoFiles.PRODUCTS, DemoFiles.PRODUCTS);
        assertThat(write).extracting(p -> p[0]).isSorted();
    }

    @Test
    void categoryFileNamesTheCategoriesTheCatalogUses() throws Exception {
        int categories;
        try (Reader in = DemoFiles.categories()) {
            categories = importer.importCategories(in);
        }
        ImportReport report = importDemo();

        assertThat(categories).isEqualTo(9);
        assertThat(report.categoriesCreated()).isZero();
        Category drinks = catalog.categories().getFirst();
        assertThat(drinks.code()).isEqualTo("drinks");
        assertThat(drinks.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("饮料");
        assertThat(drinks.displayName(Locale.ENGLISH)).isEqualTo("Drinks");
        assertThat(drinks.sortOrder()).isEqualTo(10);
    }
}
