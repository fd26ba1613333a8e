package cn.suanpan.app.ui.receipt;

import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.shift.ShiftClosing;
import cn.suanpan.core.shift.ShiftReport;
import cn.suanpan.core.shift.Takings;
import cn.suanpan.core.shift.TenderTotal;
import cn.suanpan.core.shift.ZReport;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.printer.receipt.ReceiptHeader;
import cn.suanpan.hardware.printer.receipt.ReceiptMeta;
import cn.suanpan.hardware.printer.receipt.TotalLine;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Shift reports on receipt paper: the X report (figures so far), the shift close with the
 * count and the difference, and the Z report that ends the business day. They print on the
 * receipt printer with the same layout as receipts, figures as label/value lines.
 */
public final class ReportReceipts {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final StoreInfo store;

    public ReportReceipts(StoreInfo store) {
        this.store = store;
    }

    public Receipt xReport(ShiftReport r, String cashierName, I18n i18n) {
        Receipt.Builder b = start("X-" + stamp(r.at()), r.at(), cashierName, i18n);
        shiftFigures(b, r, i18n);
        b.total(TotalLine.total(i18n.tr("report.expected"), r.expectedCash().display()));
        return b.footer(i18n.tr("report.xTitle")).footer(i18n.tr("report.xNote")).barcode("X" + stamp(r.at())).build();
    }

    public Receipt closing(ShiftClosing c, String cashierName, I18n i18n) {
        ShiftReport r = c.report();
        Receipt.Builder b = start("C-" + stamp(r.at()), r.at(), cashierName, i18n);
        shiftFigures(b, r, i18n);
        b.total(TotalLine.of(i18n.tr("report.expected"), r.expectedCash().display()));
        b.total(TotalLine.of(i18n.tr("report.counted"), c.counted().display()));
        b.total(TotalLine.total(i18n.tr("report.overShort"), signed(c.overShort())));
        return b.footer(i18n.tr("report.closeTitle")).barcode("C" + stamp(r.at())).build();
    }

    public Receipt zReport(ZReport z, String userName, I18n i18n) {
        String number = String.format("Z-%04d", z.number());
        Receipt.Builder b = start(number, z.at(), userName, i18n);
        b.total(TotalLine.of(i18n.tr("report.businessDate"), z.businessDate().toString()));
        b.total(TotalLine.of(i18n.tr("report.shifts"), Integer.toString(z.shifts().size())));
        b.total(TotalLine.of(i18n.tr("report.floats"), z.floats().display()));
        takings(b, z.takings(), i18n);
        b.total(TotalLine.of(i18n.tr("report.cashIn"), z.cashIn().display()));
        b.total(TotalLine.of(i18n.tr("report.cashOut"), z.cashOut().display()));
        b.total(TotalLine.of(i18n.tr("report.noSales"), Integer.toString(z.noSales())));
        b.total(TotalLine.of(i18n.tr("report.expected"), z.expectedCash().display()));
        b.total(TotalLine.of(i18n.tr("report.counted"), z.countedCash().display()));
        b.total(TotalLine.total(i18n.tr("report.overShort"), signed(z.overShort())));
        b.footer(i18n.tr("report.zTitle", z.number()));
        b.footer(i18n.tr("report.auditHead", z.auditHead().seq(), z.auditHead().hash().substring(0, 16)));
        return b.barcode(String.format("Z%04d", z.number())).build();
    }

    private Receipt.Builder start(String number, Instant at, String userName, I18n i18n) {
        String name = i18n.chinese() || store.storeNameEn() == null ? store.storeName() : store.storeNameEn();
        return Receipt.builder(i18n.locale(), new ReceiptHeader(name, store.address(), store.phone()),
                new ReceiptMeta(number, LocalDateTime.ofInstant(at, store.zone()), userName, store.terminalCode()));
    }

    private void shiftFigures(Receipt.Builder b, ShiftReport r, I18n i18n) {
        b.total(TotalLine.of(i18n.tr("report.openedAt"), i18n.dateTime(r.shift().openedAt(), store.zone())));
        b.total(TotalLine.of(i18n.tr("report.floats"), r.shift().openingFloat().display()));
        takings(b, r.takings(), i18n);
        b.total(TotalLine.of(i18n.tr("report.cashIn"), r.cashIn().display()));
        b.total(TotalLine.of(i18n.tr("report.cashOut"), r.cashOut().display()));
        b.total(TotalLine.of(i18n.tr("report.noSales"), Integer.toString(r.noSales())));
    }

    private static void takings(Receipt.Builder b, Takings t, I18n i18n) {
        b.total(TotalLine.of(i18n.tr("report.cashSales"), t.cashSales().display()));
        b.total(TotalLine.of(i18n.tr("report.cashRefunds"), t.cashRefunds().negate().display()));
        for (TenderTotal tender : t.tenders()) {
            String label = i18n.tr(new UserMessage("tender.method." + tender.method()));
            b.total(TotalLine.of(i18n.tr("report.tenderLine", label, tender.salesCount()), tender.net().display()));
        }
    }

    private static String signed(Money m) {
        return m.isPositive() ? "+" + m.display() : m.display();
    }

    private String stamp(Instant at) {
        return STAMP.format(at.atZone(store.zone()));
    }
}
