package cn.suanpan.core.pricing;

import cn.suanpan.core.money.Money;

/**
 * The tax inside the amounts sold at one rate. Prices include tax, so the tax is taken out
 * of the amount, not added to it.
 *
 * @param rateBasisPoints 1300 for 13 %
 * @param amount          tax-inclusive amount sold at this rate
 * @param tax             the tax contained in {@code amount}
 */
public record TaxLine(int rateBasisPoints, Money amount, Money tax) {

    /** The amount without tax. */
    public Money net() {
        return amount.minus(tax);
    }
}
