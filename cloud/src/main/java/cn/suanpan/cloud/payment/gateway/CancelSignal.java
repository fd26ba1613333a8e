package cn.suanpan.cloud.payment.gateway;

import java.time.Duration;

/**
 * How a gateway waits between queries, and learns that the cashier cancelled. Production
 * waits on a latch that {@code cancel} releases; tests pass one that moves a clock instead
 * of sleeping.
 */
public interface CancelSignal {

    boolean cancelled();

    /** Waits up to {@code duration}; true if the payment was cancelled before or during the wait. */
    boolean pause(Duration duration);
}
