package cn.suanpan.app.ui.orders;

import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.hardware.printer.receipt.ItemLine;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.printer.receipt.ReceiptHeader;
import cn.suanpan.hardware.printer.receipt.ReceiptMeta;
import cn.suanpan.hardware.printer.receipt.TotalLine;
import cn.suanpan.sync.protocol.OnlineOrder;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The ticket of an online order for whoever makes it up, in the receipt layout of the
 * hardware module (so it lines up on 58 and 80 mm and prints Chinese in the printer's own
 * mode): the order number large in the header, each line with its quantity, the total and
 * the customer's note; the order number as a barcode to find it again.
 */
public final class OrderTicket {

    private OrderTicket() {
    }

    public static Receipt of(OnlineOrder order, StoreInfo store, I18n i18n, String terminal) {
        LocalDateTime placed = LocalDateTime.ofInstant(order.placedAt(), store.zone());
        Receipt.Builder b = Receipt.builder(i18n.locale(),
                new ReceiptHeader(i18n.tr("orders.ticket.title", order.number()), store.storeName(), ""),
                new ReceiptMeta(order.number(), placed, i18n.tr("orders.ticket.online"), terminal));
        for (OnlineOrder.Line line : order.lines()) {
            b.item(new ItemLine(line.name(), quantity(line.quantityMilli()), "", Money.ofFen(line.amountFen()).display()));
        }
        b.total(TotalLine.total(i18n.tr("orders.ticket.total"), Money.ofFen(order.totalFen()).display()));
        if (order.note() != null && !order.note().isBlank()) {
            b.footer(i18n.tr("orders.ticket.note", order.note()));
        }
        return b.barcode(barcode(order)).build();
    }

    /** Thousandths of a piece or kilogram, as few decimals as needed: 2000 → "2", 352 → "0.352". */
    static String quantity(long milli) {
        return BigDecimal.valueOf(milli, 3).stripTrailingZeros().toPlainString();
    }

    /** CODE128 takes printable ASCII only; an order number that is not falls back to the order id. */
    private static String barcode(OnlineOrder order) {
        String n = order.number();
        boolean ascii = !n.isEmpty() && n.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
        return ascii ? n : order.id().toString().substring(0, 8);
    }
}
