package cn.suanpan.app.ui.hold;

import cn.suanpan.app.ui.common.ModalDialog;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.UiContext;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The held sales, newest last; a tap or the number key of one takes it up again. */
public final class RecallDialog {

    private final UiContext ui;
    private final ModalDialog dialog;
    private final VBox list = new VBox(8);
    private final Consumer<HeldCarts.Recalled> recalled;
    private List<HeldCarts.Held> held = List.of();

    public RecallDialog(UiContext ui, Consumer<HeldCarts.Recalled> recalled) {
        this.ui = ui;
        this.recalled = recalled;
        I18n i18n = ui.i18n();
        dialog = new ModalDialog(i18n.tr("recall.title")).styleClass("recall-dialog");
        list.getStyleClass().add("held-list");
        list.setPrefWidth(560);
        dialog.content(list);
        dialog.button(i18n.tr("dialog.back"), "Esc", dialog::close, false);
        dialog.onEnter(() -> {
            if (held.size() == 1) {
                recall(held.getFirst().number());
            }
        });
        dialog.onKey(e -> {
            if (e.getCode().isDigitKey()) {
                int index = Integer.parseInt(e.getText().isEmpty() ? "0" : e.getText()) - 1;
                if (index >= 0 && index < held.size()) {
                    e.consume();
                    recall(held.get(index).number());
                }
            }
        });
        ui.services().executor().submit(() -> ui.services().holds().list(), this::fill, f -> ui.toast(Notice.failure(f)));
    }

    public void show() {
        ui.modals().open(dialog);
    }

    private void fill(List<HeldCarts.Held> entries) {
        held = entries;
        list.getChildren().clear();
        I18n i18n = ui.i18n();
        if (entries.isEmpty()) {
            list.getChildren().add(new Label(i18n.tr("recall.none")));
            return;
        }
        int key = 1;
        for (HeldCarts.Held h : entries) {
            Label number = new Label(key <= 9 ? Integer.toString(key) : "");
            number.getStyleClass().add("action-key");
            Label title = new Label(i18n.tr("recall.entry", h.number(), h.lineCount(),
                    i18n.dateTime(h.heldAt(), ui.services().store().zone()), h.cashierName()));
            title.getStyleClass().add("held-title");
            Label member = new Label(h.memberName() == null ? "" : i18n.tr("sale.memberShort", h.memberName()));
            VBox text = new VBox(2, title, member);
            HBox row = new HBox(12, number, text);
            row.setAlignment(Pos.CENTER_LEFT);
            Button b = new Button();
            b.setGraphic(row);
            b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            b.getStyleClass().add("held-entry");
            b.setUserData(h.number());
            b.setOnAction(e -> recall(h.number()));
            list.getChildren().add(b);
            key++;
        }
        list.setMinHeight(Region.USE_PREF_SIZE);
    }

    private void recall(int number) {
        ui.services().executor().submit(() -> ui.services().holds().recall(number), back -> {
            dialog.close();
            recalled.accept(back);
        }, f -> ui.toast(Notice.failure(f)));
    }
}
