package cn.suanpan.app.ui.sale;

import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.hold.RecallDialog;
import cn.suanpan.app.ui.member.MemberDialog;
import cn.suanpan.app.ui.override.Guard;
import cn.suanpan.app.ui.payment.CodePaymentDesk;
import cn.suanpan.app.ui.payment.PaymentDialog;
import cn.suanpan.app.ui.payment.PaymentViewModel;
import cn.suanpan.app.ui.payment.RecordedSale;
import cn.suanpan.app.ui.payment.SaleFinisher;
import cn.suanpan.app.ui.session.Navigator;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.pricing.PricedLine;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the sale screen's keys and buttons do beyond editing the cart: the dialogs, the
 * permission checks and the screens they lead to.
 */
public final class SaleActions {

    private final UiContext ui;
    private final SaleViewModel model;
    private final Navigator navigator;
    private final SaleFinisher finisher;
    private Consumer<RecordedSale> afterPaid = sale -> { };

    public SaleActions(UiContext ui, SaleViewModel model, Navigator navigator) {
        this.ui = ui;
        this.model = model;
        this.navigator = navigator;
        this.finisher = new SaleFinisher(ui);
        CodePaymentDesk codes = CodePaymentDesk.of(ui.services().terminal());
        model.routePaymentCodes(codes.routing(), this::payByCode);
        // payments an earlier run left open are settled now, and the cashier hears how each ended
        codes.recoverOnce(told -> ui.services().uiThread().execute(() -> told.forEach(m -> ui.toast(Notice.warning(m)))));
    }

    /** A payment code scanned at the cart: the payment dialog opens and takes what is due from it. */
    private void payByCode(String code) {
        if (blocked(model.payBlockedProperty().get())) {
            return;
        }
        PaymentViewModel payment = new PaymentViewModel(ui.services(), ui.session(), model.priced());
        new PaymentDialog(ui, payment, this::paid).showPaying(code);
    }

    /** Called after each paid sale, after the drawer and the receipt (the customer display listens here). */
    public void setAfterPaid(Consumer<RecordedSale> listener) {
        afterPaid = listener;
    }

    private boolean blocked(String reasonKey) {
        if (reasonKey != null) {
            model.fail(Notice.warning(reasonKey));
            return true;
        }
        return false;
    }

    public void pay() {
        openPayment(false);
    }

    /** F9: the payment dialog opens with the exact amount in cash already taken; Enter confirms. */
    public void exactCash() {
        openPayment(true);
    }

    private void openPayment(boolean exact) {
        if (blocked(model.payBlockedProperty().get())) {
            return;
        }
        PaymentViewModel payment = new PaymentViewModel(ui.services(), ui.session(), model.priced());
        PaymentDialog dialog = new PaymentDialog(ui, payment, this::paid);
        if (exact) {
            payment.exactCash();
        }
        dialog.show();
    }

    private void paid(RecordedSale sale) {
        model.completed(sale);
        finisher.finish(sale);
        // the sale is stored all the same: stock gone below zero is for the manager to see
        if (sale.warnings().size() == 1) {
            ui.toast(Notice.warning(sale.warnings().getFirst()));
        } else if (!sale.warnings().isEmpty()) {
            // one toast, not a stack of them: the next customer is waiting
            ui.toast(Notice.warning("sale.stockWarnings", sale.warnings().size(), ui.i18n().tr(sale.warnings().getFirst())));
        }
        afterPaid.accept(sale);
        ui.refreshPendingSync();
    }

    public void hold() {
        if (blocked(model.holdBlockedProperty().get())) {
            return;
        }
        Cart cart = model.cart();
        ui.services().executor().submit(() -> ui.services().holds().hold(cart, ui.session().user()), held -> {
            model.startNewSale();
            model.info(Notice.success("sale.held", held.number()));
        }, f -> model.fail(Notice.failure(f)));
    }

    public void recall() {
        if (blocked(model.recallBlockedProperty().get())) {
            return;
        }
        new RecallDialog(ui, back -> {
            model.load(back.cart());
            if (back.notices().isEmpty()) {
                model.info(Notice.success("sale.recalled", back.cart().lines().size()));
            } else {
                // an item no longer sold was left out: say which
                model.fail(Notice.warning(back.notices().getFirst()));
            }
        }).show();
    }

    public void member() {
        new MemberDialog(ui, model.memberProperty().get(), model::attachMember, model::detachMember).show();
    }

    public void returns() {
        if (blocked(model.recallBlockedProperty().get())) {
            return;
        }
        navigator.showReturns();
    }

    /** Opens the drawer without a sale: needs leave, and is recorded against the shift. */
    public void drawer() {
        if (ui.session().shift() == null) {
            model.fail(Notice.warning("sale.reason.noShift"));
            return;
        }
        new Guard(ui).require(Permission.NO_SALE, auth -> ui.services().executor().submit(
                () -> ui.services().shifts().noSale(auth, null), movement -> {
                    ui.services().devices().drawer().open();
                    model.info(Notice.success("sale.drawerOpened"));
                }, f -> model.fail(Notice.failure(f))));
    }

    public void discount(String typed) {
        if (blocked(model.holdBlockedProperty().get())) {
            return;
        }
        new DiscountDialog(ui, model, typed).show();
    }

    public void priceOverride(String typed) {
        Optional<PricedLine> line = model.selected();
        if (line.isEmpty() || line.get().voided()) {
            model.fail(Notice.warning("sale.selectLine"));
            return;
        }
        new PriceOverrideDialog(ui, model, line.get(), typed).show();
    }

    /** Del: the line just scanned comes out; any other line is voided, with a supervisor if need be. */
    public void removeOrVoid() {
        Optional<PricedLine> line = model.selected();
        if (line.isEmpty() || line.get().voided()) {
            model.fail(Notice.warning("sale.selectLine"));
            return;
        }
        if (model.selectedIsFresh()) {
            model.remove();
            return;
        }
        new Guard(ui).require(Permission.VOID_LINE, model::voidSelected);
    }

    public void lock() {
        navigator.lock();
    }
}
