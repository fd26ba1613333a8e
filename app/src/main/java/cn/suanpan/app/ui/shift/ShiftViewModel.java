package cn.suanpan.app.ui.shift;

import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.core.auth.Authorization;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.shift.DenominationCount;
import cn.suanpan.core.shift.ShiftClosing;
import cn.suanpan.core.shift.ShiftReport;
import cn.suanpan.core.shift.ZReport;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The shift and the drawer: cash in and out, the X report, the blind count at close and the
 * Z report. Every change goes through the shift service on the store worker, with the
 * authorization the screen obtained (a supervisor's, where the cashier's role is not enough).
 */
public final class ShiftViewModel {

    /** A report to preview and print. */
    public sealed interface Report {
        record X(ShiftReport report) implements Report {
        }

        record Closed(ShiftClosing closing) implements Report {
        }

        record Z(ZReport report) implements Report {
        }
    }

    private final Services services;
    private final Session session;
    private final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);

    public ShiftViewModel(Services services, Session session) {
        this.services = services;
        this.session = session;
    }

    public ObjectProperty<Report> reportProperty() {
        return report;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public Session session() {
        return session;
    }

    /** The shift as the store has it now (another terminal process may not change it, but a restart may have). */
    public void refresh() {
        services.executor().submit(() -> services.shifts().current(), s -> session.shiftProperty().set(s.orElse(null)), this::failed);
    }

    public void xReport() {
        services.executor().submit(() -> services.shifts().xReport(), r -> report.set(new Report.X(r)), this::failed);
    }

    public void cashIn(Authorization authorization, Money amount, String reason, Runnable done) {
        services.executor().submit(() -> services.shifts().cashIn(authorization, amount, reason), m -> {
            notice.set(Notice.success("shift.cashedIn", amount.display()));
            done.run();
        }, this::failed);
    }

    public void cashOut(Authorization authorization, Money amount, String reason, Runnable done) {
        services.executor().submit(() -> services.shifts().cashOut(authorization, amount, reason), m -> {
            notice.set(Notice.success("shift.cashedOut", amount.display()));
            services.devices().drawer().open();
            done.run();
        }, this::failed);
    }

    /** The blind count: the difference is learnt only now. */
    public void close(Authorization authorization, DenominationCount count, Runnable done) {
        services.executor().submit(() -> services.shifts().close(authorization, count), closing -> {
            session.shiftProperty().set(null);
            report.set(new Report.Closed(closing));
            notice.set(Notice.success("shift.closed", closing.counted().display(), signed(closing.overShort())));
            done.run();
        }, this::failed);
    }

    public void zReport(Authorization authorization) {
        services.executor().submit(() -> services.shifts().zReport(authorization), z -> {
            report.set(new Report.Z(z));
            notice.set(Notice.success("shift.zDone", z.number(), z.businessDate().toString()));
        }, this::failed);
    }

    private void failed(Throwable t) {
        notice.set(Notice.failure(t));
    }

    static String signed(Money m) {
        return m.isPositive() ? "+" + m.display() : m.display();
    }
}
