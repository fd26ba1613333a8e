package cn.suanpan.app.ui.catalog;

import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.catalog.Category;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.catalog.index.CatalogIndex;
import cn.suanpan.core.catalog.index.Lookup;
import cn.suanpan.core.catalog.index.ScanResult;
import cn.suanpan.core.catalog.index.SearchHit;
import cn.suanpan.core.catalog.scale.ScaleLabel;
import cn.suanpan.core.catalog.scale.ScaleLabelDecoder;
import cn.suanpan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sale screen's catalog on core's {@link CatalogIndex} and {@link Lookup}: the same index
 * the benchmarks measure, so a scan is a hash lookup and a search stays fast with a million
 * products. The product grid needs the first products of each category; those are noted as
 * SKUs while the index is built (a million {@code Product} objects would double the memory)
 * and read back from the index when shown.
 *
 * <p>{@link #reload()} builds a fresh index from the store and swaps it in whole, for after a
 * catalog import or a sync pull; scans in the meantime use the old one.
 */
public final class IndexedCatalog implements ProductCatalog {

    /** Products noted per category for the grid; the grid shows at most this many. */
    static final int PER_CATEGORY = 120;

    private record Snapshot(CatalogIndex index, Lookup lookup, List<Category> categories, Map<String, List<String>> grid) {
    }

    private final CatalogRepository repository;
    private final ScaleLabelDecoder labels;
    private volatile Snapshot snapshot;

    private IndexedCatalog(CatalogRepository repository, ScaleLabelDecoder labels) {
        this.repository = repository;
        this.labels = labels;
    }

    /** Builds the index from everything in the store. */
    public static IndexedCatalog load(CatalogRepository repository, ScaleLabelDecoder labels) {
        IndexedCatalog c = new IndexedCatalog(repository, labels);
        c.reload();
        return c;
    }

    /** Reads the store again into a new index and swaps it in; returns the number of products. */
    public int reload() {
        Map<String, List<String>> grid = new LinkedHashMap<>();
        CatalogIndex index = CatalogIndex.from(sink -> repository.forEach(p -> {
            if (p.active() && p.categoryCode() != null) {
                List<String> skus = grid.computeIfAbsent(p.categoryCode(), k -> new ArrayList<>());
                if (skus.size() < PER_CATEGORY) {
                    skus.add(p.sku());
                }
            }
            sink.accept(p);
        }), repository.productCount());
        snapshot = new Snapshot(index, new Lookup(index, labels), repository.categories(), grid);
        return index.size();
    }

    /** The index behind the screens, for the benchmarks and tests. */
    public CatalogIndex index() {
        return snapshot.index();
    }

    @Override
    public ScanOutcome scan(String code) {
        ScanResult r = snapshot.lookup().scan(code);
        return switch (r) {
            case ScanResult.Found(String c, Product p, Optional<ScaleLabel.Reading> label) when label.isPresent() ->
                    scaleLabel(c, p, label.get());
            case ScanResult.Found(String c, Product p, Optional<ScaleLabel.Reading> label) -> new ScanOutcome.Found(p);
            case ScanResult.Problem problem -> new ScanOutcome.Unknown(problem.code());
        };
    }

    /** A scale label's weight and amount; the one the label leaves out is worked out from the unit price. */
    private static ScanOutcome scaleLabel(String code, Product p, ScaleLabel.Reading reading) {
        return switch (reading) {
            case ScaleLabel.Weighed w -> {
                Quantity.Weight weight = Quantity.grams(w.grams());
                yield new ScanOutcome.ScaleLabel(p, weight, weight.priceAt(p.price()));
            }
            case ScaleLabel.WeighedAndPriced wp -> new ScanOutcome.ScaleLabel(p, Quantity.grams(wp.grams()), wp.amount());
            case ScaleLabel.Priced priced -> {
                if (!p.price().isPositive()) {
                    yield new ScanOutcome.Unknown(code);
                }
                long grams = BigDecimal.valueOf(priced.amount().fen()).multiply(BigDecimal.valueOf(1000))
                        .divide(BigDecimal.valueOf(p.price().fen()), 0, RoundingMode.HALF_UP).longValueExact();
                yield new ScanOutcome.ScaleLabel(p, Quantity.grams(Math.max(1, grams)), priced.amount());
            }
        };
    }

    @Override
    public List<Product> search(String query, int limit) {
        return snapshot.index().search(query, limit).stream().map(SearchHit::product).toList();
    }

    @Override
    public List<Category> categories() {
        return snapshot.categories();
    }

    @Override
    public List<Product> inCategory(String categoryCode, int limit) {
        Snapshot s = snapshot;
        return s.grid().getOrDefault(categoryCode, List.of()).stream()
                .map(sku -> s.index().bySku(sku).orElse(null))
                .filter(Objects::nonNull)
                .filter(p -> p.active() && categoryCode.equals(p.categoryCode()))
                .limit(limit)
                .toList();
    }

    public int size() {
        return snapshot.index().size();
    }
}
