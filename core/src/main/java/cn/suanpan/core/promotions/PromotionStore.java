package cn.suanpan.core.promotions;

import static cn.suanpan.core.store.schema.Tables.PROMOTION;

import cn.suanpan.core.id.Ids;
import cn.suanpan.core.pricing.Promotion;
import cn.suanpan.core.pricing.PromotionTerms;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.store.schema.tables.records.PromotionRecord;
import cn.suanpan.core.sync.SyncState;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's promotions table: what the pricing engine runs. The cloud owns it; a
 * pulled page writes it in the transaction that moves the stream's cursor. A terminal that
 * has never pulled promotions seeds it once from the demo store's file, so the demo sells
 * with promotions offline.
 */
public final class PromotionStore {

    /** The pulled stream's name in {@code sync_cursor}. */
    public static final String STREAM = "promotions";

    private static final Logger log = LoggerFactory.getLogger(PromotionStore.class);

    private PromotionStore() {
    }

    /**
     * Stores a promotion under the cloud's id. One held under the same code with another id
     * (the seeded demo's) is replaced: codes are what sales name promotions by.
     *
     * @throws IllegalArgumentException when the terms do not make a promotion
     */
    public static void put(DSLContext tx, UUID id, PromotionTerms t, Instant at) {
        t.toPromotion(); // refuses terms the engine could not run before anything is written
        tx.deleteFrom(PROMOTION).where(PROMOTION.CODE.eq(t.code())).and(PROMOTION.ID.ne(id)).execute();
        PromotionRecord r = tx.newRecord(PROMOTION);
        r.setId(id);
        r.setCode(t.code());
        r.setName(t.name());
        r.setNameEn(t.nameEn());
        r.setKind(t.kind().wire());
        r.setTargetSkus(joined(t.skus()));
        r.setTargetCategories(joined(t.categories()));
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
        r.setDailyFrom(t.dailyFrom());
        r.setDailyTo(t.dailyTo());
        r.setUpdatedAt(at);
        tx.insertInto(PROMOTION).set(r).onDuplicateKeyUpdate().set(r).execute();
    }

    /** Removes the promotions with these ids (a tombstone, or what a snapshot no longer had); returns how many were held. */
    public static int remove(DSLContext tx, Collection<UUID> ids) {
        return ids.isEmpty() ? 0 : tx.deleteFrom(PROMOTION).where(PROMOTION.ID.in(ids)).execute();
    }

    /** The ids of the promotions held, for a snapshot's list of what to retire. */
    public static List<UUID> ids(DSLContext dsl) {
        return dsl.select(PROMOTION.ID).from(PROMOTION).fetch(PROMOTION.ID);
    }

    /** The promotions held, in code order. */
    public static List<PromotionTerms> terms(DSLContext dsl) {
        return dsl.selectFrom(PROMOTION).orderBy(PROMOTION.CODE).fetch(PromotionStore::terms);
    }

    /** The promotions held, as the pricing engine runs them. */
    public static List<Promotion> all(DSLContext dsl) {
        return terms(dsl).stream().map(PromotionTerms::toPromotion).toList();
    }

    /**
     * Seeds the table from {@code seed} when this terminal has never pulled promotions (not
     * enrolled, stream cursor at its start) and holds none; returns whether it did. Once a
     * cloud has spoken, an empty table means the shop runs no promotions.
     */
    public static boolean seedIfNeverPulled(LocalStore store, Supplier<List<Promotion>> seed, Clock clock) {
        if (!neverPulled(store.dsl())) {
            return false;
        }
        List<Promotion> promotions = seed.get();
        boolean seeded = store.inTransaction(tx -> {
            if (!neverPulled(tx)) {
                return false;
            }
            for (Promotion p : promotions) {
                put(tx, Ids.uuidV7(clock), PromotionTerms.of(p), clock.instant());
            }
            log.info("Seeded {} demo promotions", promotions.size());
            return true;
        });
        if (seeded) {
            PromotionSignal.of(store).changed();
        }
        return seeded;
    }

    private static boolean neverPulled(DSLContext dsl) {
        SyncState.Cursor cursor = SyncState.cursor(dsl, STREAM);
        return cursor.position() == 0 && !cursor.inSnapshot() && !SyncState.enrolled(dsl) && dsl.fetchCount(PROMOTION) == 0;
    }

    private static PromotionTerms terms(PromotionRecord r) {
        Set<DayOfWeek> weekdays = r.getWeekdays().isEmpty() ? Set.of() : Arrays.stream(r.getWeekdays().split(","))
                .map(d -> DayOfWeek.of(Integer.parseInt(d))).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new PromotionTerms(r.getCode(), r.getName(), r.getNameEn(), PromotionTerms.Kind.fromWire(r.getKind()),
                split(r.getTargetSkus()), split(r.getTargetCategories()), r.getAllProducts(), r.getPercentOffBp(), r.getAmountFen(),
                r.getBuyCount(), r.getGetCount(), r.getBundleCount(), r.getBundlePriceFen(), r.getPriority(), r.getStartsAt(),
                r.getEndsAt(), weekdays, r.getDailyFrom(), r.getDailyTo());
    }

    private static String joined(Set<String> values) {
        return String.join("|", new TreeSet<>(values));
    }

    private static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : Set.of(joined.split("\\|"));
    }
}
