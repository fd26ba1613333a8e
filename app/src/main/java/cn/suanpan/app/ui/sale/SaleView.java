package cn.suanpan.app.ui.sale;

import cn.suanpan.app.ui.common.ActionButton;
import cn.suanpan.app.ui.common.ConfirmDialog;
import cn.suanpan.app.ui.common.Keypad;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.Navigator;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.app.ui.voice.VoicePanel;
import cn.suanpan.core.catalog.Category;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.members.Member;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.app.ui.payment.RecordedSale;
import cn.suanpan.hardware.scale.ScaleReading;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The counter screen: scan field and cart on the left with the total in the largest type,
 * category grid and keypad on the right, every action with its key in the bar below.
 * Only binds and forwards: the sale itself is the {@link SaleViewModel}'s, the dialogs are
 * opened through {@link SaleActions}.
 */
public final class SaleView {

    private static final double TILE_WIDTH = 132;
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final UiContext ui;
    private final SaleViewModel model;
    private final SaleActions actions;
    private final BorderPane root = new BorderPane();
    private final TextField scanField = new TextField();
    private final ListView<PricedLine> cart = new ListView<>();
    /** A cart row to check is in view after the next layout; -1 for none. */
    private int keepInView = -1;
    private int keepTries;
    private final Runnable keepRowInView = this::keepRowInView;
    private final VoicePanel voice;

    public SaleView(UiContext ui, SaleViewModel model, Navigator navigator) {
        this.ui = ui;
        this.model = model;
        this.actions = new SaleActions(ui, model, navigator);
        this.voice = new VoicePanel(ui, model, actions);
        root.getStyleClass().add("sale-screen");
        root.setCenter(body());
        root.setBottom(actionBar());
    }

    public Region root() {
        return root;
    }

    public void focusScan() {
        scanField.requestFocus();
    }

    private I18n i18n() {
        return ui.i18n();
    }

    // ---- keys

    /** Keys of the sale screen, from the scene's filter while no dialog is open. */
    public void handleKey(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        if (e.isShortcutDown() && code == KeyCode.Z) {
            model.undo();
        } else if (e.isShortcutDown() && code == KeyCode.L) {
            actions.lock();
        } else {
            switch (code) {
                case F1 -> {
                    scanField.requestFocus();
                    scanField.selectAll();
                }
                case F2 -> actions.hold();
                case F3 -> actions.recall();
                case F4 -> actions.member();
                case F5 -> actions.returns();
                case F6 -> actions.drawer();
                case F7 -> model.undo();
                case F8 -> voice.keyPressed();
                case F9 -> actions.exactCash();
                case F10 -> actions.pay();
                case F11 -> actions.discount(entry());
                case F12 -> actions.priceOverride(entry());
                case ESCAPE -> cancel();
                case DELETE -> actions.removeOrVoid();
                case UP -> moveSelection(-1);
                case DOWN -> moveSelection(1);
                default -> handled = false;
            }
        }
        if (handled) {
            e.consume();
            return;
        }
        if (!(ui.modals().root().getScene().getFocusOwner() instanceof TextInputControl)
                && e.getText() != null && !e.getText().isEmpty() && !code.isFunctionKey() && !code.isNavigationKey()
                && !e.isShortcutDown()) {
            // typing or a scanner burst lands in the scan field, wherever the focus was
            scanField.requestFocus();
        }
    }

    /** Typed characters: "*" sets the quantity, "+"/"-" step it, when the scan field holds a number or nothing. */
    public void handleTyped(KeyEvent e) {
        if (!scanField.isFocused()) {
            return;
        }
        String ch = e.getCharacter();
        String text = scanField.getText().strip();
        if ("*".equals(ch) && !text.isEmpty() && text.matches("[0-9.]+")) {
            e.consume();
            if (model.setQuantity(text)) {
                scanField.clear();
            }
        } else if (("+".equals(ch) || "-".equals(ch)) && text.isEmpty()) {
            e.consume();
            model.step("+".equals(ch) ? 1 : -1);
        }
    }

    private String entry() {
        return scanField.getText().strip();
    }

