package cn.suanpan.cloud.payment.gateway;

import cn.suanpan.core.money.Money;

/** A charge of a scanned code: the terminal's intent id is the merchant order number. */
public record Charge(String outTradeNo, String authCode, Money amount, String description, String terminalId) {

    public Charge {
        if (outTradeNo == null || outTradeNo.isBlank() || amount == null || amount.fen() <= 0) {
            throw new IllegalArgumentException("a charge needs an order number and a positive amount");
        }
    }
}
