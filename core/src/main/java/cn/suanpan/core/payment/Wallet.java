package cn.suanpan.core.payment;

/**
 * Where a scanned payment code is paid from. The terminal only classifies a code; the
 * cloud holds the provider keys and talks to the wallet.
 */
public enum Wallet {
    WECHAT,
    ALIPAY,
    UNIONPAY,
    ECNY,
    /** The shop's own member code from its mini-program, paid from stored value. */
    MEMBER
}
