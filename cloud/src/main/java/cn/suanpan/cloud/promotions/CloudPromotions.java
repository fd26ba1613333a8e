package cn.suanpan.cloud.promotions;

import static cn.suanpan.cloud.store.schema.Tables.PROMOTION;

import cn.suanpan.cloud.shop.ChangeNumbers;
import cn.suanpan.cloud.shop.StreamPage;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.store.schema.tables.records.PromotionRecord;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.pricing.PromotionTerms;
import cn.suanpan.sync.protocol.Change;
import cn.suanpan.sync.protocol.PullPage;
import cn.suanpan.sync.protocol.Stream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The shop's promotions, which the cloud owns and the counters price with. Kept by code
 * (the shop's own name for a promotion, which sales name it by); every change takes the
 * shop's next change number and a removal leaves a tombstone, so terminals pull them like
 * the catalog. Terms are checked with the terminal's own rules ({@link PromotionTerms#toPromotion()})
 * before they are accepted, so a terminal never receives one it cannot run.
 */
public final class CloudPromotions {

    private final CloudStore store;
    private final Clock clock;

    public CloudPromotions(CloudStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What a put came to: the promotion's id and whether it was new (or came back from removal). */
    public record Put(UUID id, boolean created) {
    }

    /**
     * Creates or replaces the promotion with the terms' code; a removed one comes back under
     * its old id.
     *
     * @throws IllegalArgumentException when the terms make no promotion
     */
    public Put put(UUID shopId, PromotionTerms terms) {
        terms.toPromotion();
        return store.inTransaction(tx -> put(tx, shopId, terms));
    }

    /** Many in the caller's transaction, one change number each (the demo shop). */
    public Put put(DSLContext tx, UUID shopId, PromotionTerms t) {
        t.toPromotion();
        long seq = ChangeNumbers.next(tx, shopId);
        PromotionRecord r = tx.selectFrom(PROMOTION).where(PROMOTION.SHOP_ID.eq(shopId)).and(PROMOTION.CODE.eq(t.code())).fetchOne();
        boolean created = r == null || r.getDeleted();
        if (r == null) {
            r = tx.newRecord(PROMOTION);
            r.setId(Ids.uuidV7(clock));
            r.setShopId(shopId);
            r.setCode(t.code());
        }
        r.setName(t.name());
        r.setNameEn(t.nameEn());
        r.setKind(t.kind().wire());
        r.setTargetSkus(String.join("|", new TreeSet<>(t.skus())));
        r.setTargetCategories(String.join("|", new TreeSet<>(t.categories())));
        r.setAllProducts(t.allProducts());
        r.setPercentOffBp(t.percentOffBp());
        r.setAmountFen(t.amountFen());
        r.setBuyCount(t.buy());
        r.setGetCount(t.get());
        r.setBundleCount(t.count());
        r.setBundlePriceFen(t.priceFen());
        r.setPriority(t.priority());
        r.setStartsAt(t.startsAt());
        r.setEndsAt(t.endsAt());
        r.setWeekdays(t.weekdays().stream().sorted().map(d -> Integer.toString(d.getValue())).collect(Collectors.joining(",")));
        r.setDailyFrom(t.dailyFrom() == null ? null : t.dailyFrom().toString());
        r.setDailyTo(t.dailyTo() == null ? null : t.dailyTo().toString());
        r.setDeleted(false);
        r.setChangeSeq(seq);
        r.setUpdatedAt(clock.instant());
        r.store();
        return new Put(r.getId(), created);
    }

    /** Leaves a tombstone for the promotion; false when the shop runs no such promotion. */
    public boolean remove(UUID shopId, String code) {
        return store.inTransaction(tx -> {
            long seq = ChangeNumbers.next(tx, shopId);
            return tx.update(PROMOTION).set(PROMOTION.DELETED, true).set(PROMOTION.CHANGE_SEQ, seq)
                    .set(PROMOTION.UPDATED_AT, clock.instant())
                    .where(PROMOTION.SHOP_ID.eq(shopId)).and(PROMOTION.CODE.eq(code)).and(PROMOTION.DELETED.isFalse())
                    .execute() == 1;
        });
    }

    /** A promotion the shop runs. */
    public Optional<PromotionTerms> find(UUID shopId, String code) {
        return store.dsl().selectFrom(PROMOTION).where(PROMOTION.SHOP_ID.eq(shopId)).and(PROMOTION.CODE.eq(code))
                .and(PROMOTION.DELETED.isFalse()).fetchOptional(CloudPromotions::terms);
    }

    /** The promotions the shop runs, in code order. */
    public List<PromotionTerms> list(UUID shopId) {
        return store.dsl().selectFrom(PROMOTION).where(PROMOTION.SHOP_ID.eq(shopId)).and(PROMOTION.DELETED.isFalse())
                .orderBy(PROMOTION.CODE).fetch(CloudPromotions::terms);
    }

    /** Whether the shop has ever had a promotion (tombstones count). */
    public static boolean anyEver(DSLContext dsl, UUID shopId) {
        return dsl.fetchExists(PROMOTION, PROMOTION.SHOP_ID.eq(shopId));
    }

    /** The promotions stream's table, also purged of its tombstones with the catalog's. */
    public static final StreamPage.Source<PromotionRecord> SOURCE = new StreamPage.Source<>(PROMOTION, PROMOTION.SHOP_ID,
            PROMOTION.CHANGE_SEQ, PROMOTION.DELETED, p -> p.getDeleted()
                    ? new Change.Removed("promotion", p.getId(), p.getCode())
                    : Change.PromotionChange.of(p.getId(), terms(p)));

    /** A page of the promotions stream, numbered, snapshotted and counted like the catalog's (see {@link StreamPage}). */
    public PullPage page(UUID shopId, long cursor, int limit, boolean countRemaining) {
        return StreamPage.read(store.dsl(), Stream.PROMOTIONS, SOURCE, shopId, cursor, limit, countRemaining);
    }

    private static PromotionTerms terms(PromotionRecord r) {
        Set<DayOfWeek> weekdays = r.getWeekdays().isEmpty() ? Set.of() : Arrays.stream(r.getWeekdays().split(","))
                .map(d -> DayOfWeek.of(Integer.parseInt(d))).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new PromotionTerms(r.getCode(), r.getName(), r.getNameEn(), PromotionTerms.Kind.fromWire(r.getKind()),
                split(r.getTargetSkus()), split(r.getTargetCategories()), r.getAllProducts(), r.getPercentOffBp(), r.getAmountFen(),
                r.getBuyCount(), r.getGetCount(), r.getBundleCount(), r.getBundlePriceFen(), r.getPriority(), r.getStartsAt(),
                r.getEndsAt(), weekdays, time(r.getDailyFrom()), time(r.getDailyTo()));
    }

    private static LocalTime time(String hhmm) {
        return hhmm == null ? null : LocalTime.parse(hhmm);
    }

    private static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : Set.of(joined.split("\\|"));
    }
}
