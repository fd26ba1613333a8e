package cn.suanpan.app.ui;

import cn.suanpan.app.sync.SyncLoop;
import cn.suanpan.app.ui.common.ClipSounds;
import cn.suanpan.app.ui.devices.DeviceAlerts;
import cn.suanpan.app.ui.devices.PrintQueueDialog;
import cn.suanpan.app.ui.orders.OrderDesk;
import cn.suanpan.app.ui.orders.OrdersDialog;
import cn.suanpan.sync.client.SyncStatus;
import cn.suanpan.sync.protocol.OnlineOrder;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import cn.suanpan.app.ui.common.KeyboardWedge;
import cn.suanpan.app.ui.display.CustomerDisplayView;
import cn.suanpan.app.ui.display.PoleDisplayFeed;
import cn.suanpan.app.ui.common.ModalHost;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.login.LoginView;
import cn.suanpan.app.ui.login.LoginViewModel;
import cn.suanpan.app.ui.override.Guard;
import cn.suanpan.app.ui.receipt.ReceiptsView;
import cn.suanpan.app.ui.returns.ReturnsView;
import cn.suanpan.app.ui.returns.ReturnsViewModel;
import cn.suanpan.app.ui.sale.SaleView;
import cn.suanpan.app.ui.sale.SaleViewModel;
import cn.suanpan.app.ui.session.Navigator;
import cn.suanpan.app.ui.session.Screen;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.app.ui.settings.SettingsView;
import cn.suanpan.app.ui.settings.SettingsViewModel;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.app.ui.shift.ShiftOpenDialog;
import cn.suanpan.app.ui.shift.ShiftView;
import cn.suanpan.app.ui.shift.ShiftViewModel;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.outbox.Outbox;
import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The cashier window: status bar on top, one screen below it, dialogs and toasts over both.
 * Routes every key (the sale screen's F-keys, a dialog's Enter and Esc) and every scan
 * (keyboard wedge or serial scanner) to whoever should have it.
 *
 * <p>The window can show its login screen before the store is open (ADR 21): it is built on the
 * settings alone, and {@link #attach(Services)} brings the services once the store is there;
 * the names to log in with, the shop in the status bar and everything past the login follow.
 */
public final class Shell implements UiContext, Navigator {

    private final UiSettings settings;
    /** Null until {@link #attach(Services)}: the store is still opening. */
    private Services services;
    private final Session session;
    private final ModalHost modals = new ModalHost();
    private final BorderPane frame = new BorderPane();
    private final Scene scene;
    private final KeyboardWedge wedge;
    private final ObservableValue<Number> busy;
    private I18n i18n;
    private StatusBar statusBar;
    private Screen screen;
    private java.util.function.Supplier<Screen> screenFactory;
    private SaleViewModel saleModel;
    /** The login screen's model while it shows, so that its names can be read once the store is open. */
    private LoginViewModel loginModel;
    private Stage customerWindow;
    private SaleView saleView;
    private final Timeline ticker;
    /** Every fourth tick of 15 s: a minute. */
    private static final int CATALOG_CHECK_TICKS = 4;
    private int ticks;
    private final ObjectProperty<DeviceAlerts> deviceAlerts = new SimpleObjectProperty<>(DeviceAlerts.NONE);
    private final ObjectProperty<SyncStatus> syncStatus = new SimpleObjectProperty<>();
    private final List<Consumer<DeviceAlerts>> alertWatchers = new CopyOnWriteArrayList<>();
    private OrderDesk orderDesk;
    private SyncLoop syncLoop;

    /**
     * The whole window on services already there (tests, benchmarks).
     *
     * @param busy unfinished background tasks (for the progress indicator); null when tasks run at once
     */
    public Shell(Services services, Session session, Locale locale, double width, double height, ObservableValue<Number> busy) {
        this(services.settings(), session, locale, width, height, busy);
        attach(services);
    }

    /**
     * The window before the store is open: {@link #start()} shows the login screen, without
     * names to pick until {@link #attach(Services)}.
     *
     * @param busy unfinished background tasks (for the progress indicator); null when tasks run at once
     */
    public Shell(UiSettings settings, Session session, Locale locale, double width, double height, ObservableValue<Number> busy) {
        this.settings = settings;
        this.session = session;
        this.i18n = new I18n(locale);
        this.busy = busy == null ? new SimpleIntegerProperty(0) : busy;
        modals.setContent(frame);
        frame.getStyleClass().add("frame");
        scene = new Scene(modals.root(), width, height);
        Theme.apply(scene, settings);
        wedge = new KeyboardWedge(settings.scannerTiming(), this::scanned);
        // the wedge first: it must see the Enter of a burst before anyone acts on it
        wedge.install(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        modals.setOnAllClosed(() -> {
            if (screen != null) {
                screen.shown();
            }
        });
        buildStatusBar();
        ticker = new Timeline(new KeyFrame(Duration.seconds(15), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        // a window that no longer shows this scene needs no clock
        scene.windowProperty().addListener((obs, old, window) -> {
            if (window == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    /**
     * The store is open: the services behind every screen arrive. The login screen showing
     * reads its names now; the status bar learns the shop.
     */
    public void attach(Services services) {
        if (this.services != null) {
            throw new IllegalStateException("the window has its services already");
        }
        this.services = services;
        // the names first: the store worker reads them while the rest is wired here
        if (loginModel != null) {
            loginModel.attach(services);
        }
        saleModel = new SaleViewModel(services, session);
        new PoleDisplayFeed(services.devices(), i18n.locale()).attach(saleModel);
        // a serial scanner feeds the same path as the wedge
        services.devices().addScanListener(code -> services.uiThread().execute(() -> scanned(code)));
        // printer status and the drawer reach the status bar as the status monitors see them (every half second)
        deviceAlerts.set(services.devices().alerts());
        services.devices().addAlertListener(a -> services.uiThread().execute(() -> {
            deviceAlerts.set(a);
            alertWatchers.forEach(w -> w.accept(a));
        }));
        buildStatusBar();
        if (screen != null) {
            refreshPendingSync();
        }
    }

    /** Whether {@link #attach(Services)} has brought the services (the store is open). */
    public boolean attached() {
        return services != null;
    }

    public Scene scene() {
        return scene;
    }

    public KeyboardWedge wedge() {
        return wedge;
    }

    /** The sale in progress; for the customer display and tests. */
    public SaleViewModel saleModel() {
        return saleModel;
    }

    public Screen screen() {
        return screen;
    }

    // ---- UiContext

    @Override
    public Services services() {
        return services;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public I18n i18n() {
        return i18n;
    }

    @Override
    public ModalHost modals() {
        return modals;
    }

    @Override
    public void toast(Notice notice) {
        if (notice.isEmpty()) {
            return;
        }
        modals.toasts().show(notice.text(i18n), notice.level());
        if (notice.isError() && services != null) {
            services.sounds().play(Sound.ERROR);
        }
    }

    // ---- screens

    public void start() {
        showScreen(() -> login(LoginView.Mode.LOGIN));
        refreshPendingSync();
    }

    private Screen login(LoginView.Mode mode) {
        LoginViewModel model = new LoginViewModel(services, session);
        loginModel = model;
        LoginView view = new LoginView(this, model, mode, user -> loggedIn(mode));
        return new Screen() {
            @Override
            public Region root() {
                return view.root();
            }

            @Override
            public void shown() {
                view.focus();
            }
        };
    }

    private void loggedIn(LoginView.Mode mode) {
        if (mode == LoginView.Mode.LOCKED) {
            showSale();
            return;
        }
        services.executor().submit(() -> services.shifts().current(), shift -> {
            session.shiftProperty().set(shift.orElse(null));
            showSale();
            if (shift.isEmpty()) {
                new ShiftOpenDialog(this, s -> { }).show();
            }
        }, f -> toast(Notice.failure(f)));
    }

    @Override
    public void showSale() {
        showScreen(this::saleScreen);
    }

    private Screen saleScreen() {
        saleView = new SaleView(this, saleModel, this);
        SaleView view = saleView;
        return new Screen() {
            @Override
            public Region root() {
                return view.root();
            }

            @Override
            public void handleKey(KeyEvent e) {
                view.handleKey(e);
            }

            @Override
            public void handleTyped(KeyEvent e) {
                view.handleTyped(e);
            }

            @Override
            public boolean scan(String code) {
                saleModel.scan(code);
                return true;
            }

            @Override
            public void shown() {
                view.focusScan();
            }
        };
    }

    @Override
    public void lock() {
        session.lockedProperty().set(true);
        modals.toasts().clear();
        showScreen(() -> login(LoginView.Mode.LOCKED));
    }

    @Override
    public void switchCashier() {
        lock();
    }

    @Override
    public void showShift() {
        ShiftViewModel model = new ShiftViewModel(services, session);
        showScreen(() -> new ShiftView(this, model, this::showSale));
    }

    @Override
    public void showReceipts() {
        showScreen(() -> new ReceiptsView(this, this::showSale));
    }

    @Override
    public void showReturns() {
        ReturnsViewModel model = new ReturnsViewModel(services, services.returns());
        showScreen(() -> new ReturnsView(this, model, this::showSale));
    }

    @Override
    public void showSettings() {
        new Guard(this).require(Permission.SETTINGS, auth -> {
            SettingsViewModel model = new SettingsViewModel(services, new SettingsEffects(), i18n.tr("receipt.thanks"));
            showScreen(() -> new SettingsView(this, model, this::showSale));
        });
    }

    private void showScreen(java.util.function.Supplier<Screen> factory) {
        loginModel = null;
        screenFactory = factory;
        screen = factory.get();
        frame.setCenter(screen.root());
        screen.shown();
    }

    /** The window in another language: the same sale, the same screen, new words. */
    public void setLocale(Locale locale) {
        i18n = new I18n(locale);
        buildStatusBar();
        if (screenFactory != null) {
            showScreen(screenFactory);
        }
        if (customerWindow != null) {
            closeCustomerDisplay();
            openCustomerDisplay();
        }
    }

    /** What the settings screen changes in the running window. */
    private final class SettingsEffects implements SettingsViewModel.Effects {
        @Override
        public void language(Locale locale) {
            setLocale(locale);
        }

        @Override
        public void restyle() {
            Shell.this.restyle();
        }

        @Override
        public void scannerTiming(KeyboardWedge.Timing timing) {
            wedge.setTiming(timing);
        }

        @Override
        public void customerWindow(boolean open) {
            if (open) {
                openCustomerDisplay();
            } else {
                closeCustomerDisplay();
            }
        }

        @Override
        public void sounds(boolean on) {
            if (services.sounds() instanceof ClipSounds clips) {
                clips.setEnabled(on);
            }
        }
    }

    /** Theme, accent and font size again from the settings. */
    public void restyle() {
        Theme.apply(scene, settings);
        if (customerWindow != null) {
            Theme.decorate(customerWindow.getScene().getRoot(), settings);
        }
    }

    /**
     * Connects the window to the background sync of an enrolled terminal: its status in the
     * status bar, new online orders as toasts, sounds, tickets and the orders list, and a
     * catalog changed by a pull read into a new index (on the sync thread, off the UI).
     */
    public OrderDesk attachSync(SyncLoop loop) {
        syncLoop = loop;
        orderDesk = new OrderDesk(this, loop.cloud(), loop::nudge,
                services.terminal().dataDirectory().root().resolve("printed-order-tickets.txt"));
        loop.addStatusListener(s -> services.uiThread().execute(() -> {
            syncStatus.set(s);
            statusBar.pendingSyncProperty().set(s.pending());
        }));
        loop.addOrderListener(batch -> services.uiThread().execute(() -> orderDesk.received(batch)));
        loop.addCatalogListener(() -> services.catalog().reload());
        // a store renamed in the cloud: the status bar follows (LiveStoreInfo sets it on the UI thread)
        loop.addSettingsListener(services::storeSettingsChanged);
        buildStatusBar();
        return orderDesk;
    }

    public OrderDesk orderDesk() {
        return orderDesk;
    }

    public void showPrintQueue() {
        new PrintQueueDialog(this, new PrintQueueDialog.AlertFeed() {
            @Override
            public void add(Consumer<DeviceAlerts> listener) {
                alertWatchers.add(listener);
            }

            @Override
            public void remove(Consumer<DeviceAlerts> listener) {
                alertWatchers.remove(listener);
            }
        }).show();
    }

    public void showOrders() {
        if (orderDesk != null) {
            new OrdersDialog(this, orderDesk).show();
        }
    }

    private void buildStatusBar() {
        int pending = statusBar == null ? 0 : statusBar.pendingSyncProperty().get();
        ObservableList<OnlineOrder> orders = orderDesk == null ? FXCollections.observableArrayList() : orderDesk.open();
        statusBar = new StatusBar(services, session, i18n, this, busy,
                new StatusBar.Feeds(deviceAlerts, syncStatus, orders, this::showPrintQueue, this::showOrders));
        statusBar.pendingSyncProperty().set(pending);
        frame.setTop(statusBar.root());
    }

    private void tick() {
        if (services == null) {
            return;
        }
        statusBar.tick(services);
        refreshPendingSync();
        // a catalog imported from the command line meanwhile: a new index, built off the UI thread
        if (++ticks % CATALOG_CHECK_TICKS == 0) {
            Thread.ofVirtual().name("catalog-reload").start(() -> {
                try {
                    services.catalog().reloadIfChanged();
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(Shell.class).warn("Catalog reload failed: {}", e.toString());
                }
            });
        }
    }

    /**
     * Events waiting for the sync client and the age of the oldest, read on the store worker;
     * whether the cloud answered is the sync loop's last word on it.
     */
    @Override
    public void refreshPendingSync() {
        if (services == null) {
            return; // asked again by attach()
        }
        IntegerProperty target = statusBar.pendingSyncProperty();
        services.executor().submit(() -> {
            var dsl = services.terminal().store().dsl();
            int pending = Outbox.pending(dsl);
            java.time.Duration age = Outbox.oldestPendingAt(dsl)
                    .map(at -> java.time.Duration.between(at, services.clock().instant()))
                    .filter(d -> !d.isNegative()).orElse(java.time.Duration.ZERO);
            return new SyncStatus(cn.suanpan.core.sync.SyncState.enrolled(dsl), false, pending, age, null, null);
        }, read -> {
            SyncStatus last = syncStatus.get();
            boolean online = last != null && last.online();
            syncStatus.set(new SyncStatus(read.enrolled(), online, read.pending(), read.oldestPending(),
                    last == null ? null : last.lastContact(), last == null ? null : last.lastError()));
            target.set(read.pending());
        }, f -> { });
        if (syncLoop != null) {
            syncLoop.nudge();
        }
    }

    // ---- input routing

    private void keyPressed(KeyEvent e) {
        if (e.isConsumed()) {
            return;
        }
        if (modals.isOpen()) {
            modals.handleKey(e);
            return;
        }
        if (screen != null) {
            screen.handleKey(e);
        }
    }

    private void keyTyped(KeyEvent e) {
        if (!e.isConsumed() && !modals.isOpen() && screen != null) {
            screen.handleTyped(e);
        }
    }

    /** A code from the keyboard wedge. */
    private void scanned(String code) {
        if (modals.handleScan(code, () -> toast(Notice.error("scan.finishDialog")))) {
            return;
        }
        if (screen == null || !screen.scan(code)) {
            toast(Notice.error("scan.notHere"));
        }
    }

    /** The customer display as a second window, on the second monitor when there is one. */
    public Stage openCustomerDisplay() {
        if (customerWindow != null) {
            customerWindow.toFront();
            return customerWindow;
        }
        CustomerDisplayView view = new CustomerDisplayView(saleModel, services.store(), i18n);
        Scene displayScene = new Scene(view.root(), 1024, 600);
        Theme.style(displayScene);
        Theme.decorate(view.root(), services.settings());
        Stage stage = new Stage();
        stage.setTitle(i18n.tr("display.windowTitle"));
        stage.setScene(displayScene);
        List<javafx.stage.Screen> screens = javafx.stage.Screen.getScreens();
        if (screens.size() > 1) {
            javafx.geometry.Rectangle2D bounds = screens.get(1).getVisualBounds();
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        }
        stage.setOnHidden(e -> customerWindow = null);
        stage.show();
        customerWindow = stage;
        return stage;
    }

    public void closeCustomerDisplay() {
        if (customerWindow != null) {
            customerWindow.close();
        }
    }

    public void stop() {
        ticker.stop();
        closeCustomerDisplay();
    }
}
