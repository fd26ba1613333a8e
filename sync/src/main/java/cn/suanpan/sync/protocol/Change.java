package cn.suanpan.sync.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entity's newest state in a pulled stream, or its tombstone. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Change.CategoryChange.class, name = "category"),
        @JsonSubTypes.Type(value = Change.ProductChange.class, name = "product"),
        @JsonSubTypes.Type(value = Change.MemberChange.class, name = "member"),
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

    /** A tombstone: {@code entity} is category, product or member; {@code key} a category's code. */
    record Removed(String entity, UUID id, String key) implements Change {
        public Removed {
            Checks.require(entity != null && id != null, "removed entity and id are required");
        }
    }
}
