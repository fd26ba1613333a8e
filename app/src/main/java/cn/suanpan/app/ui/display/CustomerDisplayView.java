package cn.suanpan.app.ui.display;

import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.payment.RecordedSale;
import cn.suanpan.app.ui.sale.SaleViewModel;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.core.setup.StoreInfo;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the customer sees on the second monitor: the shop, the items as they are scanned,
 * the total in very large type, a welcome between customers and the thanks (and change)
 * after paying. It mirrors the sale's view model; it has no controls.
 */
public final class CustomerDisplayView {

    private final BorderPane root = new BorderPane();

    public CustomerDisplayView(SaleViewModel model, StoreInfo store, I18n i18n) {
        root.getStyleClass().add("customer-display");
        Label shop = new Label(i18n.chinese() || store.storeNameEn() == null ? store.storeName() : store.storeNameEn());
        shop.getStyleClass().add("cd-shop");
        root.setTop(shop);

        ListView<PricedLine> lines = new ListView<>(model.lines());
        lines.setFocusTraversable(false);
        lines.setMouseTransparent(true);
        lines.getStyleClass().add("cd-lines");
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PricedLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null || line.voided()) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(line.line().product().displayName(i18n.locale()) + "  × " + line.line().quantity().display());
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Label amount = new Label(line.lineTotal().display());
                HBox row = new HBox(8, name, spacer, amount);
                row.getStyleClass().add("cd-line");
                setGraphic(row);
            }
        });
        lines.scrollTo(Math.max(0, model.lines().size() - 1));
        model.lines().addListener((javafx.collections.ListChangeListener<PricedLine>) c -> lines.scrollTo(Math.max(0, model.lines().size() - 1)));

        Label message = new Label();
        message.getStyleClass().add("cd-message");
        message.setId("cd-message");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            RecordedSale last = model.lastSaleProperty().get();
            if (last != null) {
                return last.change().isPositive()
                        ? i18n.tr("display.thanksChange", last.change().display()) : i18n.tr("display.thanks");
            }
            return model.lines().isEmpty() ? i18n.tr("display.welcome") : "";
        }, model.lastSaleProperty(), model.lines()));
        Label total = new Label();
        total.getStyleClass().add("cd-total");
        total.setId("cd-total");
        total.textProperty().bind(Bindings.createStringBinding(() -> {
            PricedCart p = model.pricedProperty().get();
            RecordedSale last = model.lastSaleProperty().get();
            if (last != null) {
                return last.total().display();
            }
            return p == null ? "" : p.total().display();
        }, model.pricedProperty(), model.lastSaleProperty()));
        Label savings = new Label();
        savings.getStyleClass().add("cd-savings");
        savings.textProperty().bind(Bindings.createStringBinding(() -> {
            PricedCart p = model.pricedProperty().get();
            return p != null && p.savings().isPositive() ? i18n.tr("display.savings", p.savings().display()) : "";
        }, model.pricedProperty()));
        Label totalLabel = new Label(i18n.tr("display.total"));
        totalLabel.getStyleClass().add("cd-total-label");
        VBox side = new VBox(16, message, totalLabel, total, savings);
        side.setAlignment(Pos.CENTER);
        side.getStyleClass().add("cd-side");
        side.setPrefWidth(420);
        HBox center = new HBox(20, lines, side);
        HBox.setHgrow(lines, Priority.ALWAYS);
        root.setCenter(center);
    }

    public Region root() {
        return root;
    }
}
