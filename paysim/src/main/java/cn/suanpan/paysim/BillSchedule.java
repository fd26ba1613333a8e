package cn.suanpan.paysim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When the wallets publish a day's bill: both cut the day at Beijing midnight and make the
 * bill the next morning (WeChat Pay from 9:00, advising merchants to fetch it after 10:00;
 * Alipay "generally before 9:00"). Before then a bill request is answered "not made yet".
 */
public record BillSchedule(LocalTime readyAt) {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final BillSchedule NEXT_MORNING = new BillSchedule(LocalTime.of(9, 0));

    public boolean ready(LocalDate day, Instant now) {
        return !now.isBefore(day.plusDays(1).atTime(readyAt).atZone(BEIJING).toInstant());
    }
}
