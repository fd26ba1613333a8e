package cn.suanpan.sync.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import cn.suanpan.core.pricing.PromotionTerms;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.UUID;

/** One entity's newest state in a pulled stream, or its tombstone. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Change.CategoryChange.class, name = "category"),
        @JsonSubTypes.Type(value = Change.ProductChange.class, name = "product"),
        @JsonSubTypes.Type(value = Change.MemberChange.class, name = "member"),
        @JsonSubTypes.Type(value = Change.PromotionChange.class, name = "promotion"),
        @JsonSubTypes.Type(value = Change.SettingsChange.class, name = "settings"),
        @JsonSubTypes.Type(value = Change.Removed.class, name = "removed")
})
public sealed interface Change {

    /** A category; its code never changes once made. */
    record CategoryChange(UUID id, String code, String name, String nameEn, int sortOrder) implements Change {
        public CategoryChange {
            Checks.require(id != null && code != null && name != null, "category id, code and name are required");
        }
    }

    /** A product with its price; money in fen, tax in basis points. */
    record ProductChange(UUID id, String sku, String name, String nameEn, String categoryCode, String unit,
                         long priceFen, Long costFen, Long memberPriceFen, int taxRateBp, boolean weighed,
                         String scaleCode, String voiceAlias, boolean trackStock, boolean active,
                         List<String> barcodes) implements Change {
        public ProductChange {
            Checks.require(id != null && sku != null && name != null && unit != null, "product id, sku, name and unit are required");
            Checks.require(priceFen >= 0, "price must not be negative");
            barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
        }
    }

    /** A member as the cloud keeps it: points and balance are the cloud's figures. */
    record MemberChange(UUID id, String phone, String name, String level, long points, long balanceFen,
                        String memberCode, String status, Instant updatedAt) implements Change {
        public MemberChange {
            Checks.require(id != null && phone != null && status != null && updatedAt != null,
                    "member id, phone, status and updatedAt are required");
        }
    }

    /**
     * A promotion (core {@code PromotionTerms} on the wire): {@code type} is percent_off,
     * amount_off, buy_get, bundle or second_item, and only the figures of its kind are set;
     * percentages in basis points, money in fen; the window's instants in UTC, its weekdays
     * and daily hours (HH:mm) in the shop's zone.
     */
    record PromotionChange(UUID id, String code, String name, String nameEn, String type, List<String> skus,
                           List<String> categories, boolean allProducts, Integer percentOffBp, Long amountFen, Integer buy,
                           Integer get, Integer count, Long priceFen, int priority, Instant startsAt, Instant endsAt,
                           List<DayOfWeek> weekdays, LocalTime dailyFrom, LocalTime dailyTo) implements Change {
        public PromotionChange {
            Checks.require(id != null && code != null && name != null && type != null, "promotion id, code, name and type are required");
            skus = skus == null ? List.of() : List.copyOf(skus);
            categories = categories == null ? List.of() : List.copyOf(categories);
            weekdays = weekdays == null ? List.of() : List.copyOf(weekdays);
        }

        public static PromotionChange of(UUID id, PromotionTerms t) {
            return new PromotionChange(id, t.code(), t.name(), t.nameEn(), t.kind().wire(), t.skus().stream().sorted().toList(),
                    t.categories().stream().sorted().toList(), t.allProducts(), t.percentOffBp(), t.amountFen(), t.buy(), t.get(),
                    t.count(), t.priceFen(), t.priority(), t.startsAt(), t.endsAt(), t.weekdays().stream().sorted().toList(),
                    t.dailyFrom(), t.dailyTo());
        }

        /** The terms carried; an {@link IllegalArgumentException} when they make no promotion. */
        public PromotionTerms terms() {
            PromotionTerms t = new PromotionTerms(code, name, nameEn, PromotionTerms.Kind.fromWire(type), Set.copyOf(skus),
                    Set.copyOf(categories), allProducts, percentOffBp, amountFen, buy, get, count, priceFen, priority, startsAt,
                    endsAt, weekdays.isEmpty() ? Set.of() : EnumSet.copyOf(weekdays), dailyFrom, dailyTo);
            t.toPromotion();
            return t;
        }
    }

    /**
     * The shop's central settings, whole: the store's name and the receipt's header and
     * footer. A stream of at most one change, never removed.
     */
    record SettingsChange(String storeName, String storeNameEn, String receiptHeader, String receiptFooter) implements Change {
        public SettingsChange {
            Checks.require(storeName != null, "the store name is required");
        }
    }

    /** A tombstone: {@code entity} is category, product, member or promotion; {@code key} a category's or promotion's code. */
    record Removed(String entity, UUID id, String key) implements Change {
        public Removed {
            Checks.require(entity != null && id != null, "removed entity and id are required");
        }
    }
}
