package cn.suanpan.app.ui.settings;

import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.override.Guard;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.hardware.config.DeviceType;
import cn.suanpan.hardware.config.DrawerType;
import cn.suanpan.hardware.config.PrinterType;
import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.escpos.DrawerPin;
import cn.suanpan.hardware.scale.ScaleProtocol;
import cn.suanpan.hardware.scanner.ScannerSettings;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * The devices form of the settings screen: printer connection and paper, kitchen printer,
 * cash drawer, scanner, scale and pole display, with "apply", "test print" and "open drawer".
 * Port fields list the serial ports the system knows and take any typed path, since virtual
 * and some USB-serial ports are not listed.
 */
final class DeviceSettingsView {

    private final UiContext ui;
    private final DeviceSettingsViewModel model;
    private final I18n i18n;
    private final ObservableList<String> ports = FXCollections.observableArrayList();

    DeviceSettingsView(UiContext ui, DeviceSettingsViewModel model) {
        this.ui = ui;
        this.model = model;
        this.i18n = ui.i18n();
        ui.services().executor().submit(() -> cn.suanpan.hardware.config.Devices.serialPorts().stream()
                .map(p -> p.contains(" (") ? p.substring(0, p.indexOf(" (")) : p).toList(), ports::setAll, f -> { });
    }

    Node root() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(labels);
        int row = 0;
        g.addRow(row++, label("settings.device.printer"),
                choice("dev-printer-type", PrinterType.values(), model.printerType, t -> i18n.tr("devices.type." + word(t))),
                port("dev-printer-address", model.printerAddress, "devices.address.prompt"));
        g.addRow(row++, label("devices.paper"),
                choice("dev-paper", PaperWidth.values(), model.paper, p -> i18n.tr("devices.paper.mm", p == PaperWidth.MM58 ? 58 : 80)),
                choice("dev-charset", PrinterCharset.values(), model.charset, Enum::name));
        g.addRow(row++, label("devices.kitchen"),
                choice("dev-kitchen-type", PrinterType.values(), model.kitchenType, t -> i18n.tr("devices.type." + word(t))),
                port("dev-kitchen-address", model.kitchenAddress, "devices.address.prompt"));
        Spinner<Integer> pulse = new Spinner<>(2, 510, model.pulseOn.get(), 10);
        pulse.setEditable(true);
        pulse.setPrefWidth(90);
        pulse.setId("dev-drawer-pulse");
        Label pulseUnit = new Label(i18n.tr("devices.pulseMs"));
        pulse.valueProperty().addListener((obs, a, v) -> model.pulseOn.set(v));
        HBox kick = new HBox(8, choice("dev-drawer-pin", DrawerPin.values(), model.drawerPin,
                p -> i18n.tr("devices.pin", p == DrawerPin.PIN_2 ? 2 : 5)), pulse, pulseUnit);
        kick.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        g.addRow(row++, label("settings.device.drawer"),
                choice("dev-drawer-type", DrawerType.values(), model.drawerType, t -> i18n.tr("devices.drawer." + word(t))), kick);
        g.addRow(row++, new Label(), new Label(), port("dev-drawer-port", model.drawerPort, "devices.drawer.port"));
        g.addRow(row++, label("settings.device.scanner"),
                choice("dev-scanner-type", DeviceType.values(), model.scannerType, t -> i18n.tr("devices.type." + word(t))),
                port("dev-scanner-port", model.scannerPort, "devices.port.prompt"));
        g.addRow(row++, new Label(), new Label(), choice("dev-scanner-suffix", ScannerSettings.Suffix.values(), model.scannerSuffix,
                s -> i18n.tr("devices.suffix." + s.name().toLowerCase(Locale.ROOT))));
        g.addRow(row++, label("settings.device.scale"),
                choice("dev-scale-type", DeviceType.values(), model.scaleType, t -> i18n.tr("devices.type." + word(t))),
                port("dev-scale-port", model.scalePort, "devices.port.prompt"));
        g.addRow(row++, new Label(), new Label(), choice("dev-scale-protocol", ScaleProtocol.Kind.values(), model.scaleProtocol,
                k -> i18n.tr(k == ScaleProtocol.Kind.CONTINUOUS_ASCII ? "devices.scale.continuous" : "devices.scale.toledo")));
        g.addRow(row++, label("settings.device.poleDisplay"),
                choice("dev-display-type", DeviceType.values(), model.displayType, t -> i18n.tr("devices.type." + word(t))),
                port("dev-display-port", model.displayPort, "devices.port.prompt"));

        Button apply = button("devices.apply", "dev-apply", model::apply);
        apply.getStyleClass().add("accent");
        Button test = button("devices.testPrint", "dev-test-print", () -> model.testPrint(i18n));
        Button drawer = button("devices.openDrawer", "dev-open-drawer", this::openDrawer);
        Label message = new Label();
        message.setId("devices-message");
        message.setWrapText(true);
        message.getStyleClass().add("dialog-message");
        model.noticeProperty().addListener((obs, a, n) -> message.setText(n.text(ui.i18n())));
        Label note = new Label(i18n.tr("devices.note"));
        note.setWrapText(true);
        note.getStyleClass().add("dialog-message");
        return new VBox(10, g, new HBox(8, apply, test, drawer), message, note);
    }

    /** A no-sale: needs the permission, is recorded against the shift, then kicks the drawer. */
    private void openDrawer() {
        if (ui.session().shift() == null) {
            model.noticeProperty().set(Notice.warning("sale.reason.noShift"));
            return;
        }
        new Guard(ui).require(Permission.NO_SALE, auth -> ui.services().executor().submit(
                () -> ui.services().shifts().noSale(auth, null),
                movement -> ui.services().devices().drawer().open().whenComplete((ok, failure) -> ui.services().uiThread().execute(() ->
                        model.noticeProperty().set(failure == null ? Notice.success("sale.drawerOpened") : Notice.failure(failure)))),
                f -> model.noticeProperty().set(Notice.failure(f))));
    }

    private Label label(String key) {
        Label l = new Label(i18n.tr(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(i18n.tr(key));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private <E> ComboBox<E> choice(String id, E[] values, ObjectProperty<E> value, Function<E, String> text) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(List.of(values)));
        box.setId(id);
        box.setFocusTraversable(false);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : text.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        // wide enough for the longest choice in the form's own font, so none is cut short
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPrefWidth(90);
        box.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> box.setPrefWidth(Math.max(90,
                        56 + List.of(values).stream().mapToDouble(v -> textWidth(box, text.apply(v))).max().orElse(40))));
            }
        });
        return box;
    }

    private ComboBox<String> port(String id, StringProperty value, String promptKey) {
        ComboBox<String> box = new ComboBox<>(ports);
        box.setEditable(true);
        box.setId(id);
        box.setPrefWidth(230);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPromptText(i18n.tr(promptKey));
        box.getEditor().setText(value.get());
        box.getEditor().textProperty().addListener((obs, a, text) -> value.set(text));
        box.valueProperty().addListener((obs, a, picked) -> {
            if (picked != null) {
                value.set(picked);
            }
        });
        return box;
    }

    /** How wide a text is in the font the control's style gives it (the shop's text size). */
    private static double textWidth(Control control, String text) {
        control.applyCss();
        Text measure = new Text(text);
        Labeled cell = control.lookup(".list-cell") instanceof Labeled l ? l : null;
        measure.setFont(cell != null ? cell.getFont() : Font.getDefault());
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    private static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
