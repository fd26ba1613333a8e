package cn.suanpan.core.catalog.index;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.catalog.CatalogImporter;
import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.catalog.ImportReport;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.store.LocalStore;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every search mode over the demo catalog, imported into a real local store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogIndexDemoCatalogTest {

    static final Path DEMO_CATALOG = Path.of("../assets/demo/catalog.csv");

    @TempDir
    static Path dir;
    LocalStore store;
    CatalogIndex index;

    @BeforeAll
    void importDemoCatalog() throws Exception {
        store = LocalStore.open(dir.resolve("db"));
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneOffset.UTC);
        try (Reader in = Files.newBufferedReader(DEMO_CATALOG, StandardCharsets.UTF_8)) {
            ImportReport report = new CatalogImporter(store, clock).importCsv(in, CatalogImporter.Progress.NONE);
            assertThat(report.errors()).isEmpty();
        }
        index = CatalogIndex.load(new CatalogRepository(store));
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void holdsTheWholeCatalogAsStored() {
        CatalogRepository repository = new CatalogRepository(store);
        assertThat(index.size()).isEqualTo(repository.productCount());
        repository.forEach(p -> assertThat(index.bySku(p.sku())).contains(p));
    }

    @Test
    void findsByEachBarcodeAndBySku() {
        assertThat(index.byBarcode("6999993984647")).map(Product::sku).contains("SP00001");
        assertThat(index.byBarcode("6999993422408")).map(Product::sku).contains("SP00001");
        assertThat(index.bySku("SP00086")).map(Product::name).contains("康师傅 红烧牛肉面 袋装 105g");
        assertThat(index.byBarcode("6999993984648")).isEmpty();
        assertThat(index.bySku("SP99999")).isEmpty();
    }

    @Test
    void findsWeighedItemsByScaleCode() {
        assertThat(index.byScaleCode("00101")).map(Product::name).contains("香蕉");
        assertThat(index.byScaleCode("101")).map(Product::name).contains("香蕉");
        assertThat(index.byScaleCode("00999")).isEmpty();
    }

    @Test
    void chineseNameSubstring() {
        List<SearchHit> hits = index.search("可乐", 20);
        assertThat(skus(hits)).contains("SP00001", "SP00002", "SP00003", "SP00004", "SP00008");
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.field()).isEqualTo(MatchField.NAME);
            assertThat(h.product().name()).contains("可乐");
        });
        // all are substring matches, so shorter names come first
        assertThat(hits.getFirst().product().name()).isEqualTo("可口可乐 2L");
    }

    @Test
    void chineseNameAtTheStartOfAWordIsAPrefixMatch() {
        List<SearchHit> hits = index.search("冰红茶", 10);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.product().sku()).isEqualTo("SP00015");
            assertThat(h.kind()).isEqualTo(MatchKind.PREFIX);
        });
        assertThat(index.search("康师傅", 50)).hasSize(9).allSatisfy(h -> assertThat(h.kind()).isEqualTo(MatchKind.PREFIX));
    }

    @Test
    void wholeNameIsAnExactMatchAndComesFirst() {
        List<SearchHit> hits = index.search("菠萝包", 10);
        assertThat(hits.getFirst().product().sku()).isEqualTo("SP00163");
        assertThat(hits.getFirst().kind()).isEqualTo(MatchKind.EXACT);
    }

    @Test
    void pinyinInitialsFindColaByKl() {
        List<SearchHit> hits = index.search("kl", 50);
        assertThat(skus(hits)).contains("SP00001", "SP00002", "SP00003", "SP00004", "SP00008");
        assertThat(hits).filteredOn(h -> h.product().sku().equals("SP00001")).singleElement()
                .satisfies(h -> assertThat(h.field()).isEqualTo(MatchField.PINYIN_INITIALS));
    }

    @Test
    void pinyinInitialsPrefix() {
        List<SearchHit> hits = index.search("nfsq", 10);
        assertThat(skus(hits)).containsExactlyInAnyOrder("SP00010", "SP00011", "SP00021");
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.field()).isEqualTo(MatchField.PINYIN_INITIALS);
            assertThat(h.kind()).isEqualTo(MatchKind.PREFIX);
        });
    }

    @Test
    void fullPinyinPrefixAndSubstring() {
        assertThat(index.search("kekoukele", 10)).extracting(h -> h.product().sku(), SearchHit::field, SearchHit::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("SP00001", MatchField.PINYIN, MatchKind.PREFIX));
        List<SearchHit> milk = index.search("chunniunai", 10);
        assertThat(skus(milk)).contains("SP00136", "SP00141", "SP00142");
        assertThat(milk).allSatisfy(h -> assertThat(h.product().pinyin()).contains("chunniunai"));
        assertThat(index.search("ke kou ke le", 10)).extracting(h -> h.product().sku()).contains("SP00001");
    }

    @Test
    void englishNameIsCaseInsensitiveByWordPrefixAndSubstring() {
        List<SearchHit> cola = index.search("COLA", 10);
        assertThat(cola).extracting(h -> h.product().sku()).contains("SP00001", "SP00002", "SP00003");
        assertThat(cola).filteredOn(h -> h.product().sku().equals("SP00001")).singleElement()
                .satisfies(h -> {
                    assertThat(h.field()).isEqualTo(MatchField.ENGLISH_NAME);
                    assertThat(h.kind()).isEqualTo(MatchKind.PREFIX); // "Coca-Cola": a word starts there
                });
        assertThat(index.search("noodles", 50)).hasSizeGreaterThan(15)
                .allSatisfy(h -> assertThat(h.product().nameEn().toLowerCase()).contains("noodles"));
        assertThat(index.search("ocolate", 10)).isNotEmpty()
                .allSatisfy(h -> assertThat(h.kind()).isEqualTo(MatchKind.SUBSTRING));
        assertThat(index.search("Pineapple Bun", 5).getFirst())
                .satisfies(h -> {
                    assertThat(h.product().sku()).isEqualTo("SP00163");
                    assertThat(h.kind()).isEqualTo(MatchKind.EXACT);
                });
    }

    @Test
    void queriesOfSeveralWordsMustOccurAsTyped() {
        assertThat(index.search("beef noodles", 50)).isNotEmpty()
                .allSatisfy(h -> assertThat(h.product().nameEn().toLowerCase()).contains("beef noodles"));
        assertThat(index.search("beef noodles", 50)).extracting(h -> h.product().sku()).contains("SP00086", "SP00091")
                .doesNotContain("SP00098"); // "Hot Chicken Noodles"
        assertThat(index.search("可乐 500", 10)).extracting(h -> h.product().sku())
                .containsExactlyInAnyOrder("SP00001", "SP00008"); // not 可口可乐零度 500ml
        assertThat(index.search("1.5l", 10)).extracting(h -> h.product().sku()).containsExactly("SP00011");
    }

    @Test
    void pinyinOfAWordMatchesFromItsStart() {
        assertThat(index.search("hongshao", 10)).extracting(h -> h.product().sku(), SearchHit::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("SP00086", MatchKind.PREFIX));
        assertThat(index.search("niurou", 10)).extracting(SearchHit::kind).contains(MatchKind.SUBSTRING);
    }

    @Test
    void partialBarcodeBySuffixAndSubstring() {
        List<SearchHit> suffix = index.search("4647", 10);
        assertThat(suffix.getFirst()).satisfies(h -> {
            assertThat(h.product().sku()).isEqualTo("SP00001");
            assertThat(h.field()).isEqualTo(MatchField.BARCODE);
            assertThat(h.kind()).isEqualTo(MatchKind.PREFIX);
        });
        List<SearchHit> inner = index.search("99398", 10);
        assertThat(inner).extracting(h -> h.product().sku(), SearchHit::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("SP00001", MatchKind.SUBSTRING));
        assertThat(index.search("6999993984647", 10).getFirst().kind()).isEqualTo(MatchKind.EXACT);
        assertThat(index.search("464", 10)).as("fewer than four digits").isEmpty();
    }

    @Test
    void limitCapsTheResults() {
        assertThat(index.search("ml", 200)).hasSizeGreaterThan(5);
        assertThat(index.search("ml", 3)).hasSize(3);
        assertThat(index.search("ml", 0)).isEmpty();
        assertThat(index.search("   ", 10)).isEmpty();
    }

    @Test
    void aSingleLetterMatchesOnlyAtTheStartOfAFieldOrWord() {
        List<SearchHit> hits = index.search("k", 300);
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.kind()).isNotEqualTo(MatchKind.SUBSTRING));
        assertThat(skus(hits)).contains("SP00001", "SP00086").doesNotContain("SP00008"); // 百事可乐: bskl
    }

    @Test
    void fullWidthInputMatchesLikeAscii() {
        assertThat(index.search("ｋｌ", 20)).isEqualTo(index.search("kl", 20));
    }

    @Test
    void skuInTheSearchBoxFindsTheProduct() {
        assertThat(index.search("SP00163", 5).getFirst()).satisfies(h -> {
            assertThat(h.product().sku()).isEqualTo("SP00163");
            assertThat(h.field()).isEqualTo(MatchField.SKU);
        });
    }

    private static List<String> skus(List<SearchHit> hits) {
        return hits.stream().map(h -> h.product().sku()).toList();
    }
}