    private void cancel() {
        if (!scanField.getText().isEmpty()) {
            scanField.clear();
            model.search("");
            return;
        }
        if (model.cart().lines().isEmpty()) {
            return;
        }
        ConfirmDialog.open(ui.modals(), i18n(), i18n().tr("sale.cancelTitle"), i18n().tr("sale.cancelQuestion"),
                i18n().tr("sale.cancelYes"), model::cancelSale);
    }

    private void moveSelection(int delta) {
        int index = cart.getSelectionModel().getSelectedIndex() + delta;
        if (index >= 0 && index < cart.getItems().size()) {
            cart.getSelectionModel().select(index);
            show(index);
        }
    }

    // ---- layout

    private Region body() {
        VBox left = new VBox(8, scanBox(), voice.root(), cartHeader(), cart(), summary());
        left.getStyleClass().add("cart-pane");
        VBox.setVgrow(cart, Priority.ALWAYS);
        VBox right = new VBox(8, categoryTabs(), productGrid(), keypad());
        right.getStyleClass().add("catalog-pane");
        VBox.setVgrow(right.getChildren().get(1), Priority.ALWAYS);
        HBox body = new HBox(10, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.SOMETIMES);
        left.setPrefWidth(620);
        left.setMinWidth(470);
        right.setPrefWidth(560);
        right.setMinWidth(440);
        body.getStyleClass().add("sale-body");
        return body;
    }

    private Region scanBox() {
        scanField.setPromptText(i18n().tr("sale.scanPrompt"));
        scanField.getStyleClass().add("scan-field");
        scanField.setId("scan-field");
        scanField.setOnAction(e -> {
            if (model.enter(scanField.getText())) {
                scanField.clear();
            }
        });
        // search as you type, once the typing pauses; a short bare number is left alone (a quantity)
        PauseTransition typing = new PauseTransition(Duration.millis(150));
        typing.setOnFinished(e -> {
            String t = scanField.getText().strip();
            if (!t.matches("[0-9.]{1,3}")) {
                model.search(t);
            }
        });
        scanField.textProperty().addListener((obs, a, text) -> {
            if (text.isBlank()) {
                typing.stop();
                model.search("");
            } else {
                typing.playFromStart();
            }
        });
        FontIcon icon = new FontIcon(MaterialDesignB.BARCODE_SCAN);
        icon.getStyleClass().add("scan-icon");
        Label weight = new Label();
        weight.getStyleClass().add("scale-weight");
        weight.textProperty().bind(Bindings.createStringBinding(() -> {
            ScaleReading r = model.scaleReadingProperty().get();
            if (r instanceof ScaleReading.Weighed w && w.grams() != 0) {
                return i18n().tr(w.stable() ? "sale.scaleStable" : "sale.scaleMoving", w.kilograms().toPlainString());
            }
            return model.weighingProperty().get() ? i18n().tr("sale.scaleWaiting") : "";
        }, model.scaleReadingProperty(), model.weighingProperty()));
        HBox row = new HBox(8, icon, scanField, weight);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(scanField, Priority.ALWAYS);

        Label message = new Label();
        message.getStyleClass().add("sale-message");
        message.setId("sale-message");
        message.setWrapText(true);
        Button searchInstead = new Button(i18n().tr("sale.searchInstead") + "  F1");
        searchInstead.getStyleClass().addAll("small", "flat", "search-instead");
        searchInstead.setFocusTraversable(false);
        searchInstead.setOnAction(e -> {
            scanField.clear();
            scanField.requestFocus();
        });
        Runnable showNotice = () -> {
            Notice n = model.noticeProperty().get();
            message.setText(n.text(i18n()));
            message.pseudoClassStateChanged(ERROR, n.isError());
            message.pseudoClassStateChanged(WARNING, n.level() == Notice.Level.WARNING);
            boolean unknown = "sale.unknownBarcode".equals(n.key());
            searchInstead.setVisible(unknown);
            searchInstead.setManaged(unknown);
            if (n.isError()) {
                shake(scanField);
            }
        };
        model.noticeProperty().addListener((obs, a, n) -> showNotice.run());
        showNotice.run();
        HBox messageRow = new HBox(8, message, searchInstead);
        messageRow.setAlignment(Pos.CENTER_LEFT);
        messageRow.getStyleClass().add("sale-message-row");
        return new VBox(6, row, messageRow);
    }

