package cn.suanpan.app.ui.settings;

import cn.suanpan.app.ui.common.ScreenFrame;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.override.Guard;
import cn.suanpan.app.ui.session.Screen;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.app.ui.voice.VoiceSettingsSection;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.setup.StoreInfo;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The terminal's settings: the store (as the cloud set it up), receipt texts, language,
 * look, scanner timing, sounds, the customer display and training mode, and the devices.
 */
public final class SettingsView implements Screen {

    private final UiContext ui;
    private final SettingsViewModel model;
    private final Runnable back;
    private final Region root;

    public SettingsView(UiContext ui, SettingsViewModel model, Runnable back) {
        this.ui = ui;
        this.model = model;
        this.back = back;
        I18n i18n = ui.i18n();

        VBox left = new VBox(18, storeSection(i18n), receiptSection(i18n), devicesSection(i18n));
        VBox right = new VBox(18, languageSection(i18n), lookSection(i18n), scannerSection(i18n), counterSection(i18n),
                VoiceSettingsSection.create(ui));
        left.setPrefWidth(560);
        right.setPrefWidth(600);
        HBox columns = new HBox(32, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        Label saved = new Label();
        saved.getStyleClass().add("dialog-message");
        saved.setId("settings-message");
        model.noticeProperty().addListener((obs, a, n) -> saved.setText(n.text(ui.i18n())));
        VBox content = new VBox(12, columns, saved);
        content.setPadding(new Insets(12, 4, 12, 4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("settings-scroll");
        root = ScreenFrame.of(i18n.tr("settings.title"), i18n.tr("screen.backToSale"), back, scroll);
    }

    @Override
    public Region root() {
        return root;
    }

    @Override
    public void handleKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            model.saveReceiptTexts();
            back.run();
        }
    }

    private static VBox section(String title, Node... rows) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox box = new VBox(8, t);
        box.getChildren().addAll(rows);
        box.getStyleClass().add("settings-section");
        return box;
    }

