package cn.suanpan.core.sale;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderPlan;

/** How a tender of the pure model is stored. */
final class Tenders {

    private Tenders() {
    }

    /** The card terminal's reference, the voucher or payment code, the member: whatever identifies the payment. */
    static String reference(Tender tender) {
        return switch (tender) {
            case Tender.Cash c -> null;
            case Tender.ExternalCard c -> c.terminalReference();
            case Tender.Voucher v -> v.code();
            case Tender.PaymentCode p -> p.code();
            case Tender.MemberBalance m -> m.memberId();
        };
    }

    /**
     * The change given out of the tender at {@code index}. Only cash gives change, and only the
     * cash that settled the sale, which is always the last tender (nothing may follow it).
     */
    static Money changeOf(TenderPlan plan, int index) {
        boolean settling = index == plan.tenders().size() - 1 && plan.tenders().get(index) instanceof Tender.Cash;
        return settling ? plan.change() : Money.ZERO;
    }
}
