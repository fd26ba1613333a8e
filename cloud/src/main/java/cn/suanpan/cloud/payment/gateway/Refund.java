package cn.suanpan.cloud.payment.gateway;

import cn.suanpan.core.money.Money;

/** Give back {@code amount} of a charge whose whole was {@code total}; {@code outRefundNo} is the idempotency key. */
public record Refund(String outTradeNo, String outRefundNo, Money total, Money amount, String reason) {

    public Refund {
        if (amount == null || total == null || amount.fen() <= 0 || amount.compareTo(total) > 0) {
            throw new IllegalArgumentException("a refund is positive and at most the charge");
        }
    }
}
