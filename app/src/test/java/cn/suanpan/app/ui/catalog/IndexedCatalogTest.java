package cn.suanpan.app.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.catalog.scale.ScaleLabelDecoder;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.catalog.CatalogChanges;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sale screen's catalog on core's index, read from the demo store. */
class IndexedCatalogTest {

    @TempDir
    static Path data;
    static TestTerminal terminal;
    static IndexedCatalog catalog;

    @BeforeAll
    static void open() {
        terminal = TestTerminal.open(data);
        catalog = IndexedCatalog.load(terminal.context().catalog(), ScaleLabelDecoder.defaults());
    }

    @AfterAll
    static void close() {
        terminal.close();
    }

    @Test
    void aBarcodeFindsItsProductAndAScaleLabelItsWeightAndAmount() {
        assertThat(catalog.scan("6999993984647")).isInstanceOfSatisfying(ScanOutcome.Found.class,
                f -> assertThat(f.product().name()).contains("可口可乐"));
        Product banana = catalog.search("香蕉", 5).stream().filter(Product::weighed).findFirst().orElseThrow();
        String label = ScaleLabels.amountLabel(banana, Money.parse("5.14"));
        assertThat(catalog.scan(label)).isInstanceOfSatisfying(ScanOutcome.ScaleLabel.class, l -> {
            assertThat(l.product().sku()).isEqualTo(banana.sku());
            assertThat(l.amount()).isEqualTo(Money.parse("5.14"));
            // the weight follows from the unit price
            assertThat(l.weight().priceAt(banana.price())).isEqualTo(Money.parse("5.14"));
        });
    }

    @Test
    void unknownCodesAndMisreadsAreUnknown() {
        assertThat(catalog.scan("6999993984640")).isInstanceOf(ScanOutcome.Unknown.class);
        assertThat(catalog.scan("123")).isInstanceOf(ScanOutcome.Unknown.class);
    }

    @Test
    void searchFindsByPinyinInitialsAndTheGridShowsEachCategory() {
        assertThat(catalog.search("kkkl", 10)).extracting(Product::name).anyMatch(n -> n.contains("可口可乐"));
        String first = catalog.categories().getFirst().code();
        assertThat(catalog.inCategory(first, 60)).isNotEmpty().allMatch(p -> first.equals(p.categoryCode()) && p.active());
        assertThat(catalog.size()).isEqualTo(terminal.context().catalog().productCount());
    }

    @Test
    void aCatalogChangedInTheStoreIsReloadedOnceAndOnlyThen() {
        assertThat(catalog.reloadIfChanged()).isFalse();
        Product tea = new Product(UUID.randomUUID(), "IMPORT-TEA", "茉莉花茶", "Jasmine tea", "mo li hua cha", "mlhc", null, null,
                "瓶", Money.parse("3.00"), null, null, 1300, false, null, false, true, List.of("6900000000024"));
        terminal.context().store().inTransactionRun(tx ->
                CatalogChanges.apply(tx, List.of(new CatalogChanges.ProductUpsert(tea)), Clock.systemUTC()));

        assertThat(catalog.reloadIfChanged()).isTrue();
        assertThat(catalog.scan("6900000000024")).isInstanceOf(ScanOutcome.Found.class);
        assertThat(catalog.reloadIfChanged()).isFalse();
    }
}
