package cn.suanpan.core.pricing;

import cn.suanpan.core.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Engines, promotions and small readers of priced carts for the pricing tests. */
final class Pricing {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Wednesday, 10:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-03-04T02:00:00Z");

    private Pricing() {
    }

    static PricingEngine engine(Promotion... promotions) {
        return engineAt(NOW, promotions);
    }

    static PricingEngine engineAt(Instant now, Promotion... promotions) {
        return new PricingEngine(Clock.fixed(now, SHANGHAI), SHANGHAI, List.of(promotions), CashRounding.NONE);
    }

    static PromotionInfo info(String id, int priority) {
        return new PromotionInfo(id, new LocalizedName("促销" + id, "Promotion " + id), TimeWindow.ALWAYS, priority);
    }

    static PromotionInfo info(String id, TimeWindow window) {
        return new PromotionInfo(id, new LocalizedName("促销" + id, "Promotion " + id), window, 0);
    }

    static Money yuan(String amount) {
        return Money.parse(amount);
    }

    static PricedLine line(PricedCart cart, int lineNo) {
        return cart.lines().stream().filter(l -> l.line().lineNo() == lineNo).findFirst().orElseThrow();
    }

    /** Total saved on a line by promotions, by promotion id: "P1=3.50" etc. */
    static List<String> promotionsOn(PricedCart cart, int lineNo) {
        return line(cart, lineNo).adjustments().stream()
                .filter(a -> a.kind() == Adjustment.Kind.PROMOTION)
                .map(a -> a.promotionId() + "=" + a.amount())
                .toList();
    }
}
