package cn.suanpan.cloud.payment.reconcile;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;

/**
 * One disagreement between our ledger and a wallet's bill. {@code ours} or {@code theirs} is
 * null when that side has nothing; {@code refundNo} is set for refunds.
 */
public record Mismatch(Type type, Wallet wallet, String outTradeNo, String refundNo, Money ours, Money theirs) {

    public enum Type {
        /** We recorded a payment the wallet's bill does not show. */
        MISSING_AT_PROVIDER,
        /** The wallet took a payment we have no record of: a payment without a sale. */
        MISSING_IN_LEDGER,
        /** Both sides know the payment, with different amounts. */
        AMOUNT_DIFFERS,
        /** A refund on one side only, or with different amounts. */
        REFUND_MISMATCH,
        /** The same payment or refund twice on one side. */
        DUPLICATE,
        /**
         * Unknown to our ledger, but paid and given back in full at the wallet the same day
         * (a reverse or cancel after the customer paid): no money stayed, listed for the record.
         */
        REVERSED_AT_PROVIDER
    }

    /** Whether this one means money may be wrong (everything but a reversal that netted to zero). */
    public boolean needsAttention() {
        return type != Type.REVERSED_AT_PROVIDER;
    }
}
