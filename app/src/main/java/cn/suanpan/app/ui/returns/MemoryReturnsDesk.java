package cn.suanpan.app.ui.returns;

import cn.suanpan.app.ui.common.UiException;
import cn.suanpan.app.ui.payment.RecordedSale;
import cn.suanpan.app.ui.payment.SaleRecorder;
import cn.suanpan.core.auth.Authorizer;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.auth.SupervisorOverride;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.core.users.User;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Returns against the sales a {@link SaleRecorder} keeps in memory: for screen tests and
 * until the refund service keeps them in the store. Each returned part of a line gives back
 * its share of what the line cost, so that returning a line in several goes gives back
 * exactly the line's amount.
 */
public final class MemoryReturnsDesk implements ReturnsDesk {

    private final SaleRecorder sales;
    private final Authorizer authorizer;
    private final Map<String, Map<Integer, Long>> returned = new HashMap<>();
    private int next = 1;

    public MemoryReturnsDesk(SaleRecorder sales, Authorizer authorizer) {
        this.sales = sales;
        this.authorizer = authorizer;
    }

    @Override
    public synchronized Optional<Original> find(String receiptNo) {
        return sales.find(receiptNo.strip()).map(this::original);
    }

    private Original original(RecordedSale sale) {
        Map<Integer, Long> back = returned.getOrDefault(sale.receiptNo(), Map.of());
        List<SoldLine> lines = new ArrayList<>();
        for (PricedLine l : sale.cart().lines()) {
            if (l.voided()) {
                continue;
            }
            long sold = milli(l.line().quantity());
            lines.add(new SoldLine(l.line().lineNo(), l.line().product().name(), l.line().product().nameEn(),
                    l.line().quantity() instanceof Quantity.Weight, sold, sold - back.getOrDefault(l.line().lineNo(), 0L), l.netAmount()));
        }
        return new Original(sale.receiptNo(), sale.soldAt(), sale.cart().total(), lines);
    }

    @Override
    public synchronized Money preview(String receiptNo, List<Pick> picks) {
        Original o = find(receiptNo).orElseThrow(() -> new UiException("returns.notFound", receiptNo));
        Money total = Money.ZERO;
        for (Pick p : picks) {
            SoldLine line = line(o, p);
            total = total.plus(share(line, p.quantityMilli()));
        }
        return total;
    }

    @Override
    public synchronized Refunded refund(String receiptNo, List<Pick> picks, String reason, User user,
                                        Optional<SupervisorOverride> override) {
        List<Pick> real = picks.stream().filter(p -> p.quantityMilli() > 0).toList();
        if (real.isEmpty()) {
            throw new UiException("returns.nothingPicked");
        }
        Money total = preview(receiptNo, real);
        authorizer.require(user, Permission.REFUND, override);
        Map<Integer, Long> back = returned.computeIfAbsent(receiptNo.strip(), k -> new HashMap<>());
        for (Pick p : real) {
            back.merge(p.lineNo(), p.quantityMilli(), Long::sum);
        }
        return new Refunded(String.format("R-%04d", next++), total, true);
    }

    private static SoldLine line(Original o, Pick p) {
        SoldLine line = o.lines().stream().filter(l -> l.lineNo() == p.lineNo()).findFirst()
                .orElseThrow(() -> new UiException("returns.noSuchLine", p.lineNo()));
        if (p.quantityMilli() < 0 || p.quantityMilli() > line.returnableMilli()) {
            throw new UiException("returns.tooMany", line.name());
        }
        return line;
    }

    /** The line's net amount for this part: cumulative shares rounded half-up, so the parts add up to the whole. */
    private static Money share(SoldLine line, long quantityMilli) {
        long before = line.soldMilli() - line.returnableMilli();
        return upTo(line, before + quantityMilli).minus(upTo(line, before));
    }

    private static Money upTo(SoldLine line, long milli) {
        return Money.ofFen(BigDecimal.valueOf(line.netAmount().fen()).multiply(BigDecimal.valueOf(milli))
                .divide(BigDecimal.valueOf(line.soldMilli()), 0, RoundingMode.HALF_UP).longValueExact());
    }

    private static long milli(Quantity q) {
        return switch (q) {
            case Quantity.Pieces p -> p.count() * 1000L;
            case Quantity.Weight w -> w.grams();
        };
    }
}
