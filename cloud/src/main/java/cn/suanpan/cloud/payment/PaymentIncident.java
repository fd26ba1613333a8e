package cn.suanpan.cloud.payment;

import java.time.Instant;
import java.util.UUID;

/** Something about a payment the shop's admin must see, e.g. a second payment of one sale that was refunded. */
public record PaymentIncident(UUID id, UUID terminalId, UUID intentId, UUID saleId, String kind, String detail, Instant at) {

    public static final String DUPLICATE_PAYMENT = "DUPLICATE_PAYMENT";
    public static final String REFUND_FAILED = "REFUND_FAILED";
}
