package cn.suanpan.cloud.payment.reconcile;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import java.time.Instant;

/**
 * One money movement as the cloud recorded it: a payment of {@code outTradeNo}, or one of
 * its refunds ({@code refundNo} set). Amounts are positive either way.
 */
public record LedgerEntry(String outTradeNo, Wallet wallet, Kind kind, String refundNo, Money amount, Instant at) {

    public enum Kind {
        PAY,
        REFUND
    }

    public LedgerEntry {
        if (kind == Kind.REFUND && (refundNo == null || refundNo.isBlank())) {
            throw new IllegalArgumentException("a refund needs its refund number");
        }
    }

    public static LedgerEntry pay(Wallet wallet, String outTradeNo, Money amount, Instant at) {
        return new LedgerEntry(outTradeNo, wallet, Kind.PAY, null, amount, at);
    }

    public static LedgerEntry refund(Wallet wallet, String outTradeNo, String refundNo, Money amount, Instant at) {
        return new LedgerEntry(outTradeNo, wallet, Kind.REFUND, refundNo, amount, at);
    }
}
