package cn.suanpan.core.catalog;

import static cn.suanpan.core.store.schema.Tables.BARCODE;
import static cn.suanpan.core.store.schema.Tables.CATEGORY;
import static cn.suanpan.core.store.schema.Tables.PRODUCT;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.store.schema.tables.records.ProductRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Writes checked products inside the import's transaction, a few thousand at a time. Each
 * kind of statement (insert a product, update a product, insert a barcode) is rendered once
 * and run as one JDBC batch per chunk with the rows' values bound: rendering a statement for
 * every record cost more than H2 took to run it (ADR 19). Products are never looked up one by
 * one: a chunk's SKUs and barcodes are looked up together, and not at all when the store held
 * no products.
 */
final class CatalogWriter {

    static final int CHUNK = 5_000;

    /** A product and what is worked out once for it before it is written. */
    private record Row(UUID id, Product product, Pinyin.Spelling spelling, UUID categoryId, Instant now) {
    }

    /**
     * A product column and where its value comes from. A column with a {@code fileColumn} is
     * left as it is on an update from a file without that column (a price list of
     * {@code sku,name,price} changes only those); the others are always written.
     */
    private record Column(TableField<ProductRecord, ?> field, String fileColumn, Function<Row, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column(PRODUCT.ID, null, Row::id),
            new Column(PRODUCT.SKU, null, r -> r.product().sku()),
            new Column(PRODUCT.NAME, null, r -> r.product().name()),
            new Column(PRODUCT.NAME_EN, "name_en", r -> r.product().nameEn()),
            new Column(PRODUCT.PINYIN, null, r -> r.spelling().full()),
            new Column(PRODUCT.PINYIN_INITIALS, null, r -> r.spelling().initials()),
            new Column(PRODUCT.VOICE_ALIAS, "voice_alias", r -> r.product().voiceAlias()),
            new Column(PRODUCT.CATEGORY_ID, "category", Row::categoryId),
            new Column(PRODUCT.UNIT, "unit", r -> r.product().unit()),
            new Column(PRODUCT.PRICE_FEN, null, r -> r.product().price().fen()),
            new Column(PRODUCT.COST_FEN, "cost", r -> r.product().cost() == null ? null : r.product().cost().fen()),
            new Column(PRODUCT.MEMBER_PRICE_FEN, "member_price",
                    r -> r.product().memberPrice() == null ? null : r.product().memberPrice().fen()),
            new Column(PRODUCT.TAX_RATE_BP, "tax_rate", r -> r.product().taxRateBasisPoints()),
            new Column(PRODUCT.WEIGHED, "weighed", r -> r.product().weighed()),
            new Column(PRODUCT.SCALE_CODE, "scale_code", r -> r.product().scaleCode()),
            new Column(PRODUCT.TRACK_STOCK, null, r -> r.product().trackStock()),
            new Column(PRODUCT.ACTIVE, "active", r -> r.product().active()),
            new Column(PRODUCT.UPDATED_AT, null, Row::now));

    /** What was written. */
    record Written(int inserted, int updated, int categoriesCreated) {
    }

    /** A barcode taken from a product that must then be in the file too. */
    private record Taken(String code, String holderSku) {
    }

    private final DSLContext tx;
    private final Clock clock;
    private final Instant now;
    private final boolean replaceBarcodes;
    /** Whether the store held products (and barcodes) before: if not, nothing is looked up. */
    private final boolean hadProducts;
    private final Map<String, UUID> categories = new HashMap<>();
    private final Query insertProduct;
    private final Query updateProduct;
    private final Query insertBarcode;
    /** The columns an update writes, in the order of its bind values (the id last). */
    private final List<Column> updated;
    private final int chunkSize;
    private final List<Product> chunk = new ArrayList<>();
    private final List<Taken> taken = new ArrayList<>();
    private int inserted;
    private int updatedCount;
    private int categoriesCreated;

    CatalogWriter(DSLContext tx, Clock clock, Set<String> fileColumns, int chunkSize) {
        this.tx = tx;
        this.chunkSize = chunkSize;
        this.clock = clock;
        this.now = clock.instant();
        this.replaceBarcodes = fileColumns.contains("barcodes");
        this.hadProducts = tx.fetchExists(PRODUCT);
        tx.selectFrom(CATEGORY).forEach(c -> categories.put(c.getCode(), c.getId()));
        this.updated = COLUMNS.stream()
                .filter(c -> c.field() != PRODUCT.ID && (c.fileColumn() == null || fileColumns.contains(c.fileColumn())))
                .toList();
        insertProduct = tx.insertInto(PRODUCT)
                .columns(COLUMNS.stream().map(Column::field).toList())
                .values(COLUMNS.stream().map(c -> param(c.field())).toList());
        Map<Field<?>, Param<?>> sets = new LinkedHashMap<>();
        updated.forEach(c -> sets.put(c.field(), param(c.field())));
        updateProduct = tx.update(PRODUCT).set(sets).where(PRODUCT.ID.eq(param(PRODUCT.ID)));
        insertBarcode = tx.insertInto(BARCODE, BARCODE.CODE, BARCODE.PRODUCT_ID)
                .values(param(BARCODE.CODE), param(BARCODE.PRODUCT_ID));
    }

