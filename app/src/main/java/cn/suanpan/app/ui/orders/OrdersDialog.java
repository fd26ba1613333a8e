package cn.suanpan.app.ui.orders;

import cn.suanpan.app.ui.common.ModalDialog;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.money.Money;
import cn.suanpan.sync.protocol.OnlineOrder;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The online orders still to hand over, each with the button that moves it on and a ticket reprint. */
public final class OrdersDialog {

    private final UiContext ui;
    private final OrderDesk desk;
    private final ModalDialog dialog;
    private final VBox list = new VBox(8);
    private final ListChangeListener<OnlineOrder> refill = c -> fill();

    public OrdersDialog(UiContext ui, OrderDesk desk) {
        this.ui = ui;
        this.desk = desk;
        I18n i18n = ui.i18n();
        dialog = new ModalDialog(i18n.tr("orders.title")).styleClass("orders-dialog");
        list.setPrefWidth(640);
        list.setId("orders-list");
        dialog.content(list);
        dialog.button(i18n.tr("dialog.back"), "Esc", dialog::close, false);
        dialog.onEscape(dialog::close);
        desk.open().addListener(refill);
        dialog.onClosed(() -> desk.open().removeListener(refill));
        fill();
    }

    public void show() {
        ui.modals().open(dialog);
    }

    private void fill() {
        I18n i18n = ui.i18n();
        list.getChildren().clear();
        if (desk.open().isEmpty()) {
            list.getChildren().add(new Label(i18n.tr("orders.none")));
            return;
        }
        for (OnlineOrder o : desk.open()) {
            Label title = new Label(i18n.tr("orders.entry", o.number(), i18n.dateTime(o.placedAt(), ui.services().store().zone()),
                    Money.ofFen(o.totalFen()).display(), i18n.tr("orders.status." + o.status())));
            title.getStyleClass().add("held-title");
            Label lines = new Label(o.lines().stream().map(l -> l.name() + " ×" + OrderTicket.quantity(l.quantityMilli()))
                    .collect(Collectors.joining(", ")) + (o.note() == null || o.note().isBlank() ? "" : " · " + o.note()));
            lines.setWrapText(true);
            VBox text = new VBox(2, title, lines);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(10, text);
            row.setAlignment(Pos.CENTER_LEFT);
            OrderDesk.next(o.status()).ifPresent(next -> {
                Button move = new Button(i18n.tr("orders.to." + next));
                move.getStyleClass().add("accent");
                move.setId("order-" + next + "-" + o.number());
                move.setFocusTraversable(false);
                move.setOnAction(e -> desk.move(o, next));
                row.getChildren().add(move);
            });
            Button ticket = new Button(i18n.tr("orders.reprintTicket"));
            ticket.setFocusTraversable(false);
            ticket.setOnAction(e -> desk.printTicket(o));
            row.getChildren().add(ticket);
            row.getStyleClass().add("held-entry");
            list.getChildren().add(row);
        }
        list.setMinHeight(Region.USE_PREF_SIZE);
    }
}
