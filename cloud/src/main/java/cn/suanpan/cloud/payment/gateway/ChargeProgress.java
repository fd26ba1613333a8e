package cn.suanpan.cloud.payment.gateway;

import java.time.Duration;

/** Told while a charge is waiting for the customer to confirm on the phone. */
@FunctionalInterface
public interface ChargeProgress {

    ChargeProgress NONE = left -> { };

    void waitingForCustomer(Duration left);
}
