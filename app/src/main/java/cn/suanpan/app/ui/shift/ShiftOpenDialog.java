package cn.suanpan.app.ui.shift;

import cn.suanpan.app.ui.common.Keypad;
import cn.suanpan.app.ui.common.ModalDialog;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.shift.Shift;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Opening a shift: the float counted into the drawer, typed on the keypad. */
public final class ShiftOpenDialog {

    private final UiContext ui;
    private final ModalDialog dialog;
    private final TextField amount = new TextField();
    private final Label message = new Label();
    private final Consumer<Shift> opened;

    public ShiftOpenDialog(UiContext ui, Consumer<Shift> opened) {
        this.ui = ui;
        this.opened = opened;
        I18n i18n = ui.i18n();
        dialog = new ModalDialog(i18n.tr("shift.open.title")).styleClass("shift-open-dialog");
        Label explain = new Label(i18n.tr("shift.open.explain", ui.session().user().displayName()));
        explain.setWrapText(true);
        amount.setPromptText("0.00");
        amount.getStyleClass().add("pay-amount");
        amount.setId("float-amount");
        message.getStyleClass().add("dialog-message");
        message.setWrapText(true);
        VBox left = new VBox(12, explain, new Label(i18n.tr("shift.open.float")), amount, message);
        left.setPrefWidth(360);
        HBox content = new HBox(24, left, Keypad.into(amount, true));
        content.setAlignment(Pos.TOP_LEFT);
        dialog.content(content).focus(amount);
        dialog.button(i18n.tr("shift.open.later"), "Esc", dialog::close, false);
        dialog.button(i18n.tr("shift.open.confirm"), "Enter", this::submit, true);
        dialog.onEnter(this::submit);
    }

    public void show() {
        ui.modals().open(dialog);
    }

    private void submit() {
        Money value;
        try {
            value = amount.getText().isBlank() ? Money.ZERO : Money.parse(amount.getText());
        } catch (NumberFormatException | ArithmeticException e) {
            fail(Notice.error("payment.badAmount", amount.getText()));
            return;
        }
        ui.services().executor().submit(() -> ui.services().shifts().open(ui.session().user(), value), shift -> {
            ui.session().shiftProperty().set(shift);
            dialog.close();
            ui.toast(Notice.success("shift.opened", value.display()));
            opened.accept(shift);
        }, failure -> fail(Notice.failure(failure)));
    }

    private void fail(Notice n) {
        message.setText(n.text(ui.i18n()));
        message.getStyleClass().add("error");
        ui.services().sounds().play(Sound.ERROR);
    }
}
