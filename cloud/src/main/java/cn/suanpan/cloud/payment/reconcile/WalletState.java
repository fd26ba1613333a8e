package cn.suanpan.cloud.payment.reconcile;

/** Where a wallet's day stands. NOT_YET and FAILED are tried again; CLEAN and MISMATCHED are done. */
public enum WalletState {
    /** Everything matched (a payment given back in full at the wallet is listed, but needs nobody). */
    CLEAN,
    /** At least one mismatch needs a person. */
    MISMATCHED,
    /** The wallet has not made the day's bill yet. */
    NOT_YET,
    /** The wallet could not be reached, refused, or sent a bill that does not read. */
    FAILED;

    public boolean done() {
        return this == CLEAN || this == MISMATCHED;
    }

    /** The bundle text for the shop's admin. */
    public String messageKey() {
        return switch (this) {
            case CLEAN -> "payment.reconcile.clean";
            case MISMATCHED -> "payment.reconcile.mismatched";
            case NOT_YET -> "payment.reconcile.notYet";
            case FAILED -> "payment.reconcile.failed";
        };
    }

    /** The bundle text of a kind of mismatch. */
    public static String messageKey(Mismatch.Type type) {
        return switch (type) {
            case MISSING_AT_PROVIDER -> "payment.reconcile.missingAtProvider";
            case MISSING_IN_LEDGER -> "payment.reconcile.missingInLedger";
            case AMOUNT_DIFFERS -> "payment.reconcile.amountDiffers";
            case REFUND_MISMATCH -> "payment.reconcile.refundMismatch";
            case DUPLICATE -> "payment.reconcile.duplicate";
            case REVERSED_AT_PROVIDER -> "payment.reconcile.reversedAtProvider";
        };
    }
}
