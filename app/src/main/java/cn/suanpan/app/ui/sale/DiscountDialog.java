package cn.suanpan.app.ui.sale;

import cn.suanpan.app.ui.common.Keypad;
import cn.suanpan.app.ui.common.ModalDialog;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.override.Guard;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.cart.Discount;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricedLine;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A manual discount, on the whole order or on the selected line, as a percentage or an
 * amount. Within the cashier's own limit it applies at once; above it a supervisor approves.
 */
public final class DiscountDialog {

    private final UiContext ui;
    private final SaleViewModel model;
    private final ModalDialog dialog;
    private final TextField value = new TextField();
    private final ToggleGroup scope = new ToggleGroup();
    private final ToggleGroup kind = new ToggleGroup();
    private final Label message = new Label();

    public DiscountDialog(UiContext ui, SaleViewModel model, String typed) {
        this.ui = ui;
        this.model = model;
        I18n i18n = ui.i18n();
        dialog = new ModalDialog(i18n.tr("discount.title")).styleClass("discount-dialog");
        ToggleButton order = toggle(i18n.tr("discount.order"), "order", scope);
        ToggleButton line = toggle(i18n.tr("discount.line"), "line", scope);
        line.setDisable(model.selected().isEmpty());
        order.setSelected(true);
        ToggleButton percent = toggle(i18n.tr("discount.percent"), "percent", kind);
        ToggleButton amount = toggle(i18n.tr("discount.amount"), "amount", kind);
        percent.setSelected(true);
        value.setText(typed == null ? "" : typed);
        value.getStyleClass().add("pay-amount");
        value.setId("discount-value");
        message.getStyleClass().add("dialog-message");
        message.setWrapText(true);
        VBox left = new VBox(12, new HBox(8, order, line), new HBox(8, percent, amount), value, message);
        left.setPrefWidth(360);
        HBox content = new HBox(24, left, Keypad.into(value, true));
        content.setAlignment(Pos.TOP_LEFT);
        dialog.content(content).focus(value);
        dialog.button(i18n.tr("dialog.cancel"), "Esc", dialog::close, false);
        if (model.cart().orderDiscount() != null) {
            dialog.button(i18n.tr("discount.clear"), null, () -> {
                dialog.close();
                model.orderDiscount(null);
            }, false);
        }
        dialog.button(i18n.tr("discount.apply"), "Enter", this::apply, true);
        dialog.onEnter(this::apply);
    }

    public void show() {
        ui.modals().open(dialog);
    }

    /** For tests and keyboards: "line" or "order", "percent" or "amount". */
    public void choose(String scopeName, String kindName) {
        scope.getToggles().stream().filter(t -> t.getUserData().equals(scopeName)).findFirst().ifPresent(t -> t.setSelected(true));
        kind.getToggles().stream().filter(t -> t.getUserData().equals(kindName)).findFirst().ifPresent(t -> t.setSelected(true));
    }

    private static ToggleButton toggle(String text, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setUserData(id);
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.getStyleClass().add("choice-toggle");
        b.setOnAction(e -> b.setSelected(true));
        return b;
    }

    private void apply() {
        boolean onLine = scope.getSelectedToggle() != null && "line".equals(scope.getSelectedToggle().getUserData());
        boolean isPercent = kind.getSelectedToggle() == null || "percent".equals(kind.getSelectedToggle().getUserData());
        Discount discount;
        try {
            discount = isPercent ? Discount.percent(value.getText()) : Discount.amount(Money.parse(value.getText()));
        } catch (SuanpanException e) {
            fail(Notice.failure(e));
            return;
        } catch (NumberFormatException | ArithmeticException e) {
            fail(Notice.error("payment.badAmount", value.getText()));
            return;
        }
        PricedCart priced = model.priced();
        Money base;
        if (onLine) {
            Optional<PricedLine> line = model.selected();
            if (line.isEmpty()) {
                fail(Notice.warning("sale.selectLine"));
                return;
            }
            base = line.get().line().baseAmount(priced.cart().hasMember());
        } else {
            base = priced.total().plus(priced.orderDiscount());
        }
        Money taken = discount.takenFrom(base);
        if (!taken.isPositive() || taken.compareTo(base) > 0) {
            fail(Notice.error("discount.outOfRange", base.display()));
            return;
        }
        dialog.close();
        new Guard(ui).requireDiscount(base, taken, approval -> {
            if (onLine) {
                model.lineDiscount(discount);
            } else {
                model.orderDiscount(discount);
            }
        });
    }

    private void fail(Notice n) {
        message.setText(n.text(ui.i18n()));
        ui.services().sounds().play(Sound.ERROR);
    }
}
