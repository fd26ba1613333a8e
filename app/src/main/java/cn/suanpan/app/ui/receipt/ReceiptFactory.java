package cn.suanpan.app.ui.receipt;

import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.payment.RecordedSale;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.Adjustment;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.hardware.printer.receipt.ItemLine;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.printer.receipt.ReceiptHeader;
import cn.suanpan.hardware.printer.receipt.ReceiptMeta;
import cn.suanpan.hardware.printer.receipt.TenderLine;
import cn.suanpan.hardware.printer.receipt.TotalLine;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a recorded sale into the printer's receipt document: names in the receipt's
 * language, amounts formatted, promotions and discounts under their lines, the order
 * discount and the savings in the totals, and the shop's own heading and footer lines.
 */
public final class ReceiptFactory {

    private final StoreInfo store;
    private final UiSettings settings;

    public ReceiptFactory(StoreInfo store, UiSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public Receipt receipt(RecordedSale sale, I18n i18n, boolean reprint) {
        PricedCart cart = sale.cart();
        String storeName = !settings.receiptHeader().isBlank() ? settings.receiptHeader()
                : i18n.chinese() || store.storeNameEn() == null ? store.storeName() : store.storeNameEn();
        ReceiptHeader header = new ReceiptHeader(storeName, store.address(), store.phone());
        ReceiptMeta meta = new ReceiptMeta(sale.receiptNo(), LocalDateTime.ofInstant(sale.soldAt(), store.zone()),
                sale.cashierName(), store.terminalCode());
        Receipt.Builder b = Receipt.builder(i18n.locale(), header, meta).training(sale.training());
        long pieces = 0;
        for (PricedLine line : cart.lines()) {
            if (line.voided()) {
                continue;
            }
            pieces += line.line().quantity() instanceof Quantity.Pieces(int count) ? count : 1;
            List<cn.suanpan.hardware.printer.receipt.Adjustment> adjustments = new ArrayList<>();
            for (Adjustment a : line.adjustments()) {
                if (a.kind() != Adjustment.Kind.ORDER_DISCOUNT && !a.amount().isZero()) {
                    adjustments.add(new cn.suanpan.hardware.printer.receipt.Adjustment(a.label(i18n.locale()), a.amount().negate().display()));
                }
            }
            String quantity = line.line().quantity() instanceof Quantity.Weight w ? w.display() + "kg" : line.line().quantity().display();
            b.item(new ItemLine(line.line().product().displayName(i18n.locale()), quantity, line.unitPrice().display(),
                    line.listAmount().display(), adjustments));
        }
        b.total(TotalLine.of(i18n.tr("receipt.items"), Long.toString(pieces)));
        b.total(TotalLine.of(i18n.tr("receipt.subtotal"), cart.subtotal().display()));
        if (cart.orderDiscount().isPositive()) {
            b.total(TotalLine.of(i18n.tr("receipt.orderDiscount"), cart.orderDiscount().negate().display()));
        }
        if (cart.savings().isPositive()) {
            b.total(TotalLine.of(i18n.tr("receipt.savings"), cart.savings().negate().display()));
        }
        Money rounding = sale.payment().rounding();
        if (!rounding.isZero()) {
            b.total(TotalLine.of(i18n.tr("receipt.rounding"), rounding.negate().display()));
        }
        b.total(TotalLine.total(i18n.tr("receipt.total"), cart.total().minus(rounding).display()));
        for (Tender t : sale.payment().tenders()) {
            String label = i18n.tr(new UserMessage("tender.method." + t.method().name()));
            if (t instanceof Tender.ExternalCard card) {
                label += " " + tail(card.terminalReference());
            }
            b.tender(new TenderLine(label, t.amount().display()));
        }
        if (sale.payment().change().isPositive()) {
            b.change(sale.payment().change().display());
        }
        if (reprint) {
            b.footer(i18n.tr("receipt.reprint"));
        }
        String footer = settings.receiptFooter();
        if (footer == null) {
            b.footer(i18n.tr("receipt.thanks"));
        } else {
            for (String line : footer.split("\\R")) {
                if (!line.isBlank()) {
                    b.footer(line.strip());
                }
            }
        }
        return b.barcode(sale.receiptNo()).build();
    }

    /** The last four characters of a card terminal's reference: enough to find the slip. */
    private static String tail(String reference) {
        return reference.length() <= 4 ? reference : "…" + reference.substring(reference.length() - 4);
    }
}
