package cn.suanpan.app.ui.sale;

import cn.suanpan.app.ui.common.Keypad;
import cn.suanpan.app.ui.common.ModalDialog;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.override.Guard;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.PricedLine;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A new unit price for the selected line, with a reason; a supervisor approves when the cashier may not. */
public final class PriceOverrideDialog {

    private static final String[] REASONS = {"override.reason.expiring", "override.reason.damaged",
        "override.reason.labelWrong", "override.reason.other"};

    private final UiContext ui;
    private final SaleViewModel model;
    private final ModalDialog dialog;
    private final TextField price = new TextField();
    private final TextField reason = new TextField();
    private final Label message = new Label();

    public PriceOverrideDialog(UiContext ui, SaleViewModel model, PricedLine line, String typed) {
        this.ui = ui;
        this.model = model;
        I18n i18n = ui.i18n();
        dialog = new ModalDialog(i18n.tr("priceOverride.title")).styleClass("price-dialog");
        Label what = new Label(i18n.tr("priceOverride.line", line.line().product().displayName(i18n.locale()),
                line.unitPrice().display()));
        what.setWrapText(true);
        price.setText(typed == null ? "" : typed);
        price.setPromptText(line.unitPrice().plain());
        price.getStyleClass().add("pay-amount");
        price.setId("override-price");
        reason.setPromptText(i18n.tr("priceOverride.reason"));
        reason.setId("override-reason");
        ToggleGroup presets = new ToggleGroup();
        FlowPane reasons = new FlowPane(6, 6);
        for (String key : REASONS) {
            ToggleButton b = new ToggleButton(i18n.tr(key));
            b.setToggleGroup(presets);
            b.setFocusTraversable(false);
            b.getStyleClass().add("choice-toggle");
            b.setOnAction(e -> reason.setText(b.isSelected() ? b.getText() : ""));
            reasons.getChildren().add(b);
        }
        message.getStyleClass().add("dialog-message");
        message.setWrapText(true);
        VBox left = new VBox(10, what, new Label(i18n.tr("priceOverride.newPrice")), price, reasons, reason, message);
        left.setPrefWidth(380);
        HBox content = new HBox(24, left, Keypad.into(price, true));
        content.setAlignment(Pos.TOP_LEFT);
        dialog.content(content).focus(price);
        dialog.button(i18n.tr("dialog.cancel"), "Esc", dialog::close, false);
        dialog.button(i18n.tr("priceOverride.apply"), "Enter", this::apply, true);
        dialog.onEnter(this::apply);
    }

    public void show() {
        ui.modals().open(dialog);
    }

    private void apply() {
        Money unit;
        try {
            unit = Money.parse(price.getText());
        } catch (NumberFormatException | ArithmeticException e) {
            fail(Notice.error("payment.badAmount", price.getText()));
            return;
        }
        if (unit.isNegative()) {
            fail(Notice.error("payment.badAmount", price.getText()));
            return;
        }
        if (reason.getText().isBlank()) {
            fail(Notice.warning("priceOverride.reasonRequired"));
            return;
        }
        String why = reason.getText().strip();
        dialog.close();
        new Guard(ui).require(Permission.PRICE_OVERRIDE, auth -> model.overridePrice(unit, why, auth));
    }

    private void fail(Notice n) {
        message.setText(n.text(ui.i18n()));
        ui.services().sounds().play(Sound.ERROR);
    }
}
