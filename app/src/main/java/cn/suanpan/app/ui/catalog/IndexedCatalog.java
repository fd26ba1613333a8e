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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

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

    /** Where the products come from: the local store, or a generator in the benchmarks. */
    public interface Source {
        /** Hands every product to {@code sink}, streamed. */
        void forEach(Consumer<Product> sink);

        /** About how many products {@link #forEach} gives, to size the index. */
        int count();

        List<Category> categories();

        /** A mark that changes with the products; empty when the source cannot tell. */
        default Optional<String> version() {
            return Optional.empty();
        }
    }

    private final Source source;
    private final ScaleLabelDecoder labels;
    private volatile Snapshot snapshot;
    /** Completes with the first snapshot; until then every read waits for it. */
    private final CompletableFuture<Snapshot> first = new CompletableFuture<>();
    private volatile Optional<String> loadedVersion = Optional.empty();
    private final AtomicBoolean reloading = new AtomicBoolean();
    /** Told after every load that replaced an index (not after the first one: see {@link #whenFirstLoaded}). */
    private final List<Runnable> reloadListeners = new CopyOnWriteArrayList<>();

    private IndexedCatalog(Source source, ScaleLabelDecoder labels) {
        this.source = source;
        this.labels = labels;
    }

    /** Builds the index from everything in the store. */
    public static IndexedCatalog load(CatalogRepository repository, ScaleLabelDecoder labels) {
        return load(source(repository), labels);
    }

    /**
     * Starts building the index on a background thread and returns at once, so the window
     * can show its first screen while a large catalog loads. A read waits for it; the sale
     * screen asks {@link #ready()} first and keeps scans until {@link #whenFirstLoaded} says so.
     */
    public static IndexedCatalog loadInBackground(CatalogRepository repository, ScaleLabelDecoder labels) {
        return loadInBackground(source(repository), labels);
    }

    /** The same on any source (tests hold a source back to see the screens while the index is built). */
    public static IndexedCatalog loadInBackground(Source source, ScaleLabelDecoder labels) {
        IndexedCatalog c = new IndexedCatalog(source, labels);
        Thread.ofPlatform().name("catalog-index").daemon().start(() -> {
            try {
                c.reload();
            } catch (RuntimeException e) {
                c.first.completeExceptionally(e);
            }
        });
        return c;
    }

    private static Source source(CatalogRepository repository) {
        return new Source() {
            @Override
            public void forEach(Consumer<Product> sink) {
                repository.forEach(sink);
            }

            @Override
            public int count() {
                return repository.productCount();
            }

            @Override
            public List<Category> categories() {
                return repository.categories();
            }

            @Override
            public Optional<String> version() {
                return Optional.of(repository.version());
            }
        };
    }

    public static IndexedCatalog load(Source source, ScaleLabelDecoder labels) {
        IndexedCatalog c = new IndexedCatalog(source, labels);
        c.reload();
        return c;
    }

    /**
     * Reloads when the source's products changed since the last load (a catalog import by the
     * command line while the window is open). Returns whether it did; a reload already under
     * way makes this one return at once.
     */
    public boolean reloadIfChanged() {
        Optional<String> now = source.version();
        if (now.isEmpty() || now.equals(loadedVersion) || !reloading.compareAndSet(false, true)) {
            return false;
        }
        try {
            reload();
            return true;
        } finally {
            reloading.set(false);
        }
    }

    /** Reads the store again into a new index and swaps it in; returns the number of products. */
    public int reload() {
        // read before the products: a change made during the load is seen next time
        Optional<String> version = source.version();
        boolean replacing = snapshot != null;
        Map<String, List<String>> grid = new LinkedHashMap<>();
        CatalogIndex index = CatalogIndex.from(sink -> source.forEach(p -> {
            if (p.active() && p.categoryCode() != null) {
                List<String> skus = grid.computeIfAbsent(p.categoryCode(), k -> new ArrayList<>());
                if (skus.size() < PER_CATEGORY) {
                    skus.add(p.sku());
                }
            }
            sink.accept(p);
        }), source.count());
        snapshot = new Snapshot(index, new Lookup(index, labels), source.categories(), grid);
        first.complete(snapshot);
        loadedVersion = version;
        if (replacing) {
            reloadListeners.forEach(Runnable::run);
        }
        return index.size();
    }

    /**
     * Whether the first index is built. Until it is, every read waits for it: the screens ask
     * this first and keep what the cashier does for later, so the JavaFX thread never waits.
     */
    public boolean ready() {
        return snapshot != null;
    }

    /**
     * Runs {@code loaded} once the first index is built, or {@code failed} when building it
     * failed; at once when that is already so, else on the thread that built it.
     */
    public void whenFirstLoaded(Runnable loaded, Consumer<Throwable> failed) {
        first.whenComplete((s, e) -> {
            if (e == null) {
                loaded.run();
            } else {
                failed.accept(e instanceof java.util.concurrent.CompletionException c && c.getCause() != null ? c.getCause() : e);
            }
        });
    }

    /**
     * Runs {@code reloaded} after each later load has swapped in a new index (an import, a
     * sync pull): categories may have come or gone. On the thread that built the index.
     */
    public void whenReloaded(Runnable reloaded) {
        reloadListeners.add(reloaded);
    }

    /** The index behind the screens, for the benchmarks and tests. */
    public CatalogIndex index() {
        return current().index();
    }

    @Override
    public ScanOutcome scan(String code) {
        ScanResult r = current().lookup().scan(code);
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
        return current().index().search(query, limit).stream().map(SearchHit::product).toList();
    }

    @Override
    public List<Category> categories() {
        return current().categories();
    }

    @Override
    public List<Product> inCategory(String categoryCode, int limit) {
        Snapshot s = current();
        return s.grid().getOrDefault(categoryCode, List.of()).stream()
                .map(sku -> s.index().bySku(sku).orElse(null))
                .filter(Objects::nonNull)
                .filter(p -> p.active() && categoryCode.equals(p.categoryCode()))
                .limit(limit)
                .toList();
    }

    public int size() {
        return current().index().size();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        return s != null ? s : first.join();
    }
}
