package cn.suanpan.core.shift;

import cn.suanpan.core.money.Money;

/**
 * What one tender method took in a shift: {@code method} is the tender's code (CASH,
 * WECHAT, ALIPAY, …) as the sales side names it.
 */
public record TenderTotal(String method, int salesCount, Money sales, int refundsCount, Money refunds) {

    public Money net() {
        return sales.minus(refunds);
    }

    TenderTotal plus(TenderTotal other) {
        return new TenderTotal(method, salesCount + other.salesCount, sales.plus(other.sales),
                refundsCount + other.refundsCount, refunds.plus(other.refunds));
    }
}
