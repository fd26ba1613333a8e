package cn.suanpan.cloud.payment.wire;

import cn.suanpan.cloud.payment.gateway.ChargeOutcome;

/**
 * Why a charge is being undone, and so what to tell the cashier once the wallet confirms
 * that nothing stayed charged: a reversal (the customer was asked to pay, then it was
 * called off) or a failure (the wallet erred before the customer was asked).
 */
public record UndoReason(String code, String messageKey, boolean reversal) {

    public static final UndoReason TIMEOUT = new UndoReason("TIMEOUT", "payment.reversed.timeout", true);
    public static final UndoReason CANCELLED = new UndoReason("CANCELLED", "payment.reversed.cancelled", true);
    public static final UndoReason UNFINISHED = new UndoReason("UNFINISHED", "payment.reversed.unfinished", true);

    public static UndoReason providerError(String code) {
        return new UndoReason(code, "payment.failed.providerError", false);
    }

    /** The outcome once the wallet says the order is closed and unpaid. */
    public ChargeOutcome outcome() {
        return reversal ? new ChargeOutcome.Reversed(messageKey) : new ChargeOutcome.Failed(code, messageKey);
    }
}
