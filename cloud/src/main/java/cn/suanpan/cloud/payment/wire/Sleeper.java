package cn.suanpan.cloud.payment.wire;

import java.time.Duration;

/**
 * A wait the cashier cannot cut short (between two reverses, before retrying a refund).
 * Tests pass one that moves a fake clock.
 */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = d -> {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    void sleep(Duration duration);
}
