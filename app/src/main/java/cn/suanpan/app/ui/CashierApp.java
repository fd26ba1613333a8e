package cn.suanpan.app.ui;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.config.Settings;
import cn.suanpan.app.sync.ClientCloudSync;
import cn.suanpan.app.sync.SyncLoop;
import cn.suanpan.sync.client.SyncClient;
import cn.suanpan.app.ui.common.BackgroundTaskExecutor;
import cn.suanpan.app.ui.common.ClipSounds;
import cn.suanpan.app.ui.common.ReadySignal;
import cn.suanpan.app.ui.devices.Devices;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.hardware.config.DeviceConfig;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the cashier window on the terminal being started. */
public final class CashierApp extends Application {

    /**
     * What the launcher hands over: JavaFX creates the Application instance itself.
     *
     * @param openTerminal opens the store (on first start migrating and seeding it); called off the JavaFX thread
     */
    public record Startup(Supplier<TerminalContext> openTerminal, I18n i18n, Settings settings, boolean exitWhenReady) {
    }

    private static final java.time.Duration SYNC_INTERVAL = java.time.Duration.ofSeconds(15);
    private static final java.time.Duration SYNC_RETRY = java.time.Duration.ofSeconds(5);

    private static Startup startup;
    private static volatile int exitCode;

    private TerminalContext terminal;
    private BackgroundTaskExecutor executor;
    private ClipSounds sounds;
    private Devices devices;
    private Shell shell;
    private SyncLoop sync;
    /** The store being opened, from the first frame on; null before. */
    private CompletableFuture<TerminalContext> opening;
    /** Set when the window closes; a store that opens after that is closed again at once. */
    private boolean stopped;

    /** Runs the window until it is closed and returns the process exit code. */
    public static int launch(Startup s) {
        startup = s;
        try {
            Application.launch(CashierApp.class);
        } catch (RuntimeException e) {
            // typically no display: say so plainly instead of a toolkit stack trace
            String reason = String.valueOf(rootCause(e).getMessage());
            System.err.println(s.i18n().tr(reason.contains("DISPLAY") ? "app.noDisplay" : "app.cannotStartReason", reason));
            return 3;
        }
        return exitCode;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    /**
     * Shows the login screen at once, on the settings alone (ADR 21): nothing on the way to the
     * first frame waits for the store or reads it. Once the frame is drawn the store opens on its
     * own thread and brings the services, the devices and the sync loop, and the login screen
     * its names.
     */
    @Override
    public void start(Stage stage) {
        I18n i18n = startup.i18n();
        UiSettings settings = new UiSettings(startup.settings());
        Theme.apply(settings.dark());
        executor = new BackgroundTaskExecutor();
        shell = new Shell(settings, new Session(), i18n.locale(), 1280, 800, executor.busyProperty());
        stage.setTitle(i18n.tr("app.title"));
        stage.setScene(shell.scene());
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        stage.show();
        shell.start();
        ReadySignal.afterFirstFrame(() -> {
            long ms = ReadySignal.millisSinceJvmStart();
            System.out.println("READY " + ms);
            System.out.flush();
            // only now: opening the store beside the toolkit's start cost the first frame more than it
            // saved the names on the login screen, which came no sooner (ADR 21)
            opening = CompletableFuture.supplyAsync(startup.openTerminal(),
                    r -> Thread.ofPlatform().name("store-open").daemon().start(r));
            opening.whenComplete((t, failure) -> Platform.runLater(() -> {
                LoggerFactory.getLogger(CashierApp.class).info("READY {} ms after start", ms);
                opened(stage, t, failure);
            }));
        });
    }

    /** The store is open (or could not be): the window gets everything behind its screens. */
    private void opened(Stage stage, TerminalContext opened, Throwable failure) {
        Logger log = LoggerFactory.getLogger(CashierApp.class);
        I18n i18n = startup.i18n();
        if (stopped) {
            return; // closed by stop()
        }
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            String message = i18n.describe(cause);
            log.error("Cannot start the terminal: {}", message, cause);
            System.err.println(message);
            exitCode = 2;
            if (!startup.exitWhenReady()) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setHeaderText(i18n.tr("app.cannotStart"));
                alert.setTitle(i18n.tr("app.title"));
                alert.initOwner(stage);
                alert.showAndWait();
            }
            Platform.exit();
            return;
        }
        terminal = opened;
        sounds = new ClipSounds();
        devices = openDevices(log);
        Services services = Services.create(terminal, executor, Platform::runLater, devices, sounds);
        sounds.setEnabled(services.settings().sounds());
        shell.attach(services);
        stage.setTitle(i18n.tr("app.title") + " · " + terminal.storeInfo().storeName());
        // runs while the app runs; it does nothing but look until the terminal is enrolled
        sync = new SyncLoop(new ClientCloudSync(SyncClient.standard(terminal.store(), terminal.clock())),
                SYNC_INTERVAL, SYNC_RETRY);
        shell.attachSync(sync);
        sync.start();
        if (services.settings().customerWindow()) {
            shell.openCustomerDisplay();
        }
        if (startup.exitWhenReady()) {
            // a smoke test sees the store opened (or its exit code 2), not just the first frame
            Platform.exit();
        }
    }

    /**
     * The devices of the settings file; when a setting there cannot be used, the simulated
     * ones, so the till still opens (the settings screen shows what is wrong and fixes it).
     */
    private Devices openDevices(Logger log) {
        try {
            return Devices.open(terminal.settings().deviceConfig(), terminal.dataDirectory().root(), terminal.clock());
        } catch (RuntimeException e) {
            log.error("The device settings cannot be used, starting with simulated devices: {}", e.toString(), e);
            return Devices.open(DeviceConfig.defaults(), terminal.dataDirectory().root(), terminal.clock());
        }
    }

    @Override
    public void stop() {
        stopped = true;
        if (sync != null) {
            sync.close();
        }
        if (shell != null) {
            shell.stop();
        }
        if (executor != null) {
            executor.close();
        }
        if (sounds != null) {
            sounds.close();
        }
        if (devices != null) {
            devices.close();
        }
        if (terminal != null) {
            terminal.close();
        } else if (opening != null) {
            // closed before the store was wired in: it is closed whenever it has opened
            opening.thenAccept(TerminalContext::close);
        }
    }
}
