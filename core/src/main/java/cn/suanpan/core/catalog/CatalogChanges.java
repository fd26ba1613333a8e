package cn.suanpan.core.catalog;

import static cn.suanpan.core.store.schema.Tables.BARCODE;
import static cn.suanpan.core.store.schema.Tables.CATEGORY;
import static cn.suanpan.core.store.schema.Tables.HELD_CART_LINE;
import static cn.suanpan.core.store.schema.Tables.PRODUCT;
import static cn.suanpan.core.store.schema.Tables.REFUND_LINE;
import static cn.suanpan.core.store.schema.Tables.SALE_LINE;
import static cn.suanpan.core.store.schema.Tables.STOCK_MOVEMENT;

import cn.suanpan.core.id.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Applies catalog changes sent by the cloud, which owns the catalog, inside the caller's
 * transaction (the sync client's, which also moves the stream's cursor). The cloud wins:
 * <ul>
 *   <li>products are keyed by the cloud's id; a local product with the same SKU but
 *       another id (a terminal that seeded its own catalog before it was enrolled) is
 *       re-keyed to the cloud's id, its stock movements, sale, refund and held-cart lines
 *       with it;</li>
 *   <li>a barcode or scale code the cloud gives to a product is taken from whichever
 *       local product held it;</li>
 *   <li>categories are keyed by their code, which the cloud never changes; a product
 *       naming a category not yet received gets a placeholder that the category's own
 *       change fills in later;</li>
 *   <li>a removed product is retired (inactive, barcodes and scale code freed), never
 *       deleted, because past sales and stock movements still name it.</li>
 * </ul>
 */
public final class CatalogChanges {

    private static final int BATCH = 2_000;

    /** Every column of a product, the id first, in the order the upserts bind them. */
    private static final List<org.jooq.Field<?>> PRODUCT_COLUMNS = List.of(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.NAME_EN,
            PRODUCT.PINYIN, PRODUCT.PINYIN_INITIALS, PRODUCT.VOICE_ALIAS, PRODUCT.CATEGORY_ID, PRODUCT.UNIT, PRODUCT.PRICE_FEN,
            PRODUCT.COST_FEN, PRODUCT.MEMBER_PRICE_FEN, PRODUCT.TAX_RATE_BP, PRODUCT.WEIGHED, PRODUCT.SCALE_CODE,
            PRODUCT.TRACK_STOCK, PRODUCT.ACTIVE, PRODUCT.UPDATED_AT);

    private CatalogChanges() {
    }

    /** One change of the catalog stream. */
    public sealed interface Change permits CategoryUpsert, CategoryRemoved, ProductUpsert, ProductRemoved {
    }

    public record CategoryUpsert(String code, String name, String nameEn, int sortOrder) implements Change {
    }

    public record CategoryRemoved(String code) implements Change {
    }

    /**
     * The product as the cloud has it: its id is the cloud's, its pinyin is worked out on the
     * terminal. The spelling travels with the change so that it can be worked out before the
     * transaction that writes the product (the sync client does it while the page before is
     * being written).
     */
    public record ProductUpsert(Product product, Pinyin.Spelling spelling) implements Change {

        public ProductUpsert(Product product) {
            this(product, Pinyin.of(product.name()));
        }
    }

    public record ProductRemoved(UUID id) implements Change {
    }

    /** What a page did. */
    public record Applied(int categories, int products, int removed) {
    }

