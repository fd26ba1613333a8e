package cn.suanpan.app.print;

import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.Adjustment;
import cn.suanpan.core.sale.StoredLine;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.sale.StoredTender;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.hardware.printer.receipt.ItemLine;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.printer.receipt.ReceiptHeader;
import cn.suanpan.hardware.printer.receipt.ReceiptMeta;
import cn.suanpan.hardware.printer.receipt.TenderLine;
import cn.suanpan.hardware.printer.receipt.TotalLine;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Turns a stored sale into the printer's receipt document: everything preformatted in the
 * cashier's language, so the printer code needs no money or catalog types. It reads the
 * sale as stored, so a reprint looks like the original.
 */
public final class SaleReceipts {

    private final StoreInfo store;
    private final I18n i18n;

    public SaleReceipts(StoreInfo store, I18n i18n) {
        this.store = store;
        this.i18n = i18n;
    }

    public Receipt receipt(StoredSale sale) {
        Locale locale = i18n.locale();
        String storeName = "zh".equals(locale.getLanguage()) || store.storeNameEn() == null ? store.storeName() : store.storeNameEn();
        ReceiptMeta meta = new ReceiptMeta(sale.number().text(), LocalDateTime.ofInstant(sale.soldAt(), store.zone()),
                sale.cashierName() == null ? "" : sale.cashierName(), store.terminalCode());
        Receipt.Builder receipt = Receipt.builder(locale, new ReceiptHeader(storeName, store.address(), store.phone()), meta)
                .barcode(sale.number().barcode())
                .training(sale.training());
        long pieces = 0;
        for (StoredLine line : sale.lines()) {
            if (line.voided()) {
                receipt.item(new ItemLine(i18n.tr("receipt.voided", line.displayName(locale)), line.quantityDisplay(),
                        line.unitPrice().display(), Money.ZERO.display()));
                continue;
            }
            pieces += line.weighed() ? 1 : line.quantityMilli() / 1000;
            List<cn.suanpan.hardware.printer.receipt.Adjustment> adjustments = line.adjustments().stream()
                    .filter(a -> a.kind() != Adjustment.Kind.ORDER_DISCOUNT)
                    .map(a -> new cn.suanpan.hardware.printer.receipt.Adjustment(a.label(locale), a.amount().negate().display()))
                    .toList();
            String quantity = line.weighed() ? line.quantityDisplay() + "kg" : line.quantityDisplay();
            receipt.item(new ItemLine(line.displayName(locale), quantity, line.unitPrice().display(),
                    line.lineTotal().display(), adjustments));
        }
        receipt.total(TotalLine.of(i18n.tr("receipt.items"), Long.toString(pieces)));
        receipt.total(TotalLine.of(i18n.tr("receipt.subtotal"), sale.subtotal().display()));
        if (sale.savings().isPositive() || sale.savings().isNegative()) {
            receipt.total(TotalLine.of(i18n.tr("receipt.savings"), sale.savings().negate().display()));
        }
        if (sale.orderDiscount().isPositive()) {
            receipt.total(TotalLine.of(i18n.tr("receipt.orderDiscount"), sale.orderDiscount().negate().display()));
        }
        if (!sale.rounding().isZero()) {
            receipt.total(TotalLine.of(new UserMessage("pricing.cashRounding").format(locale), sale.rounding().negate().display()));
        }
        receipt.total(TotalLine.total(i18n.tr("receipt.total"), sale.paid().display()));
        for (StoredTender tender : sale.tenders()) {
            String label = new UserMessage("tender.method." + tender.method().name()).format(locale);
            receipt.tender(new TenderLine(tender.reference() == null ? label : label + " " + tender.reference(),
                    tender.amount().display()));
        }
        if (sale.change().isPositive()) {
            receipt.change(sale.change().display());
        }
        if (sale.pointsEarned() > 0) {
            receipt.footer(i18n.tr("receipt.points", sale.pointsEarned()));
        }
        receipt.footer(i18n.tr("receipt.thanks"));
        return receipt.build();
    }
}
