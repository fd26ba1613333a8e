package cn.suanpan.core.refund;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.tender.TenderMethod;

/**
 * Money going back by one method.
 *
 * @param saleTenderPosition the original tender it repays, or null (cash from the drawer)
 */
public record RefundTender(TenderMethod method, Money amount, String reference, Integer saleTenderPosition) {
}