    public static Applied apply(DSLContext tx, List<? extends Change> changes, Clock clock) {
        Instant now = clock.instant();
        int categories = 0;
        int removed = 0;
        List<ProductUpsert> products = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof CategoryUpsert u) {
                upsertCategory(tx, u, clock);
                categories++;
            } else if (c instanceof ProductUpsert p) {
                products.add(p);
            }
        }
        upsertProducts(tx, products, clock, now);
        for (Change c : changes) {
            switch (c) {
                case ProductRemoved r -> removed += retire(tx, List.of(r.id()), now);
                case CategoryRemoved r -> removed += removeCategory(tx, r.code());
                default -> { }
            }
        }
        return new Applied(categories, products.size(), removed);
    }

    /** The ids of the active products: what a full snapshot starting now must deliver or retire. */
    public static List<UUID> activeProductIds(DSLContext dsl) {
        return dsl.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.ACTIVE.isTrue()).fetch(PRODUCT.ID);
    }

    /**
     * Retires these products (those still active): the end of a full snapshot, which did not
     * deliver them because the cloud no longer sells them. Ids no product has are passed over.
     */
    public static int retireAll(DSLContext tx, Collection<UUID> ids, Clock clock) {
        List<UUID> gone = new ArrayList<>(ids);
        int n = 0;
        for (int i = 0; i < gone.size(); i += BATCH) {
            n += retire(tx, gone.subList(i, Math.min(i + BATCH, gone.size())), clock.instant());
        }
        return n;
    }

    private static void upsertCategory(DSLContext tx, CategoryUpsert u, Clock clock) {
        int updated = tx.update(CATEGORY).set(CATEGORY.NAME, u.name()).set(CATEGORY.NAME_EN, u.nameEn())
                .set(CATEGORY.SORT_ORDER, u.sortOrder()).where(CATEGORY.CODE.eq(u.code())).execute();
        if (updated == 0) {
            tx.insertInto(CATEGORY).set(CATEGORY.ID, Ids.uuidV7(clock)).set(CATEGORY.CODE, u.code())
                    .set(CATEGORY.NAME, u.name()).set(CATEGORY.NAME_EN, u.nameEn()).set(CATEGORY.SORT_ORDER, u.sortOrder())
                    .execute();
        }
    }

    private static int removeCategory(DSLContext tx, String code) {
        UUID id = tx.select(CATEGORY.ID).from(CATEGORY).where(CATEGORY.CODE.eq(code)).fetchOne(CATEGORY.ID);
        if (id == null) {
            return 0;
        }
        tx.update(PRODUCT).setNull(PRODUCT.CATEGORY_ID).where(PRODUCT.CATEGORY_ID.eq(id)).execute();
        return tx.deleteFrom(CATEGORY).where(CATEGORY.ID.eq(id)).execute();
    }

    private static int retire(DSLContext tx, List<UUID> ids, Instant now) {
        tx.deleteFrom(BARCODE).where(BARCODE.PRODUCT_ID.in(ids)).execute();
        return tx.update(PRODUCT).set(PRODUCT.ACTIVE, false).setNull(PRODUCT.SCALE_CODE).set(PRODUCT.UPDATED_AT, now)
                .where(PRODUCT.ID.in(ids)).execute();
    }

    private static void upsertProducts(DSLContext tx, List<ProductUpsert> all, Clock clock, Instant now) {
        for (int i = 0; i < all.size(); i += BATCH) {
            upsertChunk(tx, all.subList(i, Math.min(i + BATCH, all.size())), clock, now);
        }
    }

    private static void upsertChunk(DSLContext tx, List<ProductUpsert> upserts, Clock clock, Instant now) {
        if (upserts.isEmpty()) {
            return;
        }
        List<Product> products = new ArrayList<>(upserts.size());
        upserts.forEach(u -> products.add(u.product()));
        Map<UUID, Product> incoming = new LinkedHashMap<>();
        products.forEach(p -> incoming.put(p.id(), p));
        Set<UUID> existing = new HashSet<>(tx.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.ID.in(incoming.keySet()))
                .fetch(PRODUCT.ID));
        Map<String, UUID> skuHolders = new HashMap<>();
        tx.select(PRODUCT.SKU, PRODUCT.ID).from(PRODUCT)
                .where(PRODUCT.SKU.in(products.stream().map(Product::sku).toList()))
                .forEach(r -> skuHolders.put(r.value1(), r.value2()));

        // free the SKUs and scale codes the cloud hands to these products
        Map<UUID, UUID> rekeyed = new HashMap<>();
        for (Product p : products) {
            UUID holder = skuHolders.get(p.sku());
            if (holder == null || holder.equals(p.id())) {
                continue;
            }
            if (!existing.contains(p.id()) && !incoming.containsKey(holder)) {
                rekey(tx, holder, p.id());
                rekeyed.put(holder, p.id());
                existing.add(p.id());
            } else {
                tx.update(PRODUCT).set(PRODUCT.SKU, parkedSku(holder)).where(PRODUCT.ID.eq(holder)).execute();
            }
        }
        repointLines(tx, rekeyed);
        List<String> scaleCodes = products.stream().map(Product::scaleCode).filter(java.util.Objects::nonNull).toList();
        if (!scaleCodes.isEmpty()) {
            tx.update(PRODUCT).setNull(PRODUCT.SCALE_CODE).where(PRODUCT.SCALE_CODE.in(scaleCodes)).execute();
        }

        Map<String, UUID> categories = categoryIds(tx, products, clock);
        // one statement each for the inserts, the updates and the barcodes, bound once per
        // row: jOOQ's batchInsert/batchUpdate of records renders every record's SQL anew,
        // which cost more than H2 took to write the rows
        var insert = tx.batch(tx.insertInto(PRODUCT, PRODUCT_COLUMNS).values(Collections.nCopies(PRODUCT_COLUMNS.size(), null)));
        Map<org.jooq.Field<?>, Object> updated = new LinkedHashMap<>();
        PRODUCT_COLUMNS.subList(1, PRODUCT_COLUMNS.size()).forEach(f -> updated.put(f, null));
        var update = tx.batch(tx.update(PRODUCT).set(updated).where(PRODUCT.ID.eq((UUID) null)));
        int inserts = 0;
        int updates = 0;
        for (ProductUpsert u : upserts) {
            Product p = u.product();
            Pinyin.Spelling spelling = u.spelling();
            Object[] values = {p.sku(), p.name(), p.nameEn(), spelling.full(), spelling.initials(), p.voiceAlias(),
                    p.categoryCode() == null ? null : categories.get(p.categoryCode()), p.unit(), p.price().fen(),
                    p.cost() == null ? null : p.cost().fen(), p.memberPrice() == null ? null : p.memberPrice().fen(),
                    p.taxRateBasisPoints(), p.weighed(), p.scaleCode(), p.trackStock(), p.active(), now};
            if (existing.contains(p.id())) {
                Object[] row = java.util.Arrays.copyOf(values, values.length + 1);
                row[values.length] = p.id();
                update = update.bind(row);
                updates++;
            } else {
                Object[] row = new Object[values.length + 1];
                row[0] = p.id();
                System.arraycopy(values, 0, row, 1, values.length);
                insert = insert.bind(row);
                inserts++;
            }
        }
        if (updates > 0) {
            update.execute();
        }
        if (inserts > 0) {
            insert.execute();
        }

        // only products that were already here can hold barcodes; a new one holds none yet
        List<UUID> held = incoming.keySet().stream().filter(existing::contains).toList();
        if (!held.isEmpty()) {
            tx.deleteFrom(BARCODE).where(BARCODE.PRODUCT_ID.in(held)).execute();
        }
        List<String> codes = products.stream().flatMap(p -> p.barcodes().stream()).toList();
        if (!codes.isEmpty()) {
            tx.deleteFrom(BARCODE).where(BARCODE.CODE.in(codes)).execute();
            var barcodes = tx.batch(tx.insertInto(BARCODE, BARCODE.CODE, BARCODE.PRODUCT_ID).values((String) null, (UUID) null));
            Set<String> taken = new HashSet<>();
            for (Product p : products) {
                for (String code : p.barcodes()) {
                    if (taken.add(code)) {
                        barcodes = barcodes.bind(code, p.id());
                    }
                }
            }
            barcodes.execute();
        }
    }

    /** The local ids of the categories the products name, with placeholders for those not received yet. */
    private static Map<String, UUID> categoryIds(DSLContext tx, List<Product> products, Clock clock) {
        Set<String> codes = new HashSet<>();
        products.forEach(p -> {
            if (p.categoryCode() != null) {
                codes.add(p.categoryCode());
            }
        });
        Map<String, UUID> ids = new HashMap<>();
        if (codes.isEmpty()) {
            return ids;
        }
        tx.select(CATEGORY.CODE, CATEGORY.ID).from(CATEGORY).where(CATEGORY.CODE.in(codes))
                .forEach(r -> ids.put(r.value1(), r.value2()));
        for (String code : codes) {
            if (!ids.containsKey(code)) {
                UUID id = Ids.uuidV7(clock);
                tx.insertInto(CATEGORY).set(CATEGORY.ID, id).set(CATEGORY.CODE, code).set(CATEGORY.NAME, code)
                        .set(CATEGORY.SORT_ORDER, 1000).execute();
                ids.put(code, id);
            }
        }
        return ids;
    }

    /**
     * Gives a local product the cloud's id for it. Its barcodes are dropped first (the
     * change brings the cloud's), and its stock movements follow it; its sale, refund and
     * held-cart lines follow in {@link #repointLines}. Those lines keep a snapshot of the
     * product (SKU, name, price) and no foreign key to it (V3: the cloud owns the catalog),
     * so nothing would fail if they stayed behind; a later refund would only restock an id
     * that no product holds any more.
     */
    private static void rekey(DSLContext tx, UUID localId, UUID cloudId) {
        tx.deleteFrom(BARCODE).where(BARCODE.PRODUCT_ID.eq(localId)).execute();
        tx.update(PRODUCT).set(PRODUCT.ID, cloudId).where(PRODUCT.ID.eq(localId)).execute();
        tx.update(STOCK_MOVEMENT).set(STOCK_MOVEMENT.PRODUCT_ID, cloudId).where(STOCK_MOVEMENT.PRODUCT_ID.eq(localId)).execute();
    }

    /**
     * Points the sale, refund and held-cart lines of re-keyed products at their new ids, one
     * statement per table for the whole chunk: these tables have no index on the product
     * (nothing else looks them up by product), and a catalog seeded with tens of thousands
     * of products would otherwise scan them once per product.
     */
    private static void repointLines(DSLContext tx, Map<UUID, UUID> rekeyed) {
        if (rekeyed.isEmpty()) {
            return;
        }
        tx.update(SALE_LINE).set(SALE_LINE.PRODUCT_ID, DSL.case_(SALE_LINE.PRODUCT_ID).mapValues(rekeyed))
                .where(SALE_LINE.PRODUCT_ID.in(rekeyed.keySet())).execute();
        tx.update(REFUND_LINE).set(REFUND_LINE.PRODUCT_ID, DSL.case_(REFUND_LINE.PRODUCT_ID).mapValues(rekeyed))
                .where(REFUND_LINE.PRODUCT_ID.in(rekeyed.keySet())).execute();
        tx.update(HELD_CART_LINE).set(HELD_CART_LINE.PRODUCT_ID, DSL.case_(HELD_CART_LINE.PRODUCT_ID).mapValues(rekeyed))
                .where(HELD_CART_LINE.PRODUCT_ID.in(rekeyed.keySet())).execute();
    }

    /** A SKU no real product has, for a product whose SKU the cloud gave to another one. */
    private static String parkedSku(UUID id) {
        return "~" + id.toString().replace("-", "").substring(0, 31);
    }
}
