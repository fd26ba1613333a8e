package cn.suanpan.core.catalog.index;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.catalog.Ean13;
import cn.suanpan.core.catalog.Pinyin;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CatalogIndexPropertiesTest {

    @Property(tries = 50)
    void everyProductIsFoundByEachOfItsBarcodesAndBySku(@ForAll("catalogs") List<Product> catalog) {
        CatalogIndex index = CatalogIndex.of(catalog);

        assertThat(index.size()).isEqualTo(catalog.size());
        for (Product p : catalog) {
            assertThat(index.bySku(p.sku())).as(p.sku()).contains(p);
            for (String code : p.barcodes()) {
                assertThat(index.byBarcode(code)).as(code).map(Product::sku).contains(p.sku());
            }
        }
    }

    @Property(tries = 50)
    void everyActiveProductIsFoundBySearchingItsFullBarcode(@ForAll("catalogs") List<Product> catalog) {
        CatalogIndex index = CatalogIndex.of(catalog);

        for (Product p : catalog) {
            for (String code : p.barcodes()) {
                if (p.active() && code.length() >= CatalogIndex.MIN_BARCODE_DIGITS && code.chars().allMatch(Character::isDigit)) {
                    assertThat(index.search(code, 1)).as(code).singleElement().satisfies(h -> {
                        assertThat(h.product().sku()).isEqualTo(p.sku());
                        assertThat(h.kind()).isEqualTo(MatchKind.EXACT);
                    });
                }
            }
        }
    }

    /** Random puts and removes agree with a plain map of the same changes. */
    @Property(tries = 30)
    void incrementalChangesMatchAModel(@ForAll("catalogs") List<Product> catalog,
                                       @ForAll("changes") List<Integer> changes) {
        CatalogIndex index = CatalogIndex.of(catalog);
        Map<String, Product> model = new LinkedHashMap<>();
        catalog.forEach(p -> model.put(p.sku(), p));
        List<Product> pool = new ArrayList<>(catalog);
        for (int i = 0; i < changes.size(); i++) {
            int c = changes.get(i);
            if (pool.isEmpty() || c % 3 == 0) {
                // a new product, with a barcode no one has (generated codes have no lower case)
                Product p = product("NEW" + i, "新" + i, List.of("new-" + i), true);
                index.put(p);
                model.put(p.sku(), p);
                pool.add(p);
            } else {
                Product p = pool.get(c % pool.size());
                if (c % 3 == 1) {
                    assertThat(index.remove(p.sku())).isEqualTo(model.remove(p.sku()) != null);
                } else {
                    // back, or renamed to a shorter name, which moves it up the ranking
                    Product changed = c % 2 == 0 ? p : product(p.sku(), p.name().split(" ")[0], p.barcodes(), p.active());
                    index.put(changed);
                    model.put(changed.sku(), changed);
                    pool.set(c % pool.size(), changed);
                }
            }
        }

        assertThat(index.size()).isEqualTo(model.size());
        // search sees exactly the current products: no stale words of changed or removed ones
        for (String q : List.of("可", "牛奶", "乐")) {
            Set<String> expected = new HashSet<>();
            model.values().stream().filter(p -> p.active() && p.name().contains(q)).forEach(p -> expected.add(p.sku()));
            List<SearchHit> all = index.search(q, 10_000);
            assertThat(all).as(q)
                    .allSatisfy(h -> assertThat(h.product()).isEqualTo(model.get(h.product().sku())))
                    .extracting(h -> h.product().sku()).containsExactlyInAnyOrderElementsOf(expected);
            // a short list is the head of the long one: stopping early loses nothing
            for (int limit : new int[] {1, 5, 20}) {
                assertThat(index.search(q, limit)).as(q + " " + limit).isEqualTo(all.subList(0, Math.min(limit, all.size())));
            }
        }
        // partial barcodes likewise: every current product holding the digits, no other
        pool.stream().limit(50).flatMap(p -> p.barcodes().stream())
                .filter(code -> code.length() >= 4 && code.chars().allMatch(Character::isDigit))
                .map(code -> code.substring(code.length() - 4)).distinct().forEach(digits -> {
                    Set<String> expected = new HashSet<>();
                    model.values().stream().filter(p -> p.active() && p.barcodes().stream().anyMatch(c -> c.contains(digits)))
                            .forEach(p -> expected.add(p.sku()));
                    assertThat(index.search(digits, 10_000)).as(digits)
                            .extracting(h -> h.product().sku()).containsExactlyInAnyOrderElementsOf(expected);
                });
        for (Product p : pool) {
            Product expected = model.get(p.sku());
            assertThat(index.bySku(p.sku())).as(p.sku()).isEqualTo(Optional.ofNullable(expected));
            for (String code : p.barcodes()) {
                assertThat(index.byBarcode(code).map(Product::sku)).as(code)
                        .isEqualTo(Optional.ofNullable(expected).map(Product::sku));
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> changes() {
        return Arbitraries.integers().between(0, 10_000).list().ofMaxSize(200);
    }

    @Provide
    Arbitrary<List<Product>> catalogs() {
        Arbitrary<String> ean13 = Arbitraries.strings().numeric().ofLength(12).map(Ean13::withCheckDigit);
        Arbitrary<String> shortNumeric = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> longNumeric = Arbitraries.strings().numeric().ofMinLength(14).ofMaxLength(24);
        Arbitrary<String> internal = Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars('-').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> code = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, ean13), net.jqwik.api.Tuple.of(2, shortNumeric),
                net.jqwik.api.Tuple.of(1, longNumeric), net.jqwik.api.Tuple.of(1, internal));
        // few distinct words, as in a real catalog, so that words are shared by many products
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("可乐", "牛奶", "面包", "可口可乐", "乐", "雪碧", "果", "aBc", "1"),
                Arbitraries.strings().withChars("可口乐雪碧牛奶面包果aBc1").ofMinLength(1).ofMaxLength(6));
        Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
        return Combinators.combine(
                        code.list().uniqueElements().ofMaxSize(3000),
                        name.list().ofMinSize(1).ofMaxSize(1500),
                        Arbitraries.integers().between(0, 3).list().ofMinSize(1500).ofMaxSize(1500),
                        Arbitraries.integers().between(0, 9).list().ofMinSize(1500).ofMaxSize(1500))
                .as((codes, names, codeCounts, flags) -> {
                    List<Product> products = new ArrayList<>();
                    int next = 0;
                    for (int i = 0; i < names.size(); i++) {
                        int n = Math.min(codeCounts.get(i), codes.size() - next);
                        List<String> mine = codes.subList(next, next + n);
                        next += n;
                        products.add(product("SKU" + i, names.get(i), mine, flags.get(i) != 0));
                    }
                    return products;
                });
    }

    private static Product product(String sku, String name, List<String> barcodes, boolean active) {
        Pinyin.Spelling spelling = Pinyin.of(name);
        return new Product(null, sku, name, null, spelling.full(), spelling.initials(), null, null, "pc", Money.ofFen(100), null, null, 1300, false,
                null, true, active, barcodes);
    }

    @Property(tries = 200)
    void longIntTableAgreesWithAHashMap(@ForAll("operations") List<long[]> operations,
                                        @ForAll @IntRange(min = 0, max = 64) int expected) {
        LongIntTable table = new LongIntTable(expected);
        Map<Long, Integer> model = new HashMap<>();
        for (long[] op : operations) {
            long key = op[1];
            if (op[0] == 0) {
                Integer old = model.put(key, (int) op[2]);
                assertThat(table.put(key, (int) op[2])).isEqualTo(old == null ? LongIntTable.ABSENT : old);
            } else {
                Integer old = model.remove(key);
                assertThat(table.remove(key)).isEqualTo(old == null ? LongIntTable.ABSENT : old);
            }
        }
        assertThat(table.size()).isEqualTo(model.size());
        for (long key = 0; key < 300; key++) {
            Integer v = model.get(key);
            assertThat(table.get(key)).isEqualTo(v == null ? LongIntTable.ABSENT : v);
        }
    }

    @Provide
    Arbitrary<List<long[]>> operations() {
        Arbitrary<long[]> op = Combinators.combine(
                Arbitraries.longs().between(0, 1),
                Arbitraries.longs().between(0, 299),
                Arbitraries.longs().between(0, 1000)).as((a, b, c) -> new long[] {a, b, c});
        return op.list().ofMaxSize(500);
    }
}
