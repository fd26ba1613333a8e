package cn.suanpan.core.pricing;

import java.util.Objects;

/**
 * What every promotion has, whatever it does.
 *
 * @param priority a higher priority is applied first; see docs/PRICING.md
 */
public record PromotionInfo(String id, LocalizedName name, TimeWindow window, int priority) {

    public PromotionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
    }
}
