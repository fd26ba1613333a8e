package cn.suanpan.app.ui.catalog;

import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.catalog.Category;
import cn.suanpan.core.catalog.Product;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole catalog in memory, read once from the store: right for a shop's few thousand
 * products. Search ranks an exact code first, then names and pinyin initials that start
 * with the query, then those that contain it.
 */
public final class MemoryCatalog implements ProductCatalog {

    private final List<Category> categories;
    private final List<Product> products = new ArrayList<>();
    private final Map<String, Product> byCode = new HashMap<>();
    private final Map<String, Product> byScaleCode = new HashMap<>();
    private final Map<String, List<Product>> byCategory = new LinkedHashMap<>();
    private final ScaleLabels labels;

    public MemoryCatalog(List<Category> categories, List<Product> all, ScaleLabels labels) {
        this.categories = List.copyOf(categories);
        this.labels = labels;
        for (Product p : all) {
            products.add(p);
            byCode.putIfAbsent(p.sku(), p);
            p.barcodes().forEach(b -> byCode.put(b, p));
            if (p.scaleCode() != null) {
                byScaleCode.put(p.scaleCode(), p);
            }
            if (p.active() && p.categoryCode() != null) {
                byCategory.computeIfAbsent(p.categoryCode(), k -> new ArrayList<>()).add(p);
            }
        }
    }

    public static MemoryCatalog load(CatalogRepository repository, ScaleLabels labels) {
        List<Product> all = new ArrayList<>();
        repository.forEach(all::add);
        return new MemoryCatalog(repository.categories(), all, labels);
    }

    @Override
    public ScanOutcome scan(String code) {
        String c = code.strip();
        Product p = byCode.get(c);
        if (p != null) {
            return new ScanOutcome.Found(p);
        }
        Optional<ScanOutcome.ScaleLabel> label = labels.decode(c, s -> Optional.ofNullable(byScaleCode.get(s)));
        if (label.isPresent()) {
            return label.get();
        }
        return new ScanOutcome.Unknown(c);
    }

    @Override
    public List<Product> search(String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        boolean digits = q.chars().allMatch(Character::isDigit);
        record Hit(Product product, int rank) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Product p : products) {
            if (!p.active()) {
                continue;
            }
            int rank = rank(p, q, digits);
            if (rank < Integer.MAX_VALUE) {
                hits.add(new Hit(p, rank));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(h -> h.product().sku()));
        return hits.stream().limit(limit).map(Hit::product).toList();
    }

    private static int rank(Product p, String q, boolean digits) {
        if (digits) {
            for (String b : p.barcodes()) {
                if (b.equals(q)) {
                    return 0;
                }
            }
            for (String b : p.barcodes()) {
                if (b.contains(q)) {
                    return b.startsWith(q) ? 1 : 2;
                }
            }
        }
        String name = p.name().toLowerCase(Locale.ROOT);
        String initials = p.pinyinInitials() == null ? "" : p.pinyinInitials().toLowerCase(Locale.ROOT);
        String english = p.nameEn() == null ? "" : p.nameEn().toLowerCase(Locale.ROOT);
        String sku = p.sku().toLowerCase(Locale.ROOT);
        if (sku.equals(q)) {
            return 0;
        }
        if (name.startsWith(q) || initials.startsWith(q) || english.startsWith(q)) {
            return 3;
        }
        if (wordStart(english, q)) {
            return 4;
        }
        if (name.contains(q) || initials.contains(q) || english.contains(q) || sku.contains(q)) {
            return 5;
        }
        return Integer.MAX_VALUE;
    }

    private static boolean wordStart(String text, String q) {
        for (String word : text.split("[\\s\\-()/,]+")) {
            if (word.startsWith(q)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Category> categories() {
        return categories;
    }

    @Override
    public List<Product> inCategory(String categoryCode, int limit) {
        return byCategory.getOrDefault(categoryCode, List.of()).stream().limit(limit).toList();
    }

    public int size() {
        return products.size();
    }
}
