package cn.suanpan.app.ui.display;

import cn.suanpan.app.ui.payment.RecordedSale;
import cn.suanpan.app.ui.sale.SaleViewModel;
import cn.suanpan.core.catalog.Pinyin;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.app.ui.devices.Devices;
import cn.suanpan.hardware.display.DisplayScreens;
import java.util.Locale;

/**
 * Keeps the two-line pole display in step with the sale: the item just scanned with its
 * price, the total, the change after paying, the greeting between customers. Chinese names
 * are shown in pinyin, since the display has only ASCII.
 */
public final class PoleDisplayFeed {

    private final Devices display;
    private final DisplayScreens screens;

    public PoleDisplayFeed(Devices display, Locale locale) {
        this.display = display;
        this.screens = new DisplayScreens(locale, name -> Pinyin.of(name).full());
    }

    public void attach(SaleViewModel model) {
        display.show(screens.greeting());
        model.selectedLineProperty().addListener((obs, a, lineNo) -> model.selected().ifPresent(this::item));
        model.pricedProperty().addListener((obs, a, p) -> {
            if (p != null && p.lines().isEmpty() && model.lastSaleProperty().get() == null) {
                display.show(screens.greeting());
            }
        });
        model.lastSaleProperty().addListener((obs, a, sale) -> {
            if (sale != null) {
                paid(sale);
            }
        });
    }

    private void item(PricedLine line) {
        display.show(screens.item(line.line().product().name(), line.lineTotal().fen()));
    }

    private void paid(RecordedSale sale) {
        display.show(screens.payment(sale.total().fen(), sale.change().fen()));
    }
}
