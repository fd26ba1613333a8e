package cn.suanpan.core.audit;

/**
 * What an audit entry records. Stored by name: rename a constant only together with a
 * migration, because old entries keep the old name and their hashes cover it.
 */
public enum AuditAction {
    LOGIN,
    LOGOUT,
    LOGIN_FAILED,
    VOID_LINE,
    VOID_SALE,
    REFUND,
    DISCOUNT_OVER_LIMIT,
    PRICE_OVERRIDE,
    NO_SALE,
    REPRINT,
    TRAINING_MODE,
    SETTINGS_CHANGED,
    SHIFT_OPEN,
    SHIFT_CLOSE,
    CASH_IN,
    CASH_OUT,
    Z_REPORT,
    OVERRIDE_GRANTED,
    STOCK_COUNT
}
