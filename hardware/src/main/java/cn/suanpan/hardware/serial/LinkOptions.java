package cn.suanpan.hardware.serial;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SerialLink} queues writes, polls for input and retries a lost port.
 *
 * @param writeQueueCapacity   writes that may wait for the port; further writes are refused
 *                             ({@link WriteResult.Status#QUEUE_FULL}) rather than blocking the caller
 * @param writeTimeout         a write not handed to the port within this time after it was queued
 *                             fails, and is never sent later
 * @param readPollInterval     pause between two looks at the port when no input is waiting
 * @param reconnectFirstDelay  first pause before reopening a lost port; doubled after each failure
 * @param reconnectMaxDelay    longest pause between two attempts
 */
public record LinkOptions(
        int writeQueueCapacity,
        Duration writeTimeout,
        Duration readPollInterval,
        Duration reconnectFirstDelay,
        Duration reconnectMaxDelay) {

    public static final LinkOptions DEFAULT = new LinkOptions(
            64, Duration.ofSeconds(5), Duration.ofMillis(10), Duration.ofMillis(250), Duration.ofSeconds(5));

    public LinkOptions {
        if (writeQueueCapacity < 1) {
            throw new IllegalArgumentException("write queue capacity must be at least 1");
        }
        requirePositive(writeTimeout, "writeTimeout");
        requirePositive(readPollInterval, "readPollInterval");
        requirePositive(reconnectFirstDelay, "reconnectFirstDelay");
        requirePositive(reconnectMaxDelay, "reconnectMaxDelay");
        if (reconnectMaxDelay.compareTo(reconnectFirstDelay) < 0) {
            throw new IllegalArgumentException("reconnectMaxDelay is shorter than reconnectFirstDelay");
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    public LinkOptions withWriteQueueCapacity(int capacity) {
        return new LinkOptions(capacity, writeTimeout, readPollInterval, reconnectFirstDelay, reconnectMaxDelay);
    }

    public LinkOptions withWriteTimeout(Duration timeout) {
        return new LinkOptions(writeQueueCapacity, timeout, readPollInterval, reconnectFirstDelay, reconnectMaxDelay);
    }

    public LinkOptions withReadPollInterval(Duration interval) {
        return new LinkOptions(writeQueueCapacity, writeTimeout, interval, reconnectFirstDelay, reconnectMaxDelay);
    }

    public LinkOptions withReconnectDelays(Duration first, Duration max) {
        return new LinkOptions(writeQueueCapacity, writeTimeout, readPollInterval, first, max);
    }
}
