package cn.suanpan.app.ui.voice;

import cn.suanpan.app.ui.common.ConfirmDialog;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.payment.RecordedSale;
import cn.suanpan.app.ui.payment.SaleFinisher;
import cn.suanpan.app.ui.sale.SaleActions;
import cn.suanpan.app.ui.sale.SaleViewModel;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.core.voice.Intent;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Does what a spoken command asks, through the same view-model methods and sale actions as
 * the keys and buttons, so the same rules and permission checks apply. What voice adds is a
 * visible step before anything that cannot simply be undone: a payment opens the payment
 * dialog (which takes the money only on the cashier's Enter), and cancelling the sale,
 * voiding a line that was not just added, and opening the drawer ask first.
 */
final class VoiceCommands {

    private final UiContext ui;
    private final SaleViewModel model;
    private final SaleActions actions;

    VoiceCommands(UiContext ui, SaleViewModel model, SaleActions actions) {
        this.ui = ui;
        this.model = model;
        this.actions = actions;
    }

    private I18n i18n() {
        return ui.i18n();
    }

    /** Acts on {@code intent}; {@code products} finds the products the grammar named. Unknown intents do nothing. */
    void perform(Intent intent, Function<String, Product> products) {
        switch (intent) {
            case Intent.AddItem(String sku, int quantity) -> product(sku, products).ifPresent(p -> model.add(p, quantity));
            case Intent.RemoveItem(String sku) -> line(sku, products).ifPresent(this::removeLine);
            case Intent.SetQuantity(String sku, int quantity) -> line(sku, products).ifPresent(line -> {
                model.select(line.line().lineNo());
                model.setQuantity(Integer.toString(quantity));
            });
            case Intent.Undo u -> model.undo();
            case Intent.Total t -> total();
            case Intent.Pay(var method) -> {
                // the payment dialog is the confirmation: nothing is taken before the cashier's Enter
                if (method == cn.suanpan.core.voice.PayMethod.CASH) {
                    actions.exactCash();
                } else {
                    actions.pay();
                }
            }
            case Intent.CancelSale c -> cancelSale();
            case Intent.Hold h -> actions.hold();
            case Intent.Recall r -> actions.recall();
            case Intent.Reprint r -> reprint();
            case Intent.OpenDrawer d -> ConfirmDialog.open(ui.modals(), i18n(), i18n().tr("voice.confirm.drawerTitle"),
                    i18n().tr("voice.confirm.drawerQuestion"), i18n().tr("voice.confirm.drawerYes"), actions::drawer);
            case Intent.Help h -> VoiceHelp.show(ui);
            case Intent.Unknown u -> {
                // changes nothing: the panel shows what was heard and the closest commands
            }
        }
    }

    /** What the intent means, in the cashier's words, for the panel. */
    String describe(Intent intent, Function<String, Product> products) {
        return switch (intent) {
            case Intent.AddItem(String sku, int quantity) -> i18n().tr("voice.intent.add", quantity, name(sku, products));
            case Intent.RemoveItem(String sku) -> i18n().tr("voice.intent.remove", name(sku, products));
            case Intent.SetQuantity(String sku, int quantity) -> i18n().tr("voice.intent.set", name(sku, products), quantity);
            case Intent.Pay(var method) -> i18n().tr("voice.intent.pay." + method.name().toLowerCase(java.util.Locale.ROOT));
            case Intent.Unknown u -> i18n().tr("voice.intent.unknown");
            default -> i18n().tr("voice.intent." + intent.type().name().toLowerCase(java.util.Locale.ROOT));
        };
    }

    private String name(String sku, Function<String, Product> products) {
        Product p = products.apply(sku);
        return p == null ? sku : p.displayName(i18n().locale());
    }

    private Optional<Product> product(String sku, Function<String, Product> products) {
        Product p = products.apply(sku);
        if (p == null) {
            // the catalog changed under the grammar: a rebuild is on its way
            model.fail(Notice.warning("voice.productGone", sku));
        }
        return Optional.ofNullable(p);
    }

    /** The product's last line still in the sale. */
    private Optional<PricedLine> line(String sku, Function<String, Product> products) {
        PricedCart cart = model.priced();
        List<PricedLine> lines = cart == null ? List.of() : cart.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            PricedLine l = lines.get(i);
            if (!l.voided() && l.line().product().sku().equals(sku)) {
                return Optional.of(l);
            }
        }
        model.fail(Notice.warning("voice.notInSale", name(sku, products)));
        return Optional.empty();
    }

    private void removeLine(PricedLine line) {
        model.select(line.line().lineNo());
        if (model.selectedIsFresh()) {
            // the line just added: taking it out is the same as undoing the scan
            actions.removeOrVoid();
            return;
        }
        String name = line.line().product().displayName(i18n().locale());
        ConfirmDialog.open(ui.modals(), i18n(), i18n().tr("voice.confirm.voidTitle"), i18n().tr("voice.confirm.voidQuestion", name),
                i18n().tr("voice.confirm.voidYes"), () -> {
                    model.select(line.line().lineNo());
                    actions.removeOrVoid();
                });
    }

    private void cancelSale() {
        if (model.cart().lines().isEmpty()) {
            model.fail(Notice.warning("sale.reason.emptyCart"));
            return;
        }
        ConfirmDialog.open(ui.modals(), i18n(), i18n().tr("sale.cancelTitle"), i18n().tr("sale.cancelQuestion"),
                i18n().tr("sale.cancelYes"), model::cancelSale);
    }

    private void total() {
        PricedCart p = model.priced();
        model.info(Notice.info("voice.total", p == null ? "" : p.total().display()));
    }

    private void reprint() {
        RecordedSale last = model.lastSaleProperty().get();
        if (last != null) {
            new SaleFinisher(ui).print(last, true);
            return;
        }
        ui.services().executor().submit(() -> ui.services().sales().recent(1), (List<RecordedSale> recent) -> {
            if (recent.isEmpty()) {
                model.fail(Notice.warning("voice.noReceipt"));
            } else {
                new SaleFinisher(ui).print(recent.getFirst(), true);
            }
        }, f -> model.fail(Notice.failure(f)));
    }
}
