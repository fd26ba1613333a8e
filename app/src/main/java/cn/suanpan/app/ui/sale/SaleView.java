package cn.suanpan.app.ui.sale;

import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.catalog.Category;
import cn.suanpan.core.catalog.Product;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The counter screen: scan field and cart on the left, product grid on the right. */
public final class SaleView {

    private static final double TILE_WIDTH = 138;

    private final SaleViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TextField scanField = new TextField();

    public SaleView(SaleViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.getStyleClass().add("sale-screen");
        root.setTop(statusBar());
        root.setCenter(body());
        root.setBottom(actionBar());
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(15), e -> model.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
    }

    public Parent root() {
        return root;
    }

    public void focusScan() {
        scanField.requestFocus();
    }

    /** Keys that work wherever the focus is. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.clearSale();
                e.consume();
            }
            if (!scanField.isFocused() && e.getText() != null && !e.getText().isEmpty() && !e.getCode().isFunctionKey()) {
                // a scanner burst or typing always lands in the scan field
                scanField.requestFocus();
            }
        });
    }

    private Region statusBar() {
        Label brand = new Label(i18n.tr("app.brand"));
        brand.getStyleClass().add("brand");
        Label store = new Label(model.storeName() + " · " + i18n.tr("status.terminal", model.terminalCode()));
        Label cashier = new Label(i18n.tr("status.cashier", "王芳"));
        Label offline = new Label(i18n.tr("status.offline", 0));
        offline.getStyleClass().add("status-offline");
        Label clock = new Label();
        clock.textProperty().bind(model.clockProperty());
        clock.getStyleClass().add("clock");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, brand, store, spacer, cashier, offline, clock);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private Region body() {
        VBox left = new VBox(8, scanBox(), cartTable(), totalBox());
        left.getStyleClass().add("cart-pane");
        VBox.setVgrow(left.getChildren().get(1), Priority.ALWAYS);
        VBox right = new VBox(8, categoryTabs(), productGrid());
        right.getStyleClass().add("catalog-pane");
        VBox.setVgrow(right.getChildren().get(1), Priority.ALWAYS);
        HBox body = new HBox(12, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setPrefWidth(560);
        right.setPrefWidth(640);
        HBox.setHgrow(right, Priority.ALWAYS);
        body.setPadding(new Insets(12));
        return body;
    }

    private Region scanBox() {
        scanField.setPromptText(i18n.tr("sale.scanPrompt"));
        scanField.getStyleClass().add("scan-field");
        scanField.setOnAction(e -> {
            model.scan(scanField.getText());
            scanField.clear();
        });
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("sale-message");
        model.messageIsErrorProperty().addListener((obs, was, isError) -> message.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), isError));
        return new VBox(4, scanField, message);
    }

    private Region cartTable() {
        TableView<CartRow> table = new TableView<>(model.cart());
        table.setPlaceholder(new Label(i18n.tr("sale.emptyCart")));
        table.setFocusTraversable(false);
        table.getStyleClass().add("cart-table");
        table.getColumns().add(column("#", 48, r -> Integer.toString(r.number()), "col-number"));
        TableColumn<CartRow, String> name = column(i18n.tr("cart.product"), 240, CartRow::name, "col-name");
        table.getColumns().add(name);
        table.getColumns().add(column(i18n.tr("cart.quantity"), 80, r -> Long.toString(r.quantity()), "col-money"));
        table.getColumns().add(column(i18n.tr("cart.unitPrice"), 100, r -> r.product().price().plain(), "col-money"));
        table.getColumns().add(column(i18n.tr("cart.amount"), 110, r -> r.amount().plain(), "col-money"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.cart().addListener((ListChangeListener<CartRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasReplaced()) {
                    table.getSelectionModel().select(c.getFrom());
                    table.scrollTo(c.getFrom());
                }
            }
        });
        return table;
    }

    private static TableColumn<CartRow, String> column(String title, double width, java.util.function.Function<CartRow, String> value, String style) {
        TableColumn<CartRow, String> col = new TableColumn<>(title);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        col.setPrefWidth(width);
        col.getStyleClass().add(style);
        col.setSortable(false);
        col.setReorderable(false);
        return col;
    }

    private Region totalBox() {
        Label count = new Label();
        count.textProperty().bind(model.itemCountProperty());
        count.getStyleClass().add("item-count");
        Label label = new Label(i18n.tr("sale.total"));
        label.getStyleClass().add("total-label");
        Label total = new Label();
        total.textProperty().bind(model.totalProperty());
        total.getStyleClass().add("total-amount");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(12, count, spacer, label, total);
        box.setAlignment(Pos.BASELINE_RIGHT);
        box.getStyleClass().add("total-box");
        return box;
    }

    private Region categoryTabs() {
        ToggleGroup group = new ToggleGroup();
        FlowPane tabs = new FlowPane(6, 6);
        tabs.getStyleClass().add("category-tabs");
        for (Category c : model.categories()) {
            ToggleButton b = new ToggleButton(c.displayName(i18n.locale()));
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                model.selectCategory(c);
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
            });
            tabs.getChildren().add(b);
        }
        if (!tabs.getChildren().isEmpty()) {
            ((ToggleButton) tabs.getChildren().get(0)).setSelected(true);
        }
        return tabs;
    }

    private Region productGrid() {
        TilePane grid = new TilePane(8, 8);
        grid.getStyleClass().add("product-grid");
        grid.setPrefTileWidth(TILE_WIDTH);
        grid.setPrefTileHeight(84);
        Runnable fill = () -> {
            grid.getChildren().clear();
            for (Product p : model.gridProducts()) {
                grid.getChildren().add(tile(p));
            }
        };
        model.gridProducts().addListener((ListChangeListener<Product>) c -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("product-scroll");
        return scroll;
    }

    private Button tile(Product p) {
        Label name = new Label(p.displayName(i18n.locale()));
        name.setWrapText(true);
        name.setMaxWidth(TILE_WIDTH - 16);
        name.setMinHeight(Region.USE_PREF_SIZE);
        name.getStyleClass().add("tile-name");
        Label price = new Label(p.price().display() + (p.weighed() ? "/kg" : ""));
        price.getStyleClass().add("tile-price");
        VBox content = new VBox(4, name, price);
        content.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button();
        b.setGraphic(content);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        b.getStyleClass().add("product-tile");
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            model.add(p);
            focusScan();
        });
        return b;
    }

    private Region actionBar() {
        HBox bar = new HBox(8);
        bar.getStyleClass().add("action-bar");
        String[][] actions = {
            {"F2", "action.hold"}, {"F3", "action.recall"}, {"F4", "action.member"}, {"F5", "action.refund"},
            {"F6", "action.drawer"}, {"F8", "action.voice"}, {"F9", "action.exactCash"}, {"F10", "action.pay"},
        };
        for (String[] a : actions) {
            Button b = new Button(a[0] + "  " + i18n.tr(a[1]));
            b.setFocusTraversable(false);
            b.setDisable(true);
            b.setTooltip(new Tooltip(i18n.tr("action.notYet")));
            if ("F10".equals(a[0])) {
                b.getStyleClass().add("pay-button");
            }
            bar.getChildren().add(b);
        }
        Button cancel = new Button("Esc  " + i18n.tr("action.cancel"));
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> model.clearSale());
        bar.getChildren().add(cancel);
        return bar;
    }
}
