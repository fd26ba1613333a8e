package cn.suanpan.app.ui.devices;

import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.hardware.printer.receipt.ItemLine;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.printer.receipt.ReceiptHeader;
import cn.suanpan.hardware.printer.receipt.ReceiptMeta;
import cn.suanpan.hardware.printer.receipt.ReceiptQr;
import cn.suanpan.hardware.printer.receipt.TotalLine;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The page the settings screen's "test print" sends: Chinese and Latin text, a weighed line,
 * a total, a barcode and a QR code, marked as practice so it cannot pass for a receipt.
 */
public final class TestPage {

    private TestPage() {
    }

    public static Receipt receipt(I18n i18n, Clock clock, ZoneId zone) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        String number = "TEST-" + now.format(DateTimeFormatter.ofPattern("HHmmss"));
        return Receipt.builder(i18n.locale(), new ReceiptHeader(i18n.tr("cli.device.testPrint.title"), "", ""),
                        new ReceiptMeta(number, now, i18n.tr("cli.device.testPrint.cashier"), "-"))
                .item(new ItemLine(i18n.tr("cli.device.testPrint.item1"), "1", "￥1.00", "￥1.00"))
                .item(new ItemLine(i18n.tr("cli.device.testPrint.item2"), "0.352kg", "￥12.80", "￥4.51"))
                .total(TotalLine.total(i18n.tr("cli.device.testPrint.total"), "￥5.51"))
                .footer(i18n.tr("cli.device.testPrint.footer", i18n.tr("cli.device.role.receipt")))
                .qr(new ReceiptQr("https://suanpan.example/test/" + number, i18n.tr("cli.device.testPrint.qr")))
                .barcode(now.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")))
                .training(true)
                .build();
    }
}
