package cn.suanpan.sync.client;

import cn.suanpan.core.catalog.CatalogChanges;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.members.Member;
import cn.suanpan.core.members.MemberDirectory;
import cn.suanpan.core.members.MemberStatus;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.promotions.PromotionStore;
import cn.suanpan.core.setup.ShopSettings;
import cn.suanpan.core.sync.SyncState;
import cn.suanpan.core.sync.SyncState.Cursor;
import cn.suanpan.sync.protocol.Change;
import cn.suanpan.sync.protocol.PullPage;
import cn.suanpan.sync.protocol.Stream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Applies a pulled page inside one local transaction together with its cursor. A
 * snapshot's first page lists the products (or promotions) the terminal holds, each page
 * strikes off what it delivered, and the last page retires what is left (products no longer
 * sold are made inactive, promotions no longer run are removed), then the list is dropped.
 */
final class PageApplier {

    private final Clock clock;
    private final MemberDirectory members;

    PageApplier(Clock clock, MemberDirectory members) {
        this.clock = clock;
        this.members = members;
    }

    /**
     * A page made ready to apply: a catalog page's changes in the terminal's terms, each
     * product's name already spelt in pinyin. Made outside the transaction, from the page
     * alone, so that the sync client can make the next page ready while this one is written.
     */
    record Prepared(PullPage page, List<CatalogChanges.Change> catalog, List<UUID> products) {
    }

    /** Checks and converts a page; a page the terminal cannot apply fails here, before any transaction. */
    Prepared prepare(PullPage page) {
        if (page.stream() != Stream.CATALOG) {
            return new Prepared(page, List.of(), List.of());
        }
        List<CatalogChanges.Change> local = new ArrayList<>(page.changes().size());
        List<UUID> products = new ArrayList<>();
        for (Change c : page.changes()) {
            switch (c) {
                case Change.CategoryChange cat -> local.add(new CatalogChanges.CategoryUpsert(cat.code(), cat.name(), cat.nameEn(), cat.sortOrder()));
                case Change.ProductChange p -> {
                    local.add(new CatalogChanges.ProductUpsert(product(p)));
                    products.add(p.id());
                }
                case Change.Removed r when "product".equals(r.entity()) -> local.add(new CatalogChanges.ProductRemoved(r.id()));
                case Change.Removed r when "category".equals(r.entity()) && r.key() != null ->
                        local.add(new CatalogChanges.CategoryRemoved(r.key()));
                default -> throw SyncFailure.corrupt("a catalog page holds " + c, null);
            }
        }
        return new Prepared(page, List.copyOf(local), List.copyOf(products));
    }

    /** Applies the page read from {@code from}; returns the number of changes applied. */
    int apply(DSLContext tx, Cursor from, PullPage page) {
        apply(tx, from, prepare(page));
        return page.changes().size();
    }

    /** Applies a prepared page read from {@code from}; returns the cursor saved with it. */
    Cursor apply(DSLContext tx, Cursor from, Prepared prepared) {
        PullPage page = prepared.page();
        String stream = page.stream().wire();
        boolean inSnapshot = from.inSnapshot();
        if (page.snapshot()) {
            // before the page is applied: what it brings is not what the terminal held
            SyncState.startSnapshot(tx, stream, switch (page.stream()) {
                case CATALOG -> CatalogChanges.activeProductIds(tx);
                case PROMOTIONS -> PromotionStore.ids(tx);
                default -> List.<UUID>of();
            });
            inSnapshot = true;
        }
        List<UUID> delivered = switch (page.stream()) {
            case CATALOG -> {
                CatalogChanges.apply(tx, prepared.catalog(), clock);
                yield prepared.products();
            }
            case MEMBERS -> applyMembers(tx, page.changes());
            case PROMOTIONS -> applyPromotions(tx, page.changes());
            case SETTINGS -> applySettings(tx, page.changes());
            // prices travel inside the catalog's products
            case PRICES -> List.of();
        };
        if (inSnapshot) {
            SyncState.delivered(tx, stream, delivered);
            if (!page.hasMore()) {
                if (page.stream() == Stream.CATALOG) {
                    CatalogChanges.retireAll(tx, SyncState.undelivered(tx, stream), clock);
                } else if (page.stream() == Stream.PROMOTIONS) {
                    // a promotion the shop no longer runs simply stops: sales name it by code and name
                    PromotionStore.remove(tx, SyncState.undelivered(tx, stream));
                }
                SyncState.endSnapshot(tx, stream);
                inSnapshot = false;
            }
        }
        Cursor next = new Cursor(stream, page.nextCursor(), inSnapshot);
        SyncState.saveCursor(tx, next, clock.instant());
        return next;
    }

    /** Stores promotions and removes tombstoned ones; returns the ids of the promotions delivered. */
    private List<UUID> applyPromotions(DSLContext tx, List<Change> changes) {
        List<UUID> delivered = new ArrayList<>();
        for (Change c : changes) {
            switch (c) {
                case Change.PromotionChange p -> {
                    try {
                        PromotionStore.put(tx, p.id(), p.terms(), clock.instant());
                    } catch (IllegalArgumentException e) {
                        // the cloud checks promotions with the same rules: this one was damaged
                        throw SyncFailure.corrupt("a promotion the terminal cannot run: " + e.getMessage(), e);
                    }
                    delivered.add(p.id());
                }
                case Change.Removed r when "promotion".equals(r.entity()) -> PromotionStore.remove(tx, List.of(r.id()));
                default -> throw SyncFailure.corrupt("a promotions page holds " + c, null);
            }
        }
        return delivered;
    }

    /** Stores the shop's settings; they have no id, so a snapshot has nothing of them to retire. */
    private List<UUID> applySettings(DSLContext tx, List<Change> changes) {
        for (Change c : changes) {
            if (!(c instanceof Change.SettingsChange s)) {
                throw SyncFailure.corrupt("a settings page holds " + c, null);
            }
            ShopSettings.apply(tx, s.storeName(), s.storeNameEn(), new ShopSettings(s.receiptHeader(), s.receiptFooter()),
                    clock.instant());
        }
        return List.of();
    }

    private List<UUID> applyMembers(DSLContext tx, List<Change> changes) {
        List<UUID> delivered = new ArrayList<>();
        for (Change c : changes) {
            switch (c) {
                case Change.MemberChange m -> {
                    MemberStatus status;
                    try {
                        status = MemberStatus.valueOf(m.status());
                    } catch (IllegalArgumentException e) {
                        throw SyncFailure.corrupt("unknown member status " + m.status(), e);
                    }
                    members.applySyncedMember(tx, new Member(m.id(), m.phone(), m.name(), m.level(), m.points(),
                            Money.ofFen(m.balanceFen()), m.memberCode(), status, m.updatedAt()));
                    delivered.add(m.id());
                }
                // the terminal keeps no member the cloud removed from its lists; nothing to do
                // until members can be closed, which the cloud does not do yet
                case Change.Removed r when "member".equals(r.entity()) -> { }
                default -> throw SyncFailure.corrupt("a members page holds " + c, null);
            }
        }
        return delivered;
    }

    private static Product product(Change.ProductChange p) {
        return new Product(p.id(), p.sku(), p.name(), p.nameEn(), null, null, p.voiceAlias(), p.categoryCode(), p.unit(),
                Money.ofFen(p.priceFen()), p.costFen() == null ? null : Money.ofFen(p.costFen()),
                p.memberPriceFen() == null ? null : Money.ofFen(p.memberPriceFen()), p.taxRateBp(), p.weighed(), p.scaleCode(),
                p.trackStock(), p.active(), p.barcodes());
    }
}