    private static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(labels);
        return g;
    }

    private Node storeSection(I18n i18n) {
        StoreInfo s = ui.services().store();
        GridPane g = form();
        String[][] rows = {
            {i18n.tr("settings.store.name"), s.storeName() + (s.storeNameEn() == null ? "" : " / " + s.storeNameEn())},
            {i18n.tr("settings.store.code"), s.storeCode() + "-" + s.terminalCode()},
            {i18n.tr("settings.store.address"), s.address()},
            {i18n.tr("settings.store.phone"), s.phone()},
            {i18n.tr("settings.store.zone"), s.zone().getId()},
        };
        for (int i = 0; i < rows.length; i++) {
            Label k = new Label(rows[i][0]);
            k.getStyleClass().add("form-label");
            g.add(k, 0, i);
            g.add(new Label(rows[i][1]), 1, i);
        }
        Label note = new Label(i18n.tr("settings.store.fromCloud"));
        note.getStyleClass().add("dialog-message");
        note.setWrapText(true);
        return section(i18n.tr("settings.store"), g, note);
    }

    private Node receiptSection(I18n i18n) {
        TextField header = new TextField();
        header.setPromptText(ui.services().store().storeName());
        header.setId("receipt-header");
        header.textProperty().bindBidirectional(model.receiptHeaderProperty());
        TextArea footer = new TextArea();
        footer.setPrefRowCount(3);
        footer.setId("receipt-footer");
        footer.textProperty().bindBidirectional(model.receiptFooterProperty());
        header.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.saveReceiptTexts();
            }
        });
        footer.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.saveReceiptTexts();
            }
        });
        java.util.Optional<String> shopHeader = model.shopReceiptHeader();
        java.util.Optional<String> shopFooter = model.shopReceiptFooter();
        if (shopHeader.isEmpty() && shopFooter.isEmpty()) {
            return section(i18n.tr("settings.receipt"), new Label(i18n.tr("settings.receipt.header")), header,
                    new Label(i18n.tr("settings.receipt.footer")), footer);
        }
        // the shop's lines print instead of the terminal's own: shown as they print, read-only, and
        // the terminal's own still editable below, for a shop that stops setting them
        VBox box = new VBox(8);
        Label note = new Label(i18n.tr("settings.receipt.fromShop"));
        note.setId("receipt-from-shop");
        note.getStyleClass().add("dialog-message");
        note.setWrapText(true);
        box.getChildren().add(note);
        shopHeader.ifPresent(text -> {
            TextField shown = new TextField(text);
            shown.setId("receipt-header-shop");
            shown.setEditable(false);
            shown.setFocusTraversable(false);
            shown.getStyleClass().add("shop-setting");
            box.getChildren().addAll(new Label(i18n.tr("settings.receipt.shopHeader")), shown);
        });
        shopFooter.ifPresent(text -> {
            TextArea shown = new TextArea(text);
            shown.setId("receipt-footer-shop");
            shown.setEditable(false);
            shown.setFocusTraversable(false);
            // a row more than the lines, so that a short footer shows without a scroll bar
            shown.setPrefRowCount(Math.min(4, (int) text.lines().count() + 1));
            shown.getStyleClass().add("shop-setting");
            box.getChildren().addAll(new Label(i18n.tr("settings.receipt.shopFooter")), shown);
        });
        Label own = new Label(i18n.tr("settings.receipt.own"));
        own.getStyleClass().add("dialog-message");
        own.setWrapText(true);
        box.getChildren().addAll(own,
                new Label(i18n.tr(shopHeader.isPresent() ? "settings.receipt.ownHeaderUnused" : "settings.receipt.header")), header,
                new Label(i18n.tr(shopFooter.isPresent() ? "settings.receipt.ownFooterUnused" : "settings.receipt.footer")), footer);
        return section(i18n.tr("settings.receipt"), box);
    }

    private Node devicesSection(I18n i18n) {
        return section(i18n.tr("settings.devices"), new DeviceSettingsView(ui, new DeviceSettingsViewModel(ui.services())).root());
    }

    private Node languageSection(I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton zh = choice("中文", group, "lang-zh");
        ToggleButton en = choice("English", group, "lang-en");
        (model.languageProperty().get().getLanguage().equals("zh") ? zh : en).setSelected(true);
        zh.setOnAction(e -> {
            zh.setSelected(true);
            model.languageProperty().set(Locale.SIMPLIFIED_CHINESE);
        });
        en.setOnAction(e -> {
            en.setSelected(true);
            model.languageProperty().set(Locale.ENGLISH);
        });
        return section(i18n.tr("settings.language"), new HBox(8, zh, en));
    }

    private Node lookSection(I18n i18n) {
        ToggleGroup theme = new ToggleGroup();
        ToggleButton light = choice(i18n.tr("settings.theme.light"), theme, "theme-light");
        ToggleButton dark = choice(i18n.tr("settings.theme.dark"), theme, "theme-dark");
        (model.darkProperty().get() ? dark : light).setSelected(true);
        light.setOnAction(e -> {
            light.setSelected(true);
            model.darkProperty().set(false);
        });
        dark.setOnAction(e -> {
            dark.setSelected(true);
            model.darkProperty().set(true);
        });
        HBox accents = new HBox(8);
        ToggleGroup accentGroup = new ToggleGroup();
        for (String a : UiSettings.ACCENTS) {
            ToggleButton b = choice(i18n.tr("settings.accent." + a), accentGroup, "accent-" + a);
            b.getStyleClass().addAll("accent-swatch", "swatch-" + a);
            b.setSelected(a.equals(model.accentProperty().get()));
            b.setOnAction(e -> {
                b.setSelected(true);
                model.accentProperty().set(a);
            });
            accents.getChildren().add(b);
        }
        Spinner<Integer> font = new Spinner<>(UiSettings.MIN_FONT, UiSettings.MAX_FONT, model.fontSizeProperty().get());
        font.setId("font-size");
        font.valueProperty().addListener((obs, a, v) -> model.fontSizeProperty().set(v));
        font.setPrefWidth(110);
        GridPane g = form();
        g.addRow(0, new Label(i18n.tr("settings.theme")), new HBox(8, light, dark));
        g.addRow(1, new Label(i18n.tr("settings.accent")), accents);
        g.addRow(2, new Label(i18n.tr("settings.fontSize")), font);
        return section(i18n.tr("settings.look"), g);
    }

    private Node scannerSection(I18n i18n) {
        Spinner<Integer> gap = new Spinner<>(5, 1000, model.scannerGapProperty().get(), 5);
        gap.setEditable(true);
        gap.setId("scanner-gap");
        gap.setPrefWidth(110);
        gap.valueProperty().addListener((obs, a, v) -> model.scannerGapProperty().set(v));
        Spinner<Integer> min = new Spinner<>(1, 30, model.scannerMinLengthProperty().get());
        min.setPrefWidth(110);
        min.valueProperty().addListener((obs, a, v) -> model.scannerMinLengthProperty().set(v));
        GridPane g = form();
        g.addRow(0, new Label(i18n.tr("settings.scanner.gap")), gap);
        g.addRow(1, new Label(i18n.tr("settings.scanner.minLength")), min);
        Label note = new Label(i18n.tr("settings.scanner.note"));
        note.setWrapText(true);
        note.getStyleClass().add("dialog-message");
        return section(i18n.tr("settings.scanner"), g, note);
    }

    private Node counterSection(I18n i18n) {
        CheckBox sounds = new CheckBox(i18n.tr("settings.sounds"));
        sounds.selectedProperty().bindBidirectional(model.soundsProperty());
        CheckBox display = new CheckBox(i18n.tr("settings.customerWindow"));
        display.setId("customer-window");
        display.selectedProperty().bindBidirectional(model.customerWindowProperty());
        Button training = new Button();
        training.setId("training-toggle");
        training.getStyleClass().add("screen-button");
        training.setFocusTraversable(false);
        training.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.tr(
                ui.session().training() ? "settings.training.off" : "settings.training.on"), ui.session().trainingProperty()));
        training.setOnAction(e -> new Guard(ui).require(Permission.TRAINING_MODE,
                auth -> ui.session().trainingProperty().set(!ui.session().training())));
        Label note = new Label(i18n.tr("settings.training.note"));
        note.setWrapText(true);
        note.getStyleClass().add("dialog-message");
        VBox box = new VBox(8, sounds, display, training, note);
        box.setAlignment(Pos.TOP_LEFT);
        return section(i18n.tr("settings.counter"), box);
    }

    private static ToggleButton choice(String text, ToggleGroup group, String id) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.getStyleClass().add("choice-toggle");
        b.setId(id);
        return b;
    }
}
