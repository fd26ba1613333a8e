package cn.suanpan.cloud.payment.unionpay;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Our numbers as the acquirer wants them. An orderId is 8–40 letters and digits: the
 * intent's UUID without its dashes. UnionPay knows a transaction by orderId and
 * {@code txnTime} (yyyyMMddHHmmss, Beijing) together, so a retry, a query or a reverse after
 * a crash must send the very txnTime of the first request. It is not stored anywhere: the
 * intent id is a UUIDv7 made by the terminal when it journaled the intent, and its
 * timestamp is that txnTime, the same on every node and after every restart.
 */
final class UnionPayNumbers {

    private static final DateTimeFormatter TXN_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private UnionPayNumbers() {
    }

    static String orderId(String number) {
        return number.replace("-", "");
    }

    /** The txnTime of a number whose first 32 hex digits (dashes aside) are a UUIDv7; empty for any other. */
    static Optional<String> txnTime(String number) {
        String hex = orderId(number);
        if (hex.length() < 32 || !hex.substring(0, 32).matches("[0-9a-fA-F]{32}") || hex.charAt(12) != '7') {
            return Optional.empty();
        }
        long millis = Long.parseLong(hex.substring(0, 12), 16);
        return Optional.of(TXN_TIME.format(Instant.ofEpochMilli(millis)));
    }
}
