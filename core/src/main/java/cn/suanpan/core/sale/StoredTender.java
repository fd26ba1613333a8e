package cn.suanpan.core.sale;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.tender.TenderMethod;

/** One tender of a stored sale, in the order taken (from 1). */
public record StoredTender(int position, TenderMethod method, Money amount, Money change, String reference) {

    /** What the tender really paid: cash less its change. */
    public Money net() {
        return amount.minus(change);
    }
}
