package cn.suanpan.core.auth;

import cn.suanpan.core.users.Role;

/**
 * Something at the counter that not every user may do on their own. Each has a default
 * minimum role; a store can raise or lower it in its {@link AuthPolicy}.
 */
public enum Permission {
    /** Remove a line from an open sale. */
    VOID_LINE(Role.SUPERVISOR),
    /** Refund against a receipt. */
    REFUND(Role.SUPERVISOR),
    /** Refund without a receipt to check it against. */
    BLIND_REFUND(Role.ADMIN),
    /** A discount above the user's own limit. */
    DISCOUNT_OVER_LIMIT(Role.SUPERVISOR),
    PRICE_OVERRIDE(Role.SUPERVISOR),
    /** Open the drawer without a sale. */
    NO_SALE(Role.SUPERVISOR),
    REPRINT(Role.CASHIER),
    TRAINING_MODE(Role.SUPERVISOR),
    SETTINGS(Role.ADMIN),
    CASH_IN_OUT(Role.SUPERVISOR),
    /** A cashier closes their own shift with a blind count. */
    CLOSE_SHIFT(Role.CASHIER),
    Z_REPORT(Role.SUPERVISOR);

    private final Role defaultMinimum;

    Permission(Role defaultMinimum) {
        this.defaultMinimum = defaultMinimum;
    }

    public Role defaultMinimum() {
        return defaultMinimum;
    }
}
