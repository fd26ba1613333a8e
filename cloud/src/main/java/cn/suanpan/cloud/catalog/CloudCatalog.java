package cn.suanpan.cloud.catalog;

import static cn.suanpan.cloud.store.schema.Tables.CATEGORY;
import static cn.suanpan.cloud.store.schema.Tables.PRODUCT;

import cn.suanpan.cloud.shop.ChangeNumbers;
import cn.suanpan.cloud.promotions.CloudPromotions;
import cn.suanpan.cloud.shop.StreamPage;
import cn.suanpan.cloud.shop.TombstonePurge;
import cn.suanpan.cloud.stock.StockLocks;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.store.schema.tables.records.CategoryRecord;
import cn.suanpan.cloud.store.schema.tables.records.ProductRecord;
import cn.suanpan.core.id.Ids;
import cn.suanpan.sync.protocol.Change;
import cn.suanpan.sync.protocol.PullPage;
import cn.suanpan.sync.protocol.Stream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The catalog the cloud owns: categories and products with their prices. Every change
 * takes the shop's next change number; a removal leaves a tombstone (the row, marked
 * deleted) so terminals learn of it, until tombstones are purged, after which a terminal
 * whose cursor is older than the purge gets a full snapshot.
 */
public final class CloudCatalog {

    private final CloudStore store;
    private final Clock clock;

    public CloudCatalog(CloudStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record CategoryInput(String code, String name, String nameEn, int sortOrder) {
        public CategoryInput {
            if (code == null || code.isBlank() || code.length() > 32 || name == null || name.isBlank()) {
                throw new IllegalArgumentException("category code (at most 32 characters) and name are required");
            }
        }
    }

    /** Creates or renames a category; its code never changes. */
    public UUID putCategory(UUID shopId, CategoryInput c) {
        return store.inTransaction(tx -> putCategory(tx, shopId, c));
    }

    public UUID putCategory(DSLContext tx, UUID shopId, CategoryInput c) {
        long seq = ChangeNumbers.next(tx, shopId);
        CategoryRecord r = tx.selectFrom(CATEGORY).where(CATEGORY.SHOP_ID.eq(shopId)).and(CATEGORY.CODE.eq(c.code())).fetchOne();
        if (r == null) {
            r = tx.newRecord(CATEGORY);
            r.setId(Ids.uuidV7(clock));
            r.setShopId(shopId);
            r.setCode(c.code());
        }
        r.setName(c.name());
        r.setNameEn(c.nameEn());
        r.setSortOrder(c.sortOrder());
        r.setDeleted(false);
        r.setChangeSeq(seq);
        r.store();
        return r.getId();
    }

    public boolean removeCategory(UUID shopId, String code) {
        return store.inTransaction(tx -> {
            long seq = ChangeNumbers.next(tx, shopId);
            return tx.update(CATEGORY).set(CATEGORY.DELETED, true).set(CATEGORY.CHANGE_SEQ, seq)
                    .where(CATEGORY.SHOP_ID.eq(shopId)).and(CATEGORY.CODE.eq(code)).and(CATEGORY.DELETED.isFalse())
                    .execute() == 1;
        });
    }

    /** Creates or updates the product with this SKU (a removed one comes back) and returns its id. */
    public UUID putProduct(UUID shopId, ProductInput p) {
        return store.inTransaction(tx -> putProducts(tx, shopId, List.of(p)).getFirst());
    }

    /** Many products in one transaction, one change number each (the demo shop, imports). */
    public List<UUID> putProducts(DSLContext tx, UUID shopId, List<ProductInput> products) {
        List<UUID> ids = new ArrayList<>(products.size());
        List<ProductRecord> inserts = new ArrayList<>();
        for (ProductInput p : products) {
            long seq = ChangeNumbers.next(tx, shopId);
            ProductRecord r = tx.selectFrom(PRODUCT).where(PRODUCT.SHOP_ID.eq(shopId)).and(PRODUCT.SKU.eq(p.sku())).fetchOne();
            boolean isNew = r == null;
            if (isNew) {
                r = tx.newRecord(PRODUCT);
                r.setId(Ids.uuidV7(clock));
                r.setShopId(shopId);
                r.setSku(p.sku());
            }
            r.setName(p.name());
            r.setNameEn(p.nameEn());
            r.setCategoryCode(p.categoryCode());
            r.setUnit(p.unit());
            r.setPriceFen(p.priceFen());
            r.setCostFen(p.costFen());
            r.setMemberPriceFen(p.memberPriceFen());
            r.setTaxRateBp(p.taxRateBp());
            r.setWeighed(p.weighed());
            r.setScaleCode(p.scaleCode());
            r.setVoiceAlias(p.voiceAlias());
            r.setTrackStock(p.trackStock());
            r.setActive(p.active());
            r.setBarcodes(String.join("|", p.barcodes()));
            r.setDeleted(false);
            r.setChangeSeq(seq);
            r.setUpdatedAt(clock.instant());
            if (isNew) {
                inserts.add(r);
            } else {
                r.update();
            }
            ids.add(r.getId());
        }
        for (int i = 0; i < inserts.size(); i += 1_000) {
            List<ProductRecord> chunk = inserts.subList(i, Math.min(i + 1_000, inserts.size()));
            tx.batchInsert(chunk).execute();
            StockLocks.add(tx, shopId, chunk.stream().map(ProductRecord::getId).toList());
        }
        return ids;
    }

    /** Leaves a tombstone for the product; false when there is no such live product. */
    public boolean removeProduct(UUID shopId, String sku) {
        return store.inTransaction(tx -> {
            long seq = ChangeNumbers.next(tx, shopId);
            return tx.update(PRODUCT).set(PRODUCT.DELETED, true).set(PRODUCT.CHANGE_SEQ, seq).set(PRODUCT.UPDATED_AT, clock.instant())
                    .where(PRODUCT.SHOP_ID.eq(shopId)).and(PRODUCT.SKU.eq(sku)).and(PRODUCT.DELETED.isFalse())
                    .execute() == 1;
        });
    }

    public Optional<UUID> productId(UUID shopId, String sku) {
        return store.dsl().select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.SHOP_ID.eq(shopId)).and(PRODUCT.SKU.eq(sku))
                .fetchOptional(PRODUCT.ID);
    }

