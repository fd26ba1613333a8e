package cn.suanpan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.catalog.CatalogChanges.CategoryRemoved;
import cn.suanpan.core.catalog.CatalogChanges.CategoryUpsert;
import cn.suanpan.core.catalog.CatalogChanges.ProductRemoved;
import cn.suanpan.core.catalog.CatalogChanges.ProductUpsert;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.stock.MovementKind;
import cn.suanpan.core.stock.StockLedger;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.testing.MutableClock;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogChangesTest {

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

    private static Product product(UUID id, String sku, String name, long priceFen, String category, String scaleCode,
                                   String... barcodes) {
        return new Product(id, sku, name, null, null, null, null, category, "pc", Money.ofFen(priceFen), null, null, 1300,
                false, scaleCode, true, true, List.of(barcodes));
    }

    private CatalogChanges.Applied apply(CatalogChanges.Change... changes) {
        return store.inTransaction(tx -> CatalogChanges.apply(tx, List.of(changes), clock));
    }

    @Test
    void insertsAndThenUpdatesProductsUnderTheCloudsIds() {
        UUID id = UUID.randomUUID();
        apply(new CategoryUpsert("drinks", "饮料", "Drinks", 10),
                new ProductUpsert(product(id, "C1", "可乐", 350, "drinks", null, "6901234567892")));

        Product p = catalog.byBarcode("6901234567892").orElseThrow();
        assertThat(p.id()).isEqualTo(id);
        assertThat(p.price()).isEqualTo(Money.ofFen(350));
        assertThat(p.categoryCode()).isEqualTo("drinks");
        assertThat(p.pinyinInitials()).isEqualTo("kl");

        apply(new ProductUpsert(product(id, "C1", "可乐", 380, "drinks", null, "6901234567885")));

        assertThat(catalog.bySku("C1").orElseThrow().price()).isEqualTo(Money.ofFen(380));
        assertThat(catalog.byBarcode("6901234567892")).isEmpty();
        assertThat(catalog.byBarcode("6901234567885")).map(Product::id).contains(id);
        assertThat(catalog.productCount()).isEqualTo(1);
    }

    @Test
    void aProductNamingAnUnknownCategoryGetsAPlaceholderThatTheCategoryFillsInLater() {
        apply(new ProductUpsert(product(UUID.randomUUID(), "N1", "方便面", 450, "noodles", null)));
        assertThat(catalog.categories()).extracting(Category::code, Category::name).containsExactly(
                org.assertj.core.api.Assertions.tuple("noodles", "noodles"));

        apply(new CategoryUpsert("noodles", "方便面", "Instant noodles", 30));

        assertThat(catalog.categories()).extracting(Category::name).containsExactly("方便面");
        assertThat(catalog.bySku("N1").orElseThrow().categoryCode()).isEqualTo("noodles");
    }

    @Test
    void aLocallySeededProductIsRekeyedToTheCloudsIdWithItsStock() {
        new CatalogImporter(store, clock).importCsv(new StringReader("""
                sku,barcodes,name,price
                S1,6901234567892,矿泉水,2.00
                """), CatalogImporter.Progress.NONE);
        UUID localId = catalog.bySku("S1").orElseThrow().id();
        StockLedger ledger = new StockLedger(store, clock);
        ledger.record(localId, new BigDecimal("24"), MovementKind.RECEIPT, "delivery", null);
        UUID cloudId = UUID.randomUUID();

        apply(new ProductUpsert(product(cloudId, "S1", "矿泉水", 200, null, null, "6901234567892")));

        assertThat(catalog.bySku("S1").orElseThrow().id()).isEqualTo(cloudId);
        assertThat(catalog.productCount()).isEqualTo(1);
        assertThat(ledger.onHand(cloudId)).isEqualByComparingTo("24");
        assertThat(catalog.byBarcode("6901234567892")).map(Product::id).contains(cloudId);
    }

    @Test
    void theCloudTakesBarcodesScaleCodesAndSkusFromOtherLocalProducts() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        apply(new ProductUpsert(product(a, "A", "苹果", 100, null, "00001", "6901234567892")),
                new ProductUpsert(product(b, "B", "香蕉", 100, null, null)));

        // the cloud moved the barcode and the scale code to B, and gave B the SKU A
        apply(new ProductUpsert(product(b, "A", "香蕉", 120, null, "00001", "6901234567892")));

        assertThat(catalog.byBarcode("6901234567892")).map(Product::id).contains(b);
        assertThat(catalog.bySku("A")).map(Product::id).contains(b);
        Product old = store.dsl().selectFrom(cn.suanpan.core.store.schema.Tables.PRODUCT)
                .where(cn.suanpan.core.store.schema.Tables.PRODUCT.ID.eq(a)).fetchOne(r -> catalog.bySku(r.getSku()).orElseThrow());
        assertThat(old.sku()).startsWith("~");
        assertThat(old.scaleCode()).isNull();
    }

    @Test
    void removalsRetireProductsAndDropCategories() {
        UUID id = UUID.randomUUID();
        apply(new CategoryUpsert("snacks", "零食", null, 20),
                new ProductUpsert(product(id, "P1", "薯片", 650, "snacks", "00002", "6901234567892")));

        CatalogChanges.Applied applied = apply(new ProductRemoved(id), new CategoryRemoved("snacks"));

        assertThat(applied.removed()).isEqualTo(2);
        Product p = catalog.bySku("P1").orElseThrow();
        assertThat(p.active()).isFalse();
        assertThat(p.barcodes()).isEmpty();
        assertThat(p.scaleCode()).isNull();
        assertThat(p.categoryCode()).isNull();
        assertThat(catalog.categories()).isEmpty();
    }

    @Test
    void retireAllRetiresWhatASnapshotLeftUndelivered() {
        UUID kept = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        apply(new ProductUpsert(product(kept, "K", "留下", 100, null, null)),
                new ProductUpsert(product(gone, "G", "下架", 100, null, null, "6901234567892")));
        assertThat(store.inTransaction(CatalogChanges::activeProductIds)).containsExactlyInAnyOrder(kept, gone);

        int retired = store.inTransaction(tx -> CatalogChanges.retireAll(tx, Set.of(gone, UUID.randomUUID()), clock));

        assertThat(retired).isEqualTo(1);
        assertThat(catalog.bySku("K").orElseThrow().active()).isTrue();
        assertThat(catalog.bySku("G").orElseThrow().active()).isFalse();
        assertThat(catalog.byBarcode("6901234567892")).isEmpty();
        assertThat(store.inTransaction(CatalogChanges::activeProductIds)).containsExactly(kept);
    }
}
