package cn.suanpan.app.ui.returns;

import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A return at the counter: the original sale found by its receipt number, what comes back
 * of each line, the amount that goes back to the customer, and why.
 */
public final class ReturnsViewModel {

    private final Services services;
    private final ReturnsDesk desk;
    private final ObjectProperty<ReturnsDesk.Original> original = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<Integer, Long>> picks = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Money> refundTotal = new SimpleObjectProperty<>(Money.ZERO);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);

    public ReturnsViewModel(Services services, ReturnsDesk desk) {
        this.services = services;
        this.desk = desk;
    }

    public ObjectProperty<ReturnsDesk.Original> originalProperty() {
        return original;
    }

    public ObjectProperty<Map<Integer, Long>> picksProperty() {
        return picks;
    }

    public ObjectProperty<Money> refundTotalProperty() {
        return refundTotal;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public ReturnsDesk desk() {
        return desk;
    }

    /** The sale of a typed or scanned receipt number; everything returnable is picked to start with. */
    public void find(String receiptNo) {
        String no = receiptNo == null ? "" : receiptNo.strip();
        if (no.isEmpty()) {
            return;
        }
        services.executor().submit(() -> desk.find(no), found -> {
            if (found.isEmpty()) {
                original.set(null);
                picks.set(Map.of());
                refundTotal.set(Money.ZERO);
                notice.set(Notice.error("returns.notFound", no));
                return;
            }
            original.set(found.get());
            Map<Integer, Long> all = new TreeMap<>();
            found.get().lines().forEach(l -> all.put(l.lineNo(), l.returnableMilli()));
            picks.set(all);
            notice.set(found.get().lines().stream().allMatch(l -> l.returnableMilli() == 0)
                    ? Notice.warning("returns.allReturned", no) : Notice.info("returns.found", no));
            recalculate();
        }, f -> notice.set(Notice.failure(f)));
    }

    /** One more or one fewer piece of a line; a weighed line comes back whole or not at all. */
    public void step(int lineNo, int direction) {
        ReturnsDesk.Original o = original.get();
        if (o == null) {
            return;
        }
        o.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst().ifPresent(line -> {
            long now = picks.get().getOrDefault(lineNo, 0L);
            long unit = line.weighed() ? line.returnableMilli() : 1000;
            long next = Math.clamp(now + direction * unit, 0, line.returnableMilli());
            Map<Integer, Long> copy = new TreeMap<>(picks.get());
            copy.put(lineNo, next);
            picks.set(copy);
            recalculate();
        });
    }

    public void none() {
        Map<Integer, Long> copy = new TreeMap<>();
        picks.get().keySet().forEach(k -> copy.put(k, 0L));
        picks.set(copy);
        recalculate();
    }

    public List<ReturnsDesk.Pick> pickList() {
        List<ReturnsDesk.Pick> list = new ArrayList<>();
        picks.get().forEach((line, milli) -> {
            if (milli > 0) {
                list.add(new ReturnsDesk.Pick(line, milli));
            }
        });
        return list;
    }

    private void recalculate() {
        ReturnsDesk.Original o = original.get();
        List<ReturnsDesk.Pick> list = pickList();
        if (o == null || list.isEmpty()) {
            refundTotal.set(Money.ZERO);
            return;
        }
        services.executor().submit(() -> desk.preview(o.receiptNo(), list), refundTotal::set, f -> notice.set(Notice.failure(f)));
    }

    /** After a refund: the same receipt again, with what is left to return. */
    public void refunded(ReturnsDesk.Refunded r) {
        notice.set(switch (r.walletBack()) {
            case NONE -> Notice.success("returns.done", r.refundNo(), r.total().display());
            case DONE -> Notice.success("returns.done.wallet", r.refundNo(), r.total().display(), r.toWallet().display());
            case WAITING -> Notice.success("returns.done.walletPending", r.refundNo(), r.total().display(), r.toWallet().display());
            case REFUSED -> Notice.error("returns.done.walletRefused", r.refundNo(), r.total().display(), r.toWallet().display());
        });
        ReturnsDesk.Original o = original.get();
        if (o != null) {
            Notice done = notice.get();
            services.executor().submit(() -> desk.find(o.receiptNo()), found -> {
                original.set(found.orElse(null));
                Map<Integer, Long> zero = new TreeMap<>();
                found.ifPresent(f -> f.lines().forEach(l -> zero.put(l.lineNo(), 0L)));
                picks.set(zero);
                refundTotal.set(Money.ZERO);
                notice.set(done);
            }, f -> notice.set(Notice.failure(f)));
        }
    }

    public Optional<ReturnsDesk.Original> current() {
        return Optional.ofNullable(original.get());
    }
}
