package cn.suanpan.hardware.printer.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a printer that failed is left alone before the next attempt: {@code first}, doubled
 * after each further failure up to {@code max}. A status change to "ready" (from the status
 * monitor) or {@link PrintQueue#retryNow()} cuts the wait short.
 *
 * @param statusTimeout how long to wait for the printer's status answer
 * @param writeTimeout  how long a job may take to be sent, plus {@code perByte} for each byte
 *                      (about 1 ms a byte at 9600 baud)
 */
public record RetryPolicy(Duration first, Duration max, Duration statusTimeout, Duration writeTimeout, Duration perByte) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(15),
            Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMillis(1));

    public RetryPolicy {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(statusTimeout, "statusTimeout");
        Objects.requireNonNull(writeTimeout, "writeTimeout");
        Objects.requireNonNull(perByte, "perByte");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max");
        }
    }

    /** The pause after {@code failures} failures in a row (1 = the first). */
    public Duration pauseAfter(int failures) {
        Duration d = first;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    Duration writeTimeoutFor(int bytes) {
        return writeTimeout.plus(perByte.multipliedBy(bytes));
    }

    public RetryPolicy withPauses(Duration newFirst, Duration newMax) {
        return new RetryPolicy(newFirst, newMax, statusTimeout, writeTimeout, perByte);
    }

    public RetryPolicy withTimeouts(Duration status, Duration write) {
        return new RetryPolicy(first, max, status, write, perByte);
    }
}
