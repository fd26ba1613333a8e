package cn.suanpan.core.refund;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.sale.StoredTender;
import cn.suanpan.core.tender.TenderMethod;
import java.util.ArrayList;
import java.util.List;

/** Decides which tenders a refund's money goes back to. */
public final class TenderAllocation {

    private TenderAllocation() {
    }

    /**
     * By the original tenders, the last first, each up to what it paid (cash net of change)
     * less what earlier refunds repaid from it; or all in cash. The tenders together can take
     * what the sale still has to give back; anything beyond that would go back in cash.
     */
    public static List<RefundTender> allocate(StoredSale sale, RefundHistory history, Money total, Payback payback) {
        List<RefundTender> tenders = new ArrayList<>();
        Money left = total;
        if (payback == Payback.ORIGINAL) {
            List<StoredTender> original = sale.tenders();
            for (int i = original.size() - 1; i >= 0 && left.isPositive(); i--) {
                StoredTender t = original.get(i);
                Money available = t.net().minus(history.refundedFrom(t.position()));
                Money take = available.min(left);
                if (take.isPositive()) {
                    tenders.add(new RefundTender(t.method(), take, t.reference(), t.position()));
                    left = left.minus(take);
                }
            }
        }
        if (left.isPositive()) {
            tenders.add(cash(left));
        }
        return tenders;
    }

    public static RefundTender cash(Money amount) {
        return new RefundTender(TenderMethod.CASH, amount, null, null);
    }
}
