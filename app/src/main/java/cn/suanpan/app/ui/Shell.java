package cn.suanpan.app.ui;

import cn.suanpan.app.ui.common.ClipSounds;
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
 */
public final class Shell implements UiContext, Navigator {

    private final Services services;
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
    private final SaleViewModel saleModel;
    private Stage customerWindow;
    private SaleView saleView;
    private final Timeline ticker;

    /**
     * @param busy unfinished background tasks (for the progress indicator); null when tasks run at once
     */
    public Shell(Services services, Session session, Locale locale, double width, double height, ObservableValue<Number> busy) {
        this.services = services;
        this.session = session;
        this.i18n = new I18n(locale);
        this.busy = busy == null ? new SimpleIntegerProperty(0) : busy;
        modals.setContent(frame);
        frame.getStyleClass().add("frame");
        scene = new Scene(modals.root(), width, height);
        Theme.apply(scene, services.settings());
        wedge = new KeyboardWedge(services.settings().scannerTiming(), this::scanned);
        // the wedge first: it must see the Enter of a burst before anyone acts on it
        wedge.install(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        modals.setOnAllClosed(() -> {
            if (screen != null) {
                screen.shown();
            }
        });
        saleModel = new SaleViewModel(services, session);
        new PoleDisplayFeed(services.devices().poleDisplay(), locale).attach(saleModel);
        // a serial scanner feeds the same path as the wedge
        services.devices().scanner().addScanListener(code -> services.uiThread().execute(() -> scanned(code)));
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
        if (notice.isError()) {
            services.sounds().play(Sound.ERROR);
        }
    }

    // ---- screens

    public void start() {
        showScreen(() -> login(LoginView.Mode.LOGIN));
        refreshPendingSync();
    }

    private Screen login(LoginView.Mode mode) {
        LoginView view = new LoginView(this, new LoginViewModel(services, session), mode, user -> loggedIn(mode));
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
        Theme.apply(scene, services.settings());
        if (customerWindow != null) {
            Theme.decorate(customerWindow.getScene().getRoot(), services.settings());
        }
    }

    private void buildStatusBar() {
        int pending = statusBar == null ? 0 : statusBar.pendingSyncProperty().get();
        statusBar = new StatusBar(services, session, i18n, this, busy);
        statusBar.pendingSyncProperty().set(pending);
        frame.setTop(statusBar.root());
    }

    private void tick() {
        statusBar.tick(services);
        refreshPendingSync();
    }

    /** Events waiting for the sync client, read on the store worker. */
    @Override
    public void refreshPendingSync() {
        IntegerProperty target = statusBar.pendingSyncProperty();
        services.executor().submit(() -> Outbox.pending(services.terminal().store().dsl()), target::set, f -> { });
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
