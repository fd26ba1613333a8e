package cn.suanpan.core.refund;

/** How a refund's money goes back to the customer. */
public enum Payback {
    /**
     * To the tenders the sale was paid with, the last one first (usually the cash or card
     * that settled it), each up to what it paid and what earlier refunds left of it.
     */
    ORIGINAL,
    /** All in cash from the drawer, whatever the sale was paid with. */
    CASH
}
