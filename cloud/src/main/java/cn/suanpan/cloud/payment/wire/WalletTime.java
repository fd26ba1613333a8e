package cn.suanpan.cloud.payment.wire;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The wallets write their times in Beijing local time, each in its own pattern. */
public final class WalletTime {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private WalletTime() {
    }

    /**
     * When the wallet says the payment was made, or now by {@code clock} when it says nothing
     * readable: the payment is no less real for a missing or badly written timestamp.
     */
    public static Instant paidAt(String text, DateTimeFormatter pattern, Clock clock) {
        if (text != null) {
            try {
                return LocalDateTime.parse(text, pattern).atZone(BEIJING).toInstant();
            } catch (DateTimeParseException ignored) {
                // fall back to our own time below
            }
        }
        return clock.instant();
    }
}