    /** Whether the shop has (or had: tombstones count) this product. */
    public static boolean knows(DSLContext dsl, UUID shopId, UUID productId) {
        return dsl.fetchExists(PRODUCT, PRODUCT.ID.eq(productId).and(PRODUCT.SHOP_ID.eq(shopId)));
    }

    /**
     * Deletes the tombstones of every stream that keeps them (catalog and promotions) in
     * one transaction, up to the newest of them: terminals whose cursor on any stream is
     * older get a snapshot of that stream from now on. Members have a tombstone column but
     * the cloud never removes a member, so there are none to purge (and their rows are
     * referenced by WeChat identities and pay keys).
     */
    public int purgeTombstones(UUID shopId) {
        List<StreamPage.Source<?>> sources = new ArrayList<>(SOURCES);
        sources.add(CloudPromotions.SOURCE);
        return store.inTransaction(tx -> TombstonePurge.purge(tx, shopId, sources));
    }

    private static final List<StreamPage.Source<?>> SOURCES = List.of(
            new StreamPage.Source<>(CATEGORY, CATEGORY.SHOP_ID, CATEGORY.CHANGE_SEQ, CATEGORY.DELETED, CloudCatalog::toChange),
            new StreamPage.Source<>(PRODUCT, PRODUCT.SHOP_ID, PRODUCT.CHANGE_SEQ, PRODUCT.DELETED, CloudCatalog::toChange));

    /** A page of the catalog stream after {@code cursor}: categories and products in change order (see {@link StreamPage}). */
    public PullPage page(UUID shopId, long cursor, int limit, boolean countRemaining) {
        return StreamPage.read(store.dsl(), Stream.CATALOG, SOURCES, shopId, cursor, limit, countRemaining);
    }

    private static Change toChange(CategoryRecord c) {
        if (c.getDeleted()) {
            return new Change.Removed("category", c.getId(), c.getCode());
        }
        return new Change.CategoryChange(c.getId(), c.getCode(), c.getName(), c.getNameEn(), c.getSortOrder());
    }

    private static Change toChange(ProductRecord p) {
        if (p.getDeleted()) {
            return new Change.Removed("product", p.getId(), p.getSku());
        }
        List<String> barcodes = p.getBarcodes().isEmpty() ? List.of() : Arrays.asList(p.getBarcodes().split("\\|"));
        return new Change.ProductChange(p.getId(), p.getSku(), p.getName(), p.getNameEn(), p.getCategoryCode(), p.getUnit(),
                p.getPriceFen(), p.getCostFen(), p.getMemberPriceFen(), p.getTaxRateBp(), p.getWeighed(), p.getScaleCode(),
                p.getVoiceAlias(), p.getTrackStock(), p.getActive(), barcodes);
    }
}
