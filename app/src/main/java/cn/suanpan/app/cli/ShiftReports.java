package cn.suanpan.app.cli;

import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.shift.ShiftClosing;
import cn.suanpan.core.shift.ShiftReport;
import cn.suanpan.core.shift.Takings;
import cn.suanpan.core.shift.TenderTotal;
import cn.suanpan.core.shift.ZReport;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** X, close and Z reports as text, the way the receipt printer would print them. */
final class ShiftReports {

    private final I18n i18n;
    private final ZoneId zone;
    private final PrintWriter out;

    ShiftReports(I18n i18n, ZoneId zone, PrintWriter out) {
        this.i18n = i18n;
        this.zone = zone;
        this.out = out;
    }

    void x(ShiftReport r) {
        out.println(i18n.tr("cli.shift.xTitle", local(r.shift().openedAt()), local(r.at())));
        figures(r);
        row("cli.shift.expected", r.expectedCash());
    }

    void close(ShiftClosing c) {
        out.println(i18n.tr("cli.shift.closeTitle", local(c.report().shift().openedAt()), local(c.report().at())));
        figures(c.report());
        row("cli.shift.expected", c.report().expectedCash());
        row("cli.shift.counted", c.counted());
        row("cli.shift.overShort", c.overShort());
    }

    void z(ZReport z) {
        out.println(i18n.tr("cli.shift.zTitle", z.number(), z.businessDate().toString(), z.shifts().size()));
        row("cli.shift.floats", z.floats());
        takings(z.takings());
        row("cli.shift.cashIn", z.cashIn());
        row("cli.shift.cashOut", z.cashOut());
        out.println(i18n.tr("cli.shift.noSales", z.noSales()));
        row("cli.shift.expected", z.expectedCash());
        row("cli.shift.counted", z.countedCash());
        row("cli.shift.overShort", z.overShort());
        out.println(i18n.tr("cli.shift.auditHead", z.auditHead().seq(), z.auditHead().hash()));
    }

    private void figures(ShiftReport r) {
        row("cli.shift.float", r.shift().openingFloat());
        takings(r.takings());
        row("cli.shift.cashIn", r.cashIn());
        row("cli.shift.cashOut", r.cashOut());
        out.println(i18n.tr("cli.shift.noSales", r.noSales()));
    }

    private void takings(Takings t) {
        row("cli.shift.cashSales", t.cashSales());
        row("cli.shift.cashRefunds", t.cashRefunds());
        for (TenderTotal total : t.tenders()) {
            out.println(i18n.tr("cli.shift.tender", new UserMessage("tender.method." + total.method()).format(i18n.locale()),
                    total.salesCount(), total.sales().display(), total.refundsCount(), total.refunds().display(),
                    total.net().display()));
        }
    }

    private void row(String key, Money amount) {
        out.println(i18n.tr(key, amount.display()));
    }

    private String local(Instant at) {
        return LocalDateTime.ofInstant(at, zone).withNano(0).toString().replace('T', ' ');
    }
}