    private static void shake(Node node) {
        javafx.animation.TranslateTransition t = new javafx.animation.TranslateTransition(Duration.millis(50), node);
        t.setFromX(0);
        t.setByX(8);
        t.setCycleCount(4);
        t.setAutoReverse(true);
        t.setOnFinished(e -> node.setTranslateX(0));
        t.play();
    }

    private Region cartHeader() {
        GridPane header = CartCell.grid();
        header.getStyleClass().add("cart-header");
        String[] titles = {"#", i18n().tr("cart.product"), i18n().tr("cart.quantity"), i18n().tr("cart.unitPrice"), i18n().tr("cart.amount")};
        for (int i = 0; i < titles.length; i++) {
            header.add(new Label(titles[i]), i, 0);
        }
        return header;
    }

    private Region cart() {
        cart.setItems(model.lines());
        cart.setCellFactory(v -> new CartCell(this::i18n));
        cart.setPlaceholder(new Label(i18n().tr("sale.emptyCart")));
        cart.setFocusTraversable(false);
        cart.getStyleClass().add("cart");
        cart.setId("cart");
        cart.getSelectionModel().selectedItemProperty().addListener((obs, a, line) -> {
            if (line != null) {
                model.select(line.line().lineNo());
            }
        });
        Runnable follow = () -> {
            int lineNo = model.selectedLineProperty().get();
            for (int i = 0; i < cart.getItems().size(); i++) {
                if (cart.getItems().get(i).line().lineNo() == lineNo) {
                    if (cart.getSelectionModel().getSelectedIndex() != i) {
                        cart.getSelectionModel().select(i);
                    }
                    show(i);
                    return;
                }
            }
            cart.getSelectionModel().clearSelection();
        };
        model.selectedLineProperty().addListener((obs, a, b) -> follow.run());
        cart.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(keepRowInView);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(keepRowInView);
            }
        });
        model.lines().addListener((ListChangeListener<PricedLine>) c -> follow.run());
        return cart;
    }

    /**
     * Brings a cart row into view with as little scrolling as it takes. The list may not
     * have taken in a change to its rows yet (it does so when laid out) and then places a
     * row it does not know of by an estimate, which can leave the newest row, the one just
     * scanned, below the bottom edge: so the row is looked at again once the list has been
     * laid out, before the frame is drawn.
     */
    private void show(int index) {
        keepInView = index;
        keepTries = 0;
        if (cart.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            cart.scrollTo(index);
        }
    }

    /**
     * After the layout of a pulse: the row {@link #show} asked for is fully in view, else it
     * is scrolled by the pixels it lacks, laid out again and looked at in the next pulse too
     * (the list may place it by its estimate once more), a few times at most.
     */
    private void keepRowInView() {
        int index = keepInView;
        if (index < 0) {
            return;
        }
        if (!(cart.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || index >= flow.getCellCount() || ++keepTries > 4) {
            keepInView = -1;
            return;
        }
        IndexedCell<?> cell = flow.getVisibleCell(index);
        if (cell == null) {
            flow.scrollTo(index);
        } else if (cell.getLayoutY() < 0) {
            flow.scrollPixels(cell.getLayoutY());
        } else if (cell.getLayoutY() + cell.getHeight() > flow.getHeight() + 0.5) {
            flow.scrollPixels(cell.getLayoutY() + cell.getHeight() - flow.getHeight());
        } else {
            keepInView = -1;
            return;
        }
        flow.layout();
        javafx.application.Platform.requestNextPulse();
    }

    private Region summary() {
        Label member = new Label();
        member.getStyleClass().add("member-line");
        member.textProperty().bind(Bindings.createStringBinding(() -> {
            Member m = model.memberProperty().get();
            if (m != null) {
                return i18n().tr("sale.memberLine", m.maskedPhone(), m.name() == null ? "" : m.name(), m.points());
            }
            PricedCart p = model.pricedProperty().get();
            return p != null && p.cart().member() != null ? i18n().tr("sale.memberShort", p.cart().member().name()) : "";
        }, model.memberProperty(), model.pricedProperty()));
        member.visibleProperty().bind(member.textProperty().isNotEmpty());
        member.managedProperty().bind(member.visibleProperty());

        Label subtotal = figure(p -> i18n().tr("sale.subtotal", p.subtotal().display()));
        Label savings = figure(p -> p.savings().isPositive() ? i18n().tr("sale.savings", p.savings().negate().display()) : "");
        savings.getStyleClass().add("savings");
        Label count = figure(p -> i18n().tr("sale.itemCount", pieces(p)));
        count.getStyleClass().add("item-count");
        count.setId("item-count");
        VBox small = new VBox(2, count, subtotal, savings);

        // between customers the change to hand back takes the total's place, in the same large type
        Label totalLabel = new Label();
        totalLabel.getStyleClass().add("total-label");
        Label total = new Label();
        total.getStyleClass().add("total-amount");
        total.setId("total-amount");
        javafx.beans.binding.BooleanBinding showChange = Bindings.createBooleanBinding(() -> {
            RecordedSale s = model.lastSaleProperty().get();
            return s != null && s.change().isPositive() && model.lines().isEmpty();
        }, model.lastSaleProperty(), model.pricedProperty());
        totalLabel.textProperty().bind(Bindings.when(showChange).then(i18n().tr("sale.changeDue")).otherwise(i18n().tr("sale.total")));
        total.textProperty().bind(Bindings.createStringBinding(() -> {
            if (showChange.get()) {
                return model.lastSaleProperty().get().change().display();
            }
            PricedCart p = model.pricedProperty().get();
            return p == null ? "" : p.total().display();
        }, model.pricedProperty(), showChange));
        showChange.addListener((obs, a, on) -> total.pseudoClassStateChanged(PseudoClass.getPseudoClass("change"), on));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox totals = new HBox(12, small, spacer, totalLabel, total);
        totals.setAlignment(Pos.CENTER_RIGHT);

        Label last = new Label();
        last.getStyleClass().add("last-sale");
        last.setId("last-sale");
        last.textProperty().bind(Bindings.createStringBinding(() -> {
            RecordedSale s = model.lastSaleProperty().get();
            if (s == null) {
                return "";
            }
            return i18n().tr("sale.lastSale", s.receiptNo(), s.tendered().display(), s.change().display());
        }, model.lastSaleProperty()));
        last.visibleProperty().bind(last.textProperty().isNotEmpty());
        last.managedProperty().bind(last.visibleProperty());

        VBox box = new VBox(6, member, last, totals);
        box.getStyleClass().add("total-box");
        return box;
    }

    private Label figure(Function<PricedCart, String> text) {
        Label l = new Label();
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            PricedCart p = model.pricedProperty().get();
            return p == null ? "" : text.apply(p);
        }, model.pricedProperty()));
        l.getStyleClass().add("figure");
        return l;
    }

    private static long pieces(PricedCart p) {
        return p.lines().stream().filter(l -> !l.voided())
                .mapToLong(l -> l.line().quantity() instanceof cn.suanpan.core.cart.Quantity.Pieces(int c) ? c : 1).sum();
    }

    private Region categoryTabs() {
        ToggleGroup group = new ToggleGroup();
        FlowPane tabs = new FlowPane(6, 6);
        tabs.getStyleClass().add("category-tabs");
        Runnable build = () -> {
            tabs.getChildren().clear();
            group.getToggles().clear();
            for (Category c : model.categories()) {
                ToggleButton b = new ToggleButton(c.displayName(i18n().locale()));
                b.setToggleGroup(group);
                b.setFocusTraversable(false);
                b.setUserData(c);
                b.setOnAction(e -> {
                    scanField.clear();
                    model.selectCategory(c);
                    b.setSelected(true);
                });
                tabs.getChildren().add(b);
            }
        };
        build.run();
        Runnable sync = () -> {
            boolean searching = !model.searchQueryProperty().get().isEmpty();
            Category current = model.categoryProperty().get();
            group.getToggles().forEach(t -> t.setSelected(!searching && t.getUserData().equals(current)));
        };
        model.categoryProperty().addListener((obs, a, b) -> sync.run());
        model.searchQueryProperty().addListener((obs, a, b) -> sync.run());
        // the categories arrive with the catalog index, which a large catalog builds after the screen shows
        model.categories().addListener((ListChangeListener<Category>) c -> {
            build.run();
            sync.run();
        });
        sync.run();
        Label loading = new Label(i18n().tr("sale.catalogLoadingGrid"));
        loading.setId("catalog-loading");
        loading.getStyleClass().add("search-results");
        loading.visibleProperty().bind(model.catalogLoadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        Label results = new Label();
        results.getStyleClass().add("search-results");
        results.textProperty().bind(Bindings.createStringBinding(() -> model.searchQueryProperty().get().isEmpty() ? ""
                : i18n().tr("sale.searchResults", model.searchQueryProperty().get(), model.gridProducts().size()),
                model.searchQueryProperty(), model.gridProducts()));
        results.visibleProperty().bind(results.textProperty().isNotEmpty());
        results.managedProperty().bind(results.visibleProperty());
        return new VBox(4, tabs, loading, results);
    }

    private Region productGrid() {
        TilePane grid = new TilePane(8, 8);
        grid.getStyleClass().add("product-grid");
        grid.setPrefTileWidth(TILE_WIDTH);
        grid.setPrefTileHeight(86);
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
        Label name = new Label(p.displayName(i18n().locale()));
        name.setWrapText(true);
        name.setMaxWidth(TILE_WIDTH - 16);
        name.setMinHeight(Region.USE_PREF_SIZE);
        name.getStyleClass().add("tile-name");
        Label price = new Label(p.price().display() + (p.weighed() ? "/kg" : ""));
        price.getStyleClass().add("tile-price");
        FontIcon icon = new FontIcon(CategoryIcons.of(p.categoryCode()));
        icon.getStyleClass().add("tile-icon");
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(6, price);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setMaxWidth(Double.MAX_VALUE);
        if (p.weighed()) {
            FontIcon scale = new FontIcon(MaterialDesignS.SCALE);
            scale.getStyleClass().add("tile-weighed");
            bottom.getChildren().add(scale);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bottom.getChildren().addAll(gap, icon);
        name.setMaxHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(2, name, spacer, bottom);
        content.setFillWidth(true);
        content.setAlignment(Pos.TOP_LEFT);
        Button b = new Button();
        b.setGraphic(content);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        b.getStyleClass().add("product-tile");
        b.setFocusTraversable(false);
        b.setUserData(p.sku());
        b.setOnAction(e -> {
            model.add(p);
            scanField.clear();
            focusScan();
        });
        return b;
    }

    private Region keypad() {
        GridPane digits = Keypad.create(key -> Keypad.type(scanField, key), false);
        Button qty = keyButton("\u00D7 " + i18n().tr("keypad.quantity"), "*", () -> {
            if (model.setQuantity(entry())) {
                scanField.clear();
            }
        });
        Button remove = keyButton(i18n().tr("keypad.remove"), "Del", actions::removeOrVoid);
        Button undo = keyButton(i18n().tr("keypad.undo"), "F7", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button discount = keyButton(i18n().tr("keypad.discount"), "F11", () -> actions.discount(entry()));
        Button price = keyButton(i18n().tr("keypad.price"), "F12", () -> actions.priceOverride(entry()));
        Button back = keyButton("\u232B", null, () -> Keypad.type(scanField, Keypad.BACKSPACE));
        digits.add(back, 3, 0);
        digits.add(qty, 3, 1);
        digits.add(remove, 3, 2);
        digits.add(undo, 3, 3);
        digits.add(discount, 4, 0, 1, 2);
        digits.add(price, 4, 2, 1, 2);
        digits.getStyleClass().add("sale-keypad");
        return digits;
    }

    private Button keyButton(String text, String key, Runnable action) {
        Button b = new Button();
        Label name = new Label(text);
        name.getStyleClass().add("keypad-function-name");
        VBox graphic = new VBox(0, name);
        graphic.setAlignment(Pos.CENTER);
        if (key != null) {
            Label k = new Label(key);
            k.getStyleClass().add("action-key");
            graphic.getChildren().add(k);
        }
        b.setGraphic(graphic);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().addAll("keypad-key", "keypad-function");
        b.setFocusTraversable(false);
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        GridPane.setHgrow(b, Priority.ALWAYS);
        GridPane.setVgrow(b, Priority.ALWAYS);
        b.setOnAction(e -> {
            action.run();
            focusScan();
        });
        return b;
    }

    private Region actionBar() {
        HBox bar = new HBox(6);
        bar.getStyleClass().add("action-bar");
        StringBinding pay = reason(model.payBlockedProperty());
        StringBinding hold = reason(model.holdBlockedProperty());
        StringBinding recall = reason(model.recallBlockedProperty());
        bar.getChildren().addAll(
                action("F2", "action.hold", MaterialDesignP.PAUSE_CIRCLE_OUTLINE, actions::hold, hold),
                action("F3", "action.recall", MaterialDesignP.PLAY_CIRCLE_OUTLINE, actions::recall, recall),
                action("F4", "action.member", MaterialDesignA.ACCOUNT_CARD_OUTLINE, actions::member, null),
                action("F5", "action.refund", MaterialDesignK.KEYBOARD_RETURN, actions::returns, recall),
                action("F6", "action.drawer", MaterialDesignC.CASH_REGISTER, actions::drawer, null),
                action("F8", "action.voice", MaterialDesignM.MICROPHONE_OUTLINE, voice::toggle, null),
                action("F9", "action.exactCash", MaterialDesignC.CASH, actions::exactCash, pay),
                action("F10", "action.pay", MaterialDesignC.CASH_MULTIPLE, actions::pay, pay),
                action("Esc", "action.cancel", MaterialDesignC.CLOSE_CIRCLE_OUTLINE, this::cancel, null));
        bar.getChildren().get(7).getStyleClass().add("pay-wrapper");
        ((javafx.scene.layout.StackPane) bar.getChildren().get(7)).getChildren().getFirst().getStyleClass().add("pay-button");
        for (Node n : bar.getChildren()) {
            // equal widths whatever the labels say; the pay key twice as wide
            HBox.setHgrow(n, Priority.ALWAYS);
            ((Region) n).setPrefWidth(90);
            ((Region) n).setMinWidth(0);
        }
        ((Region) bar.getChildren().get(7)).setPrefWidth(180);
        return bar;
    }

    private Node action(String key, String textKey, org.kordamp.ikonli.Ikon icon, Runnable run, ObservableValue<String> blocked) {
        ActionButton b = new ActionButton(key, i18n().tr(textKey), icon).onAction(() -> {
            run.run();
            if (!ui.modals().isOpen()) {
                focusScan();
            }
        });
        if (blocked != null) {
            b.disabledWhile(blocked);
        }
        b.button().setId("action-" + key);
        return b.node();
    }

    private StringBinding reason(StringBinding key) {
        return Bindings.createStringBinding(() -> key.get() == null ? null : i18n().tr(key.get()), key);
    }

    static final class CategoryIcons {
        private CategoryIcons() {
        }

        static org.kordamp.ikonli.Ikon of(String category) {
            if (category == null) {
                return MaterialDesignS.SHOPPING_OUTLINE;
            }
            return switch (category) {
                case "drinks" -> MaterialDesignB.BOTTLE_SODA_CLASSIC_OUTLINE;
                case "snacks" -> MaterialDesignC.COOKIE_OUTLINE;
                case "noodles" -> MaterialDesignN.NOODLES;
                case "daily" -> MaterialDesignS.SPRAY_BOTTLE;
                case "dairy" -> MaterialDesignC.CUP_OUTLINE;
                case "bakery" -> MaterialDesignB.BREAD_SLICE_OUTLINE;
                case "frozen" -> MaterialDesignS.SNOWFLAKE_VARIANT;
                case "condiments" -> MaterialDesignS.SHAKER_OUTLINE;
                case "weighed" -> MaterialDesignS.SCALE;
                default -> MaterialDesignT.TAG_OUTLINE;
            };
        }
    }
}