    /** Writes {@code p}, with the next few thousand, in the import's transaction. */
    void add(Product p) {
        chunk.add(p);
        if (chunk.size() >= chunkSize) {
            flush();
        }
    }

    /**
     * Writes what is left and checks that every barcode taken from another product was taken
     * from one of the file: a barcode may move to another product only when its current holder
     * is in the file too (its barcodes are then replaced).
     */
    Written finish(Set<String> fileSkus) {
        flush();
        for (Taken t : taken) {
            if (!fileSkus.contains(t.holderSku())) {
                throw new SuanpanException("catalog.import.barcodeTaken", t.code(), t.holderSku());
            }
        }
        return new Written(inserted, updatedCount, categoriesCreated);
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, UUID> existing = hadProducts ? existing(chunk) : Map.of();
        freeBarcodes(existing);
        Batch inserts = new Batch(tx.batch(insertProduct));
        Batch updates = new Batch(tx.batch(updateProduct));
        Batch barcodes = new Batch(tx.batch(insertBarcode));
        for (Product p : chunk) {
            UUID id = existing.get(p.sku());
            Row row = new Row(id == null ? Ids.uuidV7(clock) : id, p, Pinyin.of(p.name()), categoryId(p.categoryCode()), now);
            if (id == null) {
                Object[] values = new Object[COLUMNS.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = COLUMNS.get(i).value().apply(row);
                }
                inserts.bind(values);
            } else {
                Object[] values = new Object[updated.size() + 1];
                for (int i = 0; i < updated.size(); i++) {
                    values[i] = updated.get(i).value().apply(row);
                }
                values[updated.size()] = id;
                updates.bind(values);
            }
            if (id == null || replaceBarcodes) {
                for (String code : p.barcodes()) {
                    barcodes.bind(code, row.id());
                }
            }
        }
        inserted += inserts.execute();
        updatedCount += updates.execute();
        barcodes.execute();
        chunk.clear();
    }

    /** The ids of the products of the chunk already in the store, by SKU. */
    private Map<String, UUID> existing(List<Product> products) {
        Map<String, UUID> existing = new HashMap<>();
        tx.select(PRODUCT.SKU, PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.in(products.stream().map(Product::sku).toList()))
                .forEach(r -> existing.put(r.value1(), r.value2()));
        return existing;
    }

    /**
     * Deletes the barcodes the chunk's products are about to be given: those of its products
     * already in the store when the file replaces barcodes, and those the file moves here from
     * other products (noted, to be checked once the whole file is read).
     */
    private void freeBarcodes(Map<String, UUID> existing) {
        if (!hadProducts) {
            return;
        }
        if (replaceBarcodes && !existing.isEmpty()) {
            tx.deleteFrom(BARCODE).where(BARCODE.PRODUCT_ID.in(existing.values())).execute();
        }
        Map<String, String> ownerOf = new HashMap<>();
        for (Product p : chunk) {
            if (replaceBarcodes || !existing.containsKey(p.sku())) {
                p.barcodes().forEach(code -> ownerOf.put(code, p.sku()));
            }
        }
        if (ownerOf.isEmpty()) {
            return;
        }
        List<String> moving = new ArrayList<>();
        tx.select(BARCODE.CODE, PRODUCT.SKU).from(BARCODE).join(PRODUCT).on(PRODUCT.ID.eq(BARCODE.PRODUCT_ID))
                .where(BARCODE.CODE.in(ownerOf.keySet()))
                .forEach(r -> {
                    if (!r.value2().equals(ownerOf.get(r.value1()))) {
                        moving.add(r.value1());
                        taken.add(new Taken(r.value1(), r.value2()));
                    }
                });
        if (!moving.isEmpty()) {
            tx.deleteFrom(BARCODE).where(BARCODE.CODE.in(moving)).execute();
        }
    }

    private UUID categoryId(String code) {
        if (code == null) {
            return null;
        }
        UUID id = categories.get(code);
        if (id == null) {
            id = Ids.uuidV7(clock);
            tx.insertInto(CATEGORY).set(CATEGORY.ID, id).set(CATEGORY.CODE, code)
                    .set(CATEGORY.NAME, code).set(CATEGORY.SORT_ORDER, 1000).execute();
            categories.put(code, id);
            categoriesCreated++;
        }
        return id;
    }

    private static <T> Param<T> param(Field<T> field) {
        return DSL.param(field.getName(), field.getDataType());
    }

    /** A JDBC batch of one statement, run only when something was bound to it. */
    private static final class Batch {
        private final BatchBindStep step;
        private int rows;

        Batch(BatchBindStep step) {
            this.step = step;
        }

        void bind(Object... values) {
            step.bind(values);
            rows++;
        }

        int execute() {
            if (rows > 0) {
                step.execute();
            }
            return rows;
        }
    }
}
