package cn.suanpan.app.ui.payment;

import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.hardware.printer.receipt.Receipt;

/**
 * What follows a committed sale: the drawer opens when cash was taken, and the receipt goes
 * to the printer. Neither may hold up the next customer or lose the sale: a device that
 * fails is reported in a toast, and the receipt can be reprinted from the receipts screen.
 */
public final class SaleFinisher {

    private final UiContext ui;
    public SaleFinisher(UiContext ui) {
        this.ui = ui;
    }

    public void finish(RecordedSale sale) {
        if (sale.cash()) {
            ui.services().devices().drawer().open().whenComplete((ok, failure) -> {
                if (failure != null) {
                    ui.services().uiThread().execute(() -> ui.toast(Notice.error("device.drawerFailed")));
                }
            });
        }
        print(sale, false);
    }

    /** Prints (or reprints) the receipt of a sale on the store worker, so encoding never stalls the screen. */
    public void print(RecordedSale sale, boolean reprint) {
        var i18n = ui.i18n();
        ui.services().executor().submit(() -> {
            Receipt receipt = ui.services().sales().receipt(sale, i18n, reprint);
            ui.services().devices().printer().print(receipt).join();
            return sale.receiptNo();
        }, no -> {
            if (reprint) {
                ui.toast(Notice.success("receipt.reprinted", no));
            }
        }, failure -> ui.toast(Notice.error("receipt.printFailed", sale.receiptNo(), ui.i18n().describe(failure))));
    }
}
