package cn.suanpan.core.pricing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a promotion runs: between two instants, and optionally only on some weekdays and
 * between two times of day in the store's zone ("weekday afternoons 14:00–17:00").
 *
 * @param start     first instant it runs, or null for "already running"
 * @param end       first instant it no longer runs (exclusive), or null for "until withdrawn"
 * @param weekdays  days it runs, in the store's zone; empty means every day
 * @param dailyFrom start of the daily hours, or null (with {@code dailyTo}) for all day
 * @param dailyTo   end of the daily hours, exclusive; before {@code dailyFrom} means the hours
 *                  cross midnight (22:00–02:00), and then the weekday is the one of the moment
 *                  itself, not of the evening the hours began
 */
public record TimeWindow(Instant start, Instant end, Set<DayOfWeek> weekdays, LocalTime dailyFrom, LocalTime dailyTo) {

    public static final TimeWindow ALWAYS = new TimeWindow(null, null, Set.of(), null, null);

    public TimeWindow {
        weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        if (start != null && end != null && !start.isBefore(end)) {
            throw new IllegalArgumentException("window ends before it starts");
        }
        if ((dailyFrom == null) != (dailyTo == null)) {
            throw new IllegalArgumentException("daily hours need both ends");
        }
        if (dailyFrom != null && dailyFrom.equals(dailyTo)) {
            throw new IllegalArgumentException("empty daily hours");
        }
    }

    public static TimeWindow between(Instant start, Instant end) {
        return new TimeWindow(start, end, Set.of(), null, null);
    }

    public TimeWindow daily(LocalTime from, LocalTime to) {
        return new TimeWindow(start, end, weekdays, from, to);
    }

    public TimeWindow on(DayOfWeek first, DayOfWeek... more) {
        return new TimeWindow(start, end, EnumSet.of(first, more), dailyFrom, dailyTo);
    }

    public boolean contains(Instant instant, ZoneId storeZone) {
        if (start != null && instant.isBefore(start)) {
            return false;
        }
        if (end != null && !instant.isBefore(end)) {
            return false;
        }
        ZonedDateTime local = instant.atZone(storeZone);
        if (!weekdays.isEmpty() && !weekdays.contains(local.getDayOfWeek())) {
            return false;
        }
        return dailyFrom == null || withinDailyHours(local.toLocalTime());
    }

    private boolean withinDailyHours(LocalTime time) {
        boolean afterFrom = !time.isBefore(dailyFrom);
        boolean beforeTo = time.isBefore(dailyTo);
        return dailyFrom.isBefore(dailyTo) ? afterFrom && beforeTo : afterFrom || beforeTo;
    }
}
