package cn.suanpan.app.ui;

import cn.suanpan.app.ui.devices.DeviceAlerts;
import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.Navigator;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.core.shift.Shift;
import cn.suanpan.core.users.User;
import cn.suanpan.sync.client.SyncStatus;
import cn.suanpan.sync.protocol.OnlineOrder;
import java.time.Duration;
import javafx.collections.ObservableList;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * One glance tells the state: shop and terminal, who is at the till and the shift, training
 * mode, sync state, work in progress, the time; and the screens beside the sale.
 */
final class StatusBar {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final VBox root;
    private final StringProperty clock = new SimpleStringProperty("");
    private final IntegerProperty pendingSync = new SimpleIntegerProperty(0);

    /** What the status bar shows beyond the session: devices, sync and online orders, with what a click opens. */
    record Feeds(ObservableValue<DeviceAlerts> devices, ObservableValue<SyncStatus> sync, ObservableList<OnlineOrder> orders,
                 Runnable showPrintQueue, Runnable showOrders) {
    }

    /** @param services null while the store opens: the shop and the time are left out until it is there */
    StatusBar(Services services, Session session, I18n i18n, Navigator navigator, ObservableValue<Number> busy, Feeds feeds) {
        Label brand = new Label(i18n.tr("app.brand"));
        brand.getStyleClass().add("brand");
        Label store = new Label();
        store.setId("status-store");
        if (services != null) {
            // a store renamed by the shop's settings shows its new name once the pull is applied
            store.textProperty().bind(Bindings.createStringBinding(() -> storeText(services.store(), i18n),
                    services.storeInfo().property()));
        }
        store.getStyleClass().add("status-store");

        Label cashier = new Label();
        cashier.setId("status-cashier");
        cashier.getStyleClass().add("status-cashier");
        BooleanProperty cashierShort = new SimpleBooleanProperty(false);
        javafx.beans.binding.StringBinding cashierFull = Bindings.createStringBinding(() -> cashierText(services, session, i18n, false),
                session.userProperty(), session.shiftProperty());
        cashier.textProperty().bind(Bindings.createStringBinding(() -> cashierShort.get()
                ? cashierText(services, session, i18n, true) : cashierFull.get(), cashierFull, cashierShort));
        javafx.scene.control.Tooltip cashierTip = new javafx.scene.control.Tooltip();
        cashierTip.textProperty().bind(cashierFull);
        cashier.setTooltip(cashierTip);

        Label sync = new Label();
        sync.setId("status-sync");
        sync.getStyleClass().add("status-offline");
        BooleanProperty syncShort = new SimpleBooleanProperty(false);
        javafx.beans.binding.StringBinding syncFull = Bindings.createStringBinding(
                () -> syncText(i18n, feeds.sync().getValue(), pendingSync.get()), pendingSync, feeds.sync());
        sync.textProperty().bind(Bindings.createStringBinding(() -> syncShort.get()
                ? i18n.tr("status.syncShort", pendingSync.get()) : syncFull.get(), syncFull, syncShort, pendingSync));
        javafx.scene.control.Tooltip syncTip = new javafx.scene.control.Tooltip();
        syncTip.textProperty().bind(syncFull);
        sync.setTooltip(syncTip);
        // folded, the cloud icon says online or offline (and the colour); the words are in the tooltip
        FontIcon syncIcon = new FontIcon();
        sync.setGraphic(syncIcon);
        sync.contentDisplayProperty().bind(Bindings.when(syncShort).then(ContentDisplay.LEFT).otherwise(ContentDisplay.TEXT_ONLY));
        feeds.sync().addListener((obs, a, s) -> online(sync, syncIcon, s));
        online(sync, syncIcon, feeds.sync().getValue());

        Button printer = new Button();
        printer.setId("status-printer");
        printer.getStyleClass().addAll("status-button", "flat", "status-warning");
        printer.setFocusTraversable(false);
        printer.setGraphic(new FontIcon(MaterialDesignP.PRINTER_ALERT));
        printer.setOnAction(e -> feeds.showPrintQueue().run());
        printer.textProperty().bind(Bindings.createStringBinding(() -> printerText(i18n, feeds.devices().getValue()), feeds.devices()));
        javafx.scene.control.Tooltip details = new javafx.scene.control.Tooltip();
        details.textProperty().bind(Bindings.createStringBinding(() -> printerDetails(i18n, feeds.devices().getValue()), feeds.devices()));
        printer.setTooltip(details);
        printer.visibleProperty().bind(Bindings.createBooleanBinding(() -> feeds.devices().getValue().printerTrouble(), feeds.devices()));
        printer.managedProperty().bind(printer.visibleProperty());

        Label drawer = new Label(i18n.tr("status.drawerOpen"));
        drawer.setTooltip(new javafx.scene.control.Tooltip(drawer.getText()));
        drawer.setId("status-drawer");
        drawer.getStyleClass().add("status-warning");
        drawer.setGraphic(new FontIcon(MaterialDesignC.CASH_LOCK_OPEN));
        drawer.visibleProperty().bind(Bindings.createBooleanBinding(() -> feeds.devices().getValue().drawerOpen(), feeds.devices()));
        drawer.managedProperty().bind(drawer.visibleProperty());

        Button orders = new Button();
        orders.setId("status-orders");
        orders.getStyleClass().addAll("status-button", "flat");
        orders.setFocusTraversable(false);
        orders.setGraphic(new FontIcon(MaterialDesignS.SHOPPING_OUTLINE));
        orders.textProperty().bind(Bindings.createStringBinding(() -> i18n.tr("status.orders", feeds.orders().size()), feeds.orders()));
        orders.visibleProperty().bind(Bindings.createBooleanBinding(() -> !feeds.orders().isEmpty(), feeds.orders()));
        orders.managedProperty().bind(orders.visibleProperty());
        orders.setOnAction(e -> feeds.showOrders().run());
        javafx.scene.control.Tooltip ordersTip = new javafx.scene.control.Tooltip();
        ordersTip.textProperty().bind(orders.textProperty());
        orders.setTooltip(ordersTip);

        ProgressIndicator working = new ProgressIndicator();
        working.getStyleClass().add("status-busy");
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(Bindings.createBooleanBinding(() -> busy.getValue().intValue() > 0, busy));

        Label time = new Label();
        time.textProperty().bind(clock);
        time.getStyleClass().add("clock");

        Button[] navigation = {
                button(i18n.tr("status.shift"), MaterialDesignC.CLOCK_OUTLINE, navigator::showShift, "nav-shift"),
                button(i18n.tr("status.receipts"), MaterialDesignR.RECEIPT_TEXT_OUTLINE, navigator::showReceipts, "nav-receipts"),
                button(i18n.tr("status.settings"), MaterialDesignC.COG_OUTLINE, navigator::showSettings, "nav-settings"),
                button(i18n.tr("status.lock"), MaterialDesignL.LOCK_OUTLINE, navigator::lock, "nav-lock")};
        HBox buttons = new HBox(6, navigation);
        buttons.visibleProperty().bind(session.userProperty().isNotNull().and(session.lockedProperty().not()));
        buttons.managedProperty().bind(buttons.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the brand, the time and the buttons keep their size; the store and cashier texts give way
        for (javafx.scene.layout.Region fixed : new javafx.scene.layout.Region[] {brand, time, buttons, drawer, orders}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        store.setMinWidth(60);
        cashier.setMinWidth(60);
        // the printer's problem stays readable ("No paper"), what follows it and the sync line give way
        // (ellipsis); the window never grows past the screen
        printer.setMinWidth(130);
        sync.setMinWidth(110);
        // what gives way first when the shop and the cashier would not fit: the alerts' words, then the
        // sync line's, then the navigation's words, then the words of the shift; each keeps its icon and tooltip
        List<Fold> folds = List.of(
                new Fold.IconOnly(printer, 130), new Fold.IconOnly(drawer, Region.USE_PREF_SIZE), new Fold.IconOnly(orders, Region.USE_PREF_SIZE),
                new Fold.ShortText(sync, syncShort, syncFull, () -> i18n.tr("status.syncShort", pendingSync.get()), 110),
                // the four screens together: two in words and two as icons would read as two kinds of button
                new Fold.Together(buttons, java.util.Arrays.stream(navigation)
                        .map(b -> new Fold.IconOnly(b, Region.USE_PREF_SIZE)).toList()),
                new Fold.ShortText(cashier, cashierShort, cashierFull, () -> cashierText(services, session, i18n, true), 60));
        HBox bar = new NamesStayWhole(14, folds, new Labeled[] {store, cashier},
                brand, store, spacer, working, printer, drawer, orders, cashier, sync, time, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");

        Label training = new Label(i18n.tr("status.training"));
        training.getStyleClass().add("training-banner");
        training.setMaxWidth(Double.MAX_VALUE);
        training.setId("training-banner");
        training.visibleProperty().bind(session.trainingProperty());
        training.managedProperty().bind(training.visibleProperty());
        FontIcon schoolIcon = new FontIcon(MaterialDesignS.SCHOOL_OUTLINE);
        training.setGraphic(schoolIcon);

        root = new VBox(bar, training);
        if (services != null) {
            tick(services);
        }
    }

    /**
     * Something on the bar that can say less to leave room for the shop and the cashier: its
     * width as it is and as it would be folded, and the switch. What it no longer says in
     * words stays reachable: in its tooltip, and in the dialog a click opens.
     */
    sealed interface Fold {
        javafx.scene.Node node();

        double width(boolean folded);

        void fold(boolean folded);

        /** An alert or a navigation button: the icon only. */
        record IconOnly(Labeled node, double wideMinWidth) implements Fold {
            public IconOnly {
                if (node.getTooltip() == null) {
                    javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
                    tip.textProperty().bind(node.textProperty());
                    node.setTooltip(tip);
                }
            }

            @Override
            public double width(boolean folded) {
                double graphic = node.getGraphic() == null ? 0 : node.getGraphic().prefWidth(-1);
                return node.snappedLeftInset() + node.snappedRightInset() + graphic
                        + (folded ? 0 : node.getGraphicTextGap() + textWidth(node, node.getText()));
            }

            @Override
            public void fold(boolean folded) {
                ContentDisplay wanted = folded ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
                if (node.getContentDisplay() != wanted) {
                    node.setContentDisplay(wanted);
                    // icon only: no minimum kept for words that are not shown
                    node.setMinWidth(folded ? Region.USE_PREF_SIZE : wideMinWidth);
                }
            }
        }

        /** Buttons side by side in {@code node} that fold all at once. */
        record Together(HBox node, List<IconOnly> members) implements Fold {
            @Override
            public double width(boolean folded) {
                double w = node.snappedLeftInset() + node.snappedRightInset() + node.getSpacing() * Math.max(0, members.size() - 1);
                for (IconOnly m : members) {
                    w += m.width(folded);
                }
                return w;
            }

            @Override
            public void fold(boolean folded) {
                members.forEach(m -> m.fold(folded));
            }
        }

        /** The sync line or the cashier's shift: shorter words (and the sync's icon), the full line in the tooltip. */
        record ShortText(Labeled node, BooleanProperty folded, ObservableValue<String> full,
                         java.util.function.Supplier<String> shortText, double wideMinWidth) implements Fold {
            @Override
            public double width(boolean fold) {
                double graphic = !fold || node.getGraphic() == null ? 0 : node.getGraphic().prefWidth(-1) + node.getGraphicTextGap();
                return node.snappedLeftInset() + node.snappedRightInset() + graphic
                        + textWidth(node, fold ? shortText.get() : full.getValue());
            }

            @Override
            public void fold(boolean fold) {
                if (folded.get() != fold) {
                    folded.set(fold);
                    node.setMinWidth(fold ? Region.USE_PREF_SIZE : wideMinWidth);
                }
            }
        }
    }

    /**
     * The bar that keeps the shop and the cashier readable: when their names and everything
     * else in words do not all fit, the folds give way in their order, as few as will do.
     */
    static final class NamesStayWhole extends HBox {
        private final List<Fold> folds;
        private final Labeled[] names;

        NamesStayWhole(double spacing, List<Fold> folds, Labeled[] names, javafx.scene.Node... children) {
            super(spacing, children);
            this.folds = folds;
            this.names = names;
        }

        @Override
        protected void layoutChildren() {
            int folded = 0;
            while (folded < folds.size() && widthWith(folded) > getWidth()) {
                folded++;
            }
            for (int i = 0; i < folds.size(); i++) {
                folds.get(i).fold(i < folded);
            }
            super.layoutChildren();
        }

        /** What the bar needs with the first {@code folded} folds folded and both names in full. */
        private double widthWith(int folded) {
            double w = snappedLeftInset() + snappedRightInset();
            int shown = 0;
            for (javafx.scene.Node n : getManagedChildren()) {
                shown++;
                w += n.prefWidth(-1);
            }
            for (int i = 0; i < folds.size(); i++) {
                Fold f = folds.get(i);
                if (f.node().isManaged() && isShown(f.node())) {
                    w += f.width(i < folded) - f.node().prefWidth(-1);
                }
            }
            for (Labeled n : names) {
                w += Math.max(0, textWidth(n, n.getText()) + n.snappedLeftInset() + n.snappedRightInset() - n.prefWidth(-1));
            }
            return w + getSpacing() * Math.max(0, shown - 1);
        }

        /** A fold inside a hidden group (the navigation before login) takes no room. */
        private boolean isShown(javafx.scene.Node n) {
            for (javafx.scene.Node p = n; p != null && p != this; p = p.getParent()) {
                if (!p.isManaged()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static double textWidth(Labeled l, String text) {
        Text t = new Text(text == null ? "" : text);
        t.setFont(l.getFont());
        return t.getLayoutBounds().getWidth();
    }

    /** Who is at the till and since when; {@code brief}: the shift's time without words (the full line is the tooltip). */
    private static String cashierText(Services services, Session session, I18n i18n, boolean brief) {
        User u = session.user();
        if (u == null) {
            return "";
        }
        Shift s = session.shift();
        if (s == null) {
            return i18n.tr("status.cashierNoShift", u.displayName());
        }
        String opened = TIME.format(s.openedAt().atZone(services.store().zone()));
        return i18n.tr(brief ? "status.cashierShiftShort" : "status.cashierShift", u.displayName(), opened);
    }

    private static String storeText(cn.suanpan.core.setup.StoreInfo store, I18n i18n) {
        String storeName = i18n.chinese() || store.storeNameEn() == null ? store.storeName() : store.storeNameEn();
        return storeName + " · " + i18n.tr("status.terminal", store.storeCode() + "-" + store.terminalCode());
    }

    /** Online or offline, the events waiting and, once they wait a minute or more, how long the oldest has. */
    static String syncText(I18n i18n, SyncStatus s, int pending) {
        boolean online = s != null && s.enrolled() && s.online();
        Duration age = s == null ? Duration.ZERO : s.oldestPending();
        String text = i18n.tr(online ? "status.online" : "status.offline", pending);
        if (pending > 0 && age.toMinutes() >= 1) {
            String ago = age.toHours() >= 1 ? i18n.tr("status.age.hours", age.toHours(), age.toMinutesPart())
                    : i18n.tr("status.age.minutes", age.toMinutes());
            text = text + " · " + i18n.tr("status.oldest", ago);
        }
        return text;
    }

    private static void online(Label sync, FontIcon icon, SyncStatus s) {
        boolean online = s != null && s.enrolled() && s.online();
        sync.getStyleClass().removeAll("status-offline", "status-online");
        sync.getStyleClass().add(online ? "status-online" : "status-offline");
        icon.setIconCode(online ? MaterialDesignC.CLOUD_CHECK_OUTLINE : MaterialDesignC.CLOUD_OFF_OUTLINE);
    }

    /** Short names of the printer problems the status monitor reports; the full sentence is in the tooltip. */
    private static final java.util.Set<String> SHORT = java.util.Set.of("paperOut", "paperNearEnd", "coverOpen", "cutterError",
            "unrecoverableError", "autoRecoverableError", "offline");

    /** The most urgent printer problem in a word or two, and how many jobs wait. */
    static String printerText(I18n i18n, DeviceAlerts a) {
        java.util.Optional<HardwareMessage> first = a.problems().isEmpty() ? a.lastError() : java.util.Optional.of(a.problems().getFirst());
        String problem = first.map(m -> {
            String last = m.key().substring(m.key().lastIndexOf('.') + 1);
            return i18n.tr(SHORT.contains(last) ? "status.printer." + last : "status.printer.trouble");
        }).orElse("");
        if (a.waiting().isEmpty()) {
            return problem;
        }
        String waiting = i18n.tr("status.printWaiting", a.waiting().size());
        return problem.isEmpty() ? waiting : problem + " · " + waiting;
    }

    /** Everything the printers report, in full sentences, and why the oldest job waits. */
    static String printerDetails(I18n i18n, DeviceAlerts a) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        a.problems().forEach(m -> lines.add(m.format(i18n.locale())));
        a.lastError().filter(m -> !a.problems().contains(m)).ifPresent(m -> lines.add(m.format(i18n.locale())));
        return String.join("\n", lines);
    }

    private static Button button(String text, Ikon icon, Runnable action, String id) {
        Button b = new Button(text, new FontIcon(icon));
        b.getStyleClass().addAll("status-button", "flat");
        b.setFocusTraversable(false);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    Region root() {
        return root;
    }

    void tick(Services services) {
        clock.set(ZonedDateTime.now(services.clock().withZone(services.store().zone())).format(CLOCK));
    }

    IntegerProperty pendingSyncProperty() {
        return pendingSync;
    }
}
