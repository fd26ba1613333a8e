package cn.suanpan.core.cart;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import java.util.UUID;

/**
 * A unit price typed in by the cashier instead of the catalog price (per piece, or per kg
 * for weighed goods). Whether the cashier may do it is the caller's check; the cart only
 * insists that the reason and the approving user are recorded for the audit trail.
 */
public record PriceOverride(Money unitPrice, String reason, UUID approverId) {

    public PriceOverride {
        if (unitPrice.isNegative()) {
            throw new SuanpanException("cart.negativePrice", unitPrice.plain());
        }
        if (reason == null || reason.isBlank()) {
            throw new SuanpanException("cart.overrideReasonRequired");
        }
        if (approverId == null) {
            throw new SuanpanException("cart.overrideApproverRequired");
        }
        reason = reason.strip();
    }
}
