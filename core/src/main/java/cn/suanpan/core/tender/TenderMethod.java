package cn.suanpan.core.tender;

/** How a customer pays. */
public enum TenderMethod {
    /** Notes and coins; the only tender that gives change. */
    CASH,
    /** A bank card on the shop's own card terminal; we keep its reference number. */
    EXTERNAL_CARD,
    /** A paper or electronic voucher, by its code. */
    VOUCHER,
    /** The customer's WeChat Pay or Alipay payment code (付款码), scanned at the counter. */
    PAYMENT_CODE,
    /** Prepaid balance of the attached member. */
    MEMBER_BALANCE
}
