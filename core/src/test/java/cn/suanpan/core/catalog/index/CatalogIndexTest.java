package cn.suanpan.core.catalog.index;

import static cn.suanpan.core.catalog.index.TestProducts.inactive;
import static cn.suanpan.core.catalog.index.TestProducts.product;
import static cn.suanpan.core.catalog.index.TestProducts.renamed;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.catalog.Pinyin;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CatalogIndexTest {

    @Test
    void ranksExactThenPrefixThenSubstringThenShorterNames() {
        CatalogIndex index = CatalogIndex.of(List.of(
                product("S1", "百事可乐 500ml", null, "6900000000011"),
                product("S2", "可口可乐", null, "6900000000028"),
                product("S3", "可乐 大瓶装", null, "6900000000035"),
                product("S4", "可乐", null, "6900000000042"),
                product("S5", "雪碧", null, "6900000000059"),
                product("S6", "无糖 可乐", null, "6900000000066")));

        List<SearchHit> hits = index.search("可乐", 10);

        assertThat(hits).extracting(h -> h.product().sku()).containsExactly("S4", "S6", "S3", "S2", "S1");
        assertThat(hits).extracting(SearchHit::kind).containsExactly(
                MatchKind.EXACT, MatchKind.PREFIX, MatchKind.PREFIX, MatchKind.SUBSTRING, MatchKind.SUBSTRING);
    }

    @Test
    void aProductMatchedInSeveralFieldsIsListedOnceWithItsBestMatch() {
        // initials "kl" (exact) and full pinyin "kele" (which "kl" does not match) and English "Kl..." prefix
        CatalogIndex index = CatalogIndex.of(List.of(product("S1", "可乐", "Klassic Cola", "6900000000011")));

        assertThat(index.search("kl", 10)).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(MatchKind.EXACT);
            assertThat(h.field()).isEqualTo(MatchField.PINYIN_INITIALS);
        });
    }

    @Test
    void equalRanksAreOrderedByNameThenSkuWhateverTheInsertionOrder() {
        List<Product> products = List.of(product("B", "乙可乐", null), product("A", "乙可乐", null), product("C", "甲可乐", null));
        List<String> expected = List.of("A", "B", "C"); // 乙 (U+4E59) sorts before 甲 (U+7532)

        assertThat(CatalogIndex.of(products).search("可乐", 10)).extracting(h -> h.product().sku()).isEqualTo(expected);
        assertThat(CatalogIndex.of(products.reversed()).search("可乐", 10)).extracting(h -> h.product().sku()).isEqualTo(expected);
    }

    @Test
    void limitKeepsTheBestResults() {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            products.add(product("S" + i, "牛奶" + "长".repeat(i % 50 + 1), null));
        }
        products.add(product("EXACT", "牛奶", null));
        CatalogIndex index = CatalogIndex.of(products);

        List<SearchHit> hits = index.search("牛奶", 5);

        assertThat(hits).hasSize(5);
        assertThat(hits.getFirst().product().sku()).isEqualTo("EXACT");
        assertThat(hits).extracting(h -> h.product().name().length()).containsExactly(2, 3, 3, 3, 3);
    }

    @Test
    void aChangedProductTakesItsNewPlaceInTheRanking() {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            products.add(product("S" + i, "牛奶 " + "长".repeat(i + 1), null));
        }
        CatalogIndex index = CatalogIndex.of(products);

        index.put(renamed(products.get(29), "牛奶 短"));
        index.put(product("NEW", "牛奶 新", null));
        index.put(renamed(products.get(0), "牛奶 " + "长".repeat(40)));

        assertThat(index.search("牛奶", 3)).extracting(h -> h.product().sku()).containsExactly("NEW", "S29", "S1");
        assertThat(index.search("牛奶", 100).getLast().product().sku()).isEqualTo("S0");
    }

    @Test
    void inactiveProductsAreFoundByCodeButNotListed() {
        CatalogIndex index = CatalogIndex.of(List.of(
                inactive(product("OLD", "旧包装 可乐", "Old Cola", "6900000000011")),
                product("NEW", "新包装 可乐", "New Cola", "6900000000028")));

        assertThat(index.byBarcode("6900000000011")).map(Product::active).contains(false);
        assertThat(index.bySku("OLD")).isPresent();
        assertThat(index.search("可乐", 10)).extracting(h -> h.product().sku()).containsExactly("NEW");
        assertThat(index.search("cola", 10)).extracting(h -> h.product().sku()).containsExactly("NEW");
        assertThat(index.search("0011", 10)).isEmpty();
        assertThat(index.search("OLD", 10)).isEmpty();
    }

    @Test
    void keepsEveryFieldOfAProduct() {
        UUID id = UUID.fromString("0190a8c2-7d3e-7f00-8000-000000000001");
        Product full = new Product(id, "SP1", "可口可乐 500ml", "Coca-Cola 500ml", "kekoukele500ml", "kkkl500ml", "cola",
                "drinks", "bottle", Money.ofFen(350), Money.ofFen(261), Money.ofFen(310), 1300, false, null, true, true,
                List.of("6999993984647", "6999993422408"));
        Product sparse = new Product(null, "SP2", "香蕉", null, "xiangjiao", "xj", null, null, "kg", Money.ZERO, null, null, 900,
                true, "00101", false, false, List.of());
        CatalogIndex index = CatalogIndex.of(List.of(full, sparse));

        assertThat(index.bySku("SP1")).contains(full);
        assertThat(index.bySku("SP2")).contains(sparse);
    }

    @Test
    void computesMissingSpellings() {
        CatalogIndex index = CatalogIndex.of(List.of(product("S1", "可口可乐 500ml", null)));

        assertThat(index.bySku("S1")).get().satisfies(p -> {
            assertThat(p.pinyin()).isEqualTo(Pinyin.of("可口可乐 500ml").full());
            assertThat(p.pinyinInitials()).isEqualTo("kkkl500ml");
        });
    }

    @Test
    void barcodesOfAnyShape() {
        CatalogIndex index = CatalogIndex.of(List.of(
                product("S1", "甲", null, "0123"),
                product("S2", "乙", null, "123"),
                product("S3", "丙", null, "ABC-42"),
                product("S4", "丁", null, "01234567890123456789012")));

        assertThat(index.byBarcode("0123")).map(Product::sku).contains("S1");
        assertThat(index.byBarcode("123")).map(Product::sku).contains("S2");
        assertThat(index.byBarcode("ABC-42")).map(Product::sku).contains("S3");
        assertThat(index.byBarcode("01234567890123456789012")).map(Product::sku).contains("S4");
        assertThat(index.byBarcode("0000123")).isEmpty();
    }

    @Test
    void putAddsAProductWithoutRebuilding() {
        CatalogIndex index = CatalogIndex.of(List.of(product("S1", "可乐", null, "6900000000011")));

        index.put(product("S2", "雪碧", "Sprite", "6900000000028"));

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.byBarcode("6900000000028")).map(Product::sku).contains("S2");
        assertThat(index.search("xb", 5)).extracting(h -> h.product().sku()).containsExactly("S2");
        assertThat(index.search("sprite", 5)).extracting(h -> h.product().sku()).containsExactly("S2");
    }

    @Test
    void putReplacesAProductWithTheSameSku() {
        Product cola = product("S1", "可乐", null, "6900000000011", "6900000000028");
        CatalogIndex index = CatalogIndex.of(List.of(cola, product("S2", "雪碧", null, "6900000000035")));

        index.put(renamed(cola, "零度可乐", "6900000000028", "6900000000042"));

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.byBarcode("6900000000011")).isEmpty();
        assertThat(index.byBarcode("6900000000028")).map(Product::name).contains("零度可乐");
        assertThat(index.byBarcode("6900000000042")).map(Product::name).contains("零度可乐");
        assertThat(index.search("零度", 5)).extracting(h -> h.product().sku()).containsExactly("S1");
        assertThat(index.search("kl", 5)).extracting(h -> h.product().pinyinInitials()).containsExactly("ldkl");
    }

    @Test
    void aBarcodeGivenToAnotherProductLeavesItsFormerHolder() {
        CatalogIndex index = CatalogIndex.of(List.of(product("S1", "可乐", null, "6900000000011", "6900000000028")));

        index.put(product("S2", "雪碧", null, "6900000000028"));

        assertThat(index.byBarcode("6900000000028")).map(Product::sku).contains("S2");
        assertThat(index.bySku("S1")).map(Product::barcodes).contains(List.of("6900000000011"));
        assertThat(index.search("0011", 5)).extracting(h -> h.product().sku()).containsExactly("S1");
        assertThat(index.search("0028", 5)).extracting(h -> h.product().sku()).containsExactly("S2");
    }

    @Test
    void removeTakesAProductOutOfEveryLookup() {
        CatalogIndex index = CatalogIndex.of(List.of(
                product("S1", "可乐", "Cola", "6900000000011"),
                TestProducts.weighed("S2", "香蕉", "00101")));

        assertThat(index.remove("S1")).isTrue();
        assertThat(index.remove("S2")).isTrue();
        assertThat(index.remove("S1")).isFalse();

        assertThat(index.size()).isZero();
        assertThat(index.bySku("S1")).isEmpty();
        assertThat(index.byBarcode("6900000000011")).isEmpty();
        assertThat(index.byScaleCode("00101")).isEmpty();
        assertThat(index.search("可乐", 5)).isEmpty();
        assertThat(index.search("cola", 5)).isEmpty();
        assertThat(index.search("0011", 5)).isEmpty();
    }

    @Test
    void updatesAcrossManySegmentsReuseFreedSlots() {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            products.add(product(String.format("S%05d", i), "商品" + i, "Item " + i, String.format("69%010d", i)));
        }
        CatalogIndex index = CatalogIndex.of(products);

        for (int i = 0; i < 2500; i += 7) {
            assertThat(index.remove(String.format("S%05d", i))).isTrue();
        }
        for (int i = 0; i < 500; i++) {
            index.put(product(String.format("N%05d", i), "新品" + i, "New " + i, String.format("68%010d", i)));
        }
        index.put(renamed(products.get(1500), "改名", "6700000000001"));

        assertThat(index.size()).isEqualTo(2500 - 358 + 500);
        for (int i = 0; i < 2500; i++) {
            String sku = String.format("S%05d", i);
            if (i % 7 == 0) {
                assertThat(index.bySku(sku)).isEmpty();
                assertThat(index.byBarcode(String.format("69%010d", i))).isEmpty();
            } else if (i != 1500) {
                assertThat(index.byBarcode(String.format("69%010d", i))).map(Product::sku).contains(sku);
            }
        }
        for (int i = 0; i < 500; i++) {
            assertThat(index.byBarcode(String.format("68%010d", i))).map(Product::name).contains("新品" + i);
        }
        assertThat(index.byBarcode("6700000000001")).map(Product::sku).contains("S01500");
        assertThat(index.search("新品499", 5)).extracting(h -> h.product().sku()).containsExactly("N00499");
        assertThat(index.search("item 2498", 5)).extracting(h -> h.product().sku()).containsExactly("S02498");
    }

    @Test
    void readersSeeWholeProductsWhileAWriterUpdates() throws Exception {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            products.add(product("S" + i, "商品" + i, null, "69" + String.format("%010d", i)));
        }
        CatalogIndex index = CatalogIndex.of(products);
        AtomicBoolean done = new AtomicBoolean();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            readers.add(Thread.ofPlatform().start(() -> {
                try {
                    int i = 0;
                    while (!done.get()) {
                        String code = "69" + String.format("%010d", i++ % 3000);
                        index.byBarcode(code).ifPresent(p -> assertThat(p.barcodes()).contains(code));
                        for (SearchHit h : index.search("商品1", 20)) {
                            assertThat(h.product().name()).contains("商品1");
                        }
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 3000; i += 3) {
                Product p = products.get(i);
                if (round % 2 == 0) {
                    index.remove(p.sku());
                } else {
                    index.put(p);
                }
            }
        }
        done.set(true);
        for (Thread t : readers) {
            t.join();
        }

        assertThat(failures).isEmpty();
        assertThat(index.size()).isEqualTo(2000);
    }
}
