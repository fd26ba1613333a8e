package cn.suanpan.app.ui.shift;

import cn.suanpan.app.ui.common.Keypad;
import cn.suanpan.app.ui.common.ModalDialog;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.money.Money;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Cash brought into or taken out of the drawer: how much and why. */
final class CashMoveDialog {

    private final UiContext ui;
    private final ModalDialog dialog;
    private final TextField amount = new TextField();
    private final TextField reason = new TextField();
    private final Label message = new Label();

    CashMoveDialog(UiContext ui, boolean in, BiConsumer<Money, String> submit) {
        this.ui = ui;
        I18n i18n = ui.i18n();
        dialog = new ModalDialog(i18n.tr(in ? "shift.cashIn" : "shift.cashOut")).styleClass("cash-move-dialog");
        amount.getStyleClass().add("pay-amount");
        amount.setId("cash-amount");
        amount.setPromptText("0.00");
        reason.setId("cash-reason");
        reason.setPromptText(i18n.tr("priceOverride.reason"));
        ToggleGroup group = new ToggleGroup();
        FlowPane presets = new FlowPane(6, 6);
        for (String key : in ? new String[] {"shift.reason.change", "shift.reason.other"}
                : new String[] {"shift.reason.safe", "shift.reason.supplier", "shift.reason.other"}) {
            ToggleButton b = new ToggleButton(i18n.tr(key));
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.getStyleClass().add("choice-toggle");
            b.setOnAction(e -> reason.setText(b.isSelected() ? b.getText() : ""));
            presets.getChildren().add(b);
        }
        message.getStyleClass().add("dialog-message");
        VBox left = new VBox(10, new Label(i18n.tr("payment.amount")), amount, presets, reason, message);
        left.setPrefWidth(360);
        HBox content = new HBox(24, left, Keypad.into(amount, true));
        content.setAlignment(Pos.TOP_LEFT);
        Runnable ok = () -> {
            Money value;
            try {
                value = Money.parse(amount.getText());
            } catch (NumberFormatException | ArithmeticException e) {
                fail(i18n.tr("payment.badAmount", amount.getText()));
                return;
            }
            if (!value.isPositive()) {
                fail(i18n.tr("payment.badAmount", amount.getText()));
                return;
            }
            if (reason.getText().isBlank()) {
                fail(i18n.tr("priceOverride.reasonRequired"));
                return;
            }
            dialog.close();
            submit.accept(value, reason.getText().strip());
        };
        dialog.content(content).focus(amount);
        dialog.button(i18n.tr("dialog.cancel"), "Esc", dialog::close, false);
        dialog.button(i18n.tr("dialog.ok"), "Enter", ok, true);
        dialog.onEnter(ok);
    }

    void show() {
        ui.modals().open(dialog);
    }

    private void fail(String text) {
        message.setText(text);
        message.getStyleClass().add("error");
        ui.services().sounds().play(Sound.ERROR);
    }
}
