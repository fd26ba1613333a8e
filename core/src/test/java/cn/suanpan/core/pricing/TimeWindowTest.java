package cn.suanpan.core.pricing;

import static cn.suanpan.core.cart.TestProducts.piece;
import static cn.suanpan.core.pricing.Pricing.SHANGHAI;
import static cn.suanpan.core.pricing.Pricing.engineAt;
import static cn.suanpan.core.pricing.Pricing.info;
import static cn.suanpan.core.pricing.Pricing.promotionsOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void startIsInsideAndEndIsNot() {
        TimeWindow march = TimeWindow.between(shanghai("2026-03-01T00:00"), shanghai("2026-04-01T00:00"));
        assertThat(march.contains(shanghai("2026-03-01T00:00"), SHANGHAI)).isTrue();
        assertThat(march.contains(shanghai("2026-03-31T23:59:59"), SHANGHAI)).isTrue();
        assertThat(march.contains(shanghai("2026-04-01T00:00"), SHANGHAI)).isFalse();
        assertThat(march.contains(shanghai("2026-02-28T23:59"), SHANGHAI)).isFalse();
    }

    @Test
    void weekdaysAreThoseOfTheStoreNotOfUtc() {
        TimeWindow saturdays = TimeWindow.ALWAYS.on(DayOfWeek.SATURDAY);
        // Saturday 02:00 in Shanghai is still Friday in UTC
        assertThat(saturdays.contains(shanghai("2026-03-07T02:00"), SHANGHAI)).isTrue();
        assertThat(saturdays.contains(shanghai("2026-03-06T23:00"), SHANGHAI)).isFalse();
    }

    @Test
    void dailyHoursStartInclusiveAndEndExclusive() {
        TimeWindow afternoon = TimeWindow.ALWAYS.daily(LocalTime.of(14, 0), LocalTime.of(17, 0));
        assertThat(afternoon.contains(shanghai("2026-03-04T14:00"), SHANGHAI)).isTrue();
        assertThat(afternoon.contains(shanghai("2026-03-04T16:59"), SHANGHAI)).isTrue();
        assertThat(afternoon.contains(shanghai("2026-03-04T17:00"), SHANGHAI)).isFalse();
        assertThat(afternoon.contains(shanghai("2026-03-04T10:00"), SHANGHAI)).isFalse();
    }

    @Test
    void dailyHoursMayCrossMidnight() {
        TimeWindow night = TimeWindow.ALWAYS.daily(LocalTime.of(22, 0), LocalTime.of(2, 0));
        assertThat(night.contains(shanghai("2026-03-04T23:30"), SHANGHAI)).isTrue();
        assertThat(night.contains(shanghai("2026-03-05T01:59"), SHANGHAI)).isTrue();
        assertThat(night.contains(shanghai("2026-03-05T02:00"), SHANGHAI)).isFalse();
        assertThat(night.contains(shanghai("2026-03-04T21:00"), SHANGHAI)).isFalse();
    }

    @Test
    void theEngineAppliesAPromotionOnlyInsideItsWindowByItsClock() {
        Promotion happyHour = new Promotion.PercentOff(
                info("H", TimeWindow.ALWAYS.on(DayOfWeek.WEDNESDAY).daily(LocalTime.of(14, 0), LocalTime.of(17, 0))),
                Target.categories("drinks"), 2000);
        var cart = new CartBuilder().add(piece("1001", "3.50"), 1).build();

        assertThat(promotionsOn(engineAt(shanghai("2026-03-04T15:00"), happyHour).price(cart), 1)).containsExactly("H=0.70");
        assertThat(promotionsOn(engineAt(shanghai("2026-03-04T18:00"), happyHour).price(cart), 1)).isEmpty();
        assertThat(promotionsOn(engineAt(shanghai("2026-03-05T15:00"), happyHour).price(cart), 1)).isEmpty();
    }
}
