package cn.suanpan.core.catalog;

import static cn.suanpan.core.store.schema.Tables.BARCODE;
import static cn.suanpan.core.store.schema.Tables.CATEGORY;
import static cn.suanpan.core.store.schema.Tables.PRODUCT;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.store.schema.tables.records.ProductRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads the catalog from the local store. */
public final class CatalogRepository {

    private final LocalStore store;

    public CatalogRepository(LocalStore store) {
        this.store = store;
    }

    public List<Category> categories() {
        return store.dsl().selectFrom(CATEGORY).orderBy(CATEGORY.SORT_ORDER, CATEGORY.CODE)
                .fetch(r -> new Category(r.getId(), r.getCode(), r.getName(), r.getNameEn(), r.getSortOrder()));
    }

    /**
     * A mark that changes when products are added, changed or retired (their number and the
     * latest change), for a reader that keeps a copy of the catalog, such as the sale screen's
     * index, to see whether an import in another process changed it.
     */
    public String version() {
        var r = store.dsl().select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.max(PRODUCT.UPDATED_AT)).from(PRODUCT).fetchOne();
        return r.value1() + "@" + r.value2();
    }

    public int productCount() {
        return store.dsl().fetchCount(PRODUCT);
    }

    public Optional<Product> byBarcode(String code) {
        DSLContext dsl = store.dsl();
        ProductRecord r = dsl.select(PRODUCT.fields()).from(BARCODE).join(PRODUCT).on(PRODUCT.ID.eq(BARCODE.PRODUCT_ID))
                .where(BARCODE.CODE.eq(code)).fetchOneInto(PRODUCT);
        return Optional.ofNullable(r).map(p -> toProduct(p, categoryCodes(), barcodesOf(List.of(p.getId()))));
    }

    public Optional<Product> bySku(String sku) {
        ProductRecord r = store.dsl().selectFrom(PRODUCT).where(PRODUCT.SKU.eq(sku)).fetchOne();
        return Optional.ofNullable(r).map(p -> toProduct(p, categoryCodes(), barcodesOf(List.of(p.getId()))));
    }

    /** Active products of a category, in SKU order, at most {@code limit}. */
    public List<Product> byCategory(String categoryCode, int limit) {
        DSLContext dsl = store.dsl();
        List<ProductRecord> rows = dsl.select(PRODUCT.fields()).from(PRODUCT).join(CATEGORY).on(CATEGORY.ID.eq(PRODUCT.CATEGORY_ID))
                .where(CATEGORY.CODE.eq(categoryCode)).and(PRODUCT.ACTIVE.isTrue())
                .orderBy(PRODUCT.SKU).limit(limit).fetchInto(PRODUCT);
        return toProducts(rows);
    }

    /** Every product with its barcodes, in SKU order, streamed to {@code sink}. */
    public void forEach(java.util.function.Consumer<Product> sink) {
        Map<UUID, String> categories = categoryCodes();
        Map<UUID, List<String>> barcodes = new HashMap<>();
        store.dsl().selectFrom(BARCODE).orderBy(BARCODE.CODE)
                .forEach(b -> barcodes.computeIfAbsent(b.getProductId(), k -> new ArrayList<>(1)).add(b.getCode()));
        try (var cursor = store.dsl().selectFrom(PRODUCT).orderBy(PRODUCT.SKU).fetchSize(1000).fetchLazy()) {
            for (ProductRecord r : cursor) {
                sink.accept(toProduct(r, categories, barcodes.getOrDefault(r.getId(), List.of())));
            }
        }
    }

    /** Writes the whole catalog in the import format; a re-import of it changes nothing. */
    public long exportCsv(Writer out) {
        long[] count = {0};
        try {
            out.write(String.join(",", CatalogCsv.COLUMNS));
            out.write('\n');
            forEach(p -> {
                try {
                    out.write(String.join(",",
                            Csv.quote(p.sku()), Csv.quote(String.join("|", p.barcodes())), Csv.quote(p.name()),
                            Csv.quote(p.nameEn()), Csv.quote(p.categoryCode()), Csv.quote(p.unit()),
                            p.price().plain(), p.cost() == null ? "" : p.cost().plain(),
                            p.memberPrice() == null ? "" : p.memberPrice().plain(),
                            BigDecimal.valueOf(p.taxRateBasisPoints(), 2).stripTrailingZeros().toPlainString(),
                            Boolean.toString(p.weighed()), Csv.quote(p.scaleCode()), Csv.quote(p.voiceAlias()),
                            Boolean.toString(p.active())));
                    out.write('\n');
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    private Map<UUID, String> categoryCodes() {
        Map<UUID, String> codes = new HashMap<>();
        store.dsl().select(CATEGORY.ID, CATEGORY.CODE).from(CATEGORY).forEach(r -> codes.put(r.value1(), r.value2()));
        return codes;
    }

    private Map<UUID, List<String>> barcodesOf(List<UUID> productIds) {
        Map<UUID, List<String>> result = new HashMap<>();
        store.dsl().selectFrom(BARCODE).where(BARCODE.PRODUCT_ID.in(productIds)).orderBy(BARCODE.CODE)
                .forEach(b -> result.computeIfAbsent(b.getProductId(), k -> new ArrayList<>()).add(b.getCode()));
        return result;
    }

    private List<Product> toProducts(List<ProductRecord> rows) {
        Map<UUID, String> categories = categoryCodes();
        Map<UUID, List<String>> barcodes = barcodesOf(rows.stream().map(ProductRecord::getId).toList());
        return rows.stream().map(r -> toProduct(r, categories, barcodes)).toList();
    }

    private static Product toProduct(ProductRecord r, Map<UUID, String> categories, Map<UUID, List<String>> barcodes) {
        return toProduct(r, categories, barcodes.getOrDefault(r.getId(), List.of()));
    }

    static Product toProduct(Record rec, Map<UUID, String> categories, List<String> barcodes) {
        ProductRecord r = rec.into(PRODUCT);
        return new Product(r.getId(), r.getSku(), r.getName(), r.getNameEn(), r.getPinyin(), r.getPinyinInitials(),
                r.getVoiceAlias(), r.getCategoryId() == null ? null : categories.get(r.getCategoryId()), r.getUnit(),
                Money.ofFen(r.getPriceFen()), r.getCostFen() == null ? null : Money.ofFen(r.getCostFen()),
                r.getMemberPriceFen() == null ? null : Money.ofFen(r.getMemberPriceFen()), r.getTaxRateBp(),
                r.getWeighed(), r.getScaleCode(), r.getTrackStock(), r.getActive(), barcodes);
    }
}
