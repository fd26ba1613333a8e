package cn.suanpan.core.sale;

import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.tender.TenderPlan;
import cn.suanpan.core.users.User;
import java.util.Objects;
import java.util.UUID;

/**
 * A sale ready to commit: the cart as the customer saw it priced, how it was paid, and by
 * whom. The priced cart is stored as it is, not priced again, so the receipt always shows
 * the total that was paid even if a promotion ended a second later.
 *
 * @param training   a practice sale: stored and printed, but never counted, stocked or synced
 * @param heldCartId the held cart this sale was recalled from, or null; it is deleted in the
 *                   sale's transaction, so it can neither vanish without a sale nor outlive it
 */
public record Checkout(PricedCart cart, TenderPlan payment, User cashier, boolean training, UUID heldCartId) {

    public Checkout {
        Objects.requireNonNull(cart, "cart");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(cashier, "cashier");
    }

    public static Checkout of(PricedCart cart, TenderPlan payment, User cashier) {
        return new Checkout(cart, payment, cashier, false, null);
    }

    public Checkout asTraining() {
        return new Checkout(cart, payment, cashier, true, heldCartId);
    }

    public Checkout recalledFrom(UUID heldCart) {
        return new Checkout(cart, payment, cashier, training, heldCart);
    }
}
