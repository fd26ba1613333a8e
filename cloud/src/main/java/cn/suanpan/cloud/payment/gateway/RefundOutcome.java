package cn.suanpan.cloud.payment.gateway;

import cn.suanpan.core.money.Money;

/** The wallet's answer to a refund. */
public sealed interface RefundOutcome {

    record Refunded(String providerRefundId, Money amount) implements RefundOutcome {
    }

    /** Refused for good (over the limit, too old, not paid): {@code messageKey} is a bundle key. */
    record Rejected(String code, String messageKey) implements RefundOutcome {
    }
}
