package cn.suanpan.core.shift;

public enum CashMovementKind {
    /** Change brought to the drawer. */
    CASH_IN,
    /** Cash taken out: to the safe, to pay a supplier. */
    CASH_OUT,
    /** The drawer opened without a sale; no money moves, but someone looked inside. */
    NO_SALE
}
