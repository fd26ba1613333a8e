package cn.suanpan.core.voice;

/** How the customer pays, as a cashier says it: cash, the customer's payment code, or the member account. */
public enum PayMethod {
    CASH, CODE, MEMBER
}
