package cn.suanpan.core.shift;

import cn.suanpan.core.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a shift's sales took: the cash that went into and out of the drawer, and every tender method's totals. */
public record Takings(Money cashSales, Money cashRefunds, List<TenderTotal> tenders) {

    public static final Takings NONE = new Takings(Money.ZERO, Money.ZERO, List.of());

    public Takings {
        tenders = List.copyOf(tenders);
    }

    /** Both together, tender methods merged by code in the order they first appear. */
    public Takings plus(Takings other) {
        Map<String, TenderTotal> byMethod = new LinkedHashMap<>();
        for (TenderTotal t : concat(tenders, other.tenders)) {
            byMethod.merge(t.method(), t, TenderTotal::plus);
        }
        return new Takings(cashSales.plus(other.cashSales), cashRefunds.plus(other.cashRefunds), List.copyOf(byMethod.values()));
    }

    private static List<TenderTotal> concat(List<TenderTotal> a, List<TenderTotal> b) {
        List<TenderTotal> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
