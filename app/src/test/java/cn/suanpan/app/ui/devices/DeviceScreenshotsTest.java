package cn.suanpan.app.ui.devices;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.sync.CloudSync;
import cn.suanpan.app.sync.SyncLoop;
import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.Screenshots;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Touch;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.hardware.config.DeviceConfig;
import cn.suanpan.hardware.config.DrawerConfig;
import cn.suanpan.hardware.config.DrawerType;
import cn.suanpan.hardware.printer.escpos.DrawerPin;
import cn.suanpan.hardware.printer.escpos.DrawerSensor;
import cn.suanpan.sync.client.SyncStatus;
import cn.suanpan.sync.protocol.OnlineOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of what this part of the window adds: the status bar with a printer out of paper,
 * a receipt waiting, the drawer open, an online order and the cloud online; the print queue,
 * the orders list and the devices settings; in Chinese on light and English on dark.
 */
@ExtendWith(ApplicationExtension.class)
class DeviceScreenshotsTest {

    @TempDir
    static Path data;
    static TestTerminal terminal;

    Stage stage;

    @BeforeAll
    static void open() {
        terminal = TestTerminal.open(data);
    }

    @AfterAll
    static void close() {
        terminal.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void statusBarPrintQueueOrdersAndDeviceSettings(FxRobot robot) throws IOException {
        tour(robot, I18n.CHINESE, false);
        tour(robot, Locale.ENGLISH, true);
        assertThat(Screenshots.DIR.resolve("settings-devices-en-dark.png")).exists();
    }

    private void tour(FxRobot robot, Locale locale, boolean dark) throws IOException {
        String suffix = (locale.getLanguage().equals("zh") ? "zh_CN" : "en") + "-" + (dark ? "dark" : "light");
        UiSettings settings = new UiSettings(terminal.context().settings());
        settings.setLocale(locale);
        settings.setDark(dark);
        Devices devices = Devices.open(DeviceConfig.defaults().withDrawer(new DrawerConfig(DrawerType.PRINTER, "receipt", "", 9600,
                DrawerPin.PIN_2, 50, 500, Optional.of(DrawerSensor.OPEN_WHEN_HIGH))),
                Files.createTempDirectory(data, "devices"), Clock.systemUTC());
        Shell[] holder = new Shell[1];
        robot.interact(() -> holder[0] = ShellFixture.show(stage, terminal.services(Platform::runLater, devices), locale));
        Shell shell = holder[0];
        Scene scene = shell.scene();
        robot.interact(() -> ShellFixture.loginWithShift(shell, DemoStore.ADMIN, DemoStore.ADMIN_PIN));
        Path state = devices.hardware().orElseThrow().simulatedPrinter(DeviceConfig.RECEIPT).orElseThrow().stateFile().orElseThrow();
        Files.writeString(state, "paper-out drawer-open");
        OneOrderCloud cloud = new OneOrderCloud();
        SyncLoop loop = new SyncLoop(cloud, Duration.ofSeconds(1), Duration.ofMillis(200));
        robot.interact(() -> shell.attachSync(loop));
        loop.start();
        try {
            Keys.scan(robot, scene, "6999993984647");
            Keys.scan(robot, scene, "6922811950968");
            Keys.press(robot, scene, KeyCode.F9);
            Keys.press(robot, scene, KeyCode.ENTER);
            Keys.scan(robot, scene, "6964977176295");
            Wait.until(() -> visible(robot, "#status-orders") && visible(robot, "#status-drawer")
                    && devices.alerts().waiting().size() == 1);
            Wait.until(() -> robot.lookup("#status-sync").queryLabeled().getStyleClass().contains("status-online"));
            shot(robot, shell, "status-devices-" + suffix);
            // at 1280 px with all three alerts up and events waiting for minutes, the shop and the cashier are
            // still there in full, in both languages; what gave way for them is in the tooltips
            robot.interact(() -> {
                assertThat(shownText(scene, ".status-store")).isEqualTo(text(scene, ".status-store")).isNotEmpty();
                assertThat(shownText(scene, ".status-cashier")).isEqualTo(text(scene, ".status-cashier"))
                        .contains(shell.session().user().displayName());
                assertThat(tooltip(scene, "#status-drawer")).isEqualTo(text(scene, "#status-drawer"));
                assertThat(tooltip(scene, "#status-sync")).as("the sync line whole, whatever the bar shows")
                        .isEqualTo(locale.getLanguage().equals("zh") ? "● 在线 · 待同步 3 · 最早 4 分钟" : "● Online · 3 to sync · oldest 4 min");
                assertThat(tooltip(scene, "#status-cashier")).contains(shell.session().user().displayName(),
                        locale.getLanguage().equals("zh") ? "开班" : "shift from");
                for (String nav : List.of("#nav-shift", "#nav-receipts", "#nav-settings", "#nav-lock")) {
                    assertThat(tooltip(scene, nav)).isEqualTo(text(scene, nav)).isNotEmpty();
                }
            });

            Touch.tap(robot, "#status-printer");
            shot(robot, shell, "print-queue-" + suffix);
            Keys.press(robot, scene, KeyCode.ESCAPE);

            Touch.tap(robot, "#status-orders");
            shot(robot, shell, "orders-" + suffix);
            Keys.press(robot, scene, KeyCode.ESCAPE);

            robot.interact(shell::showSettings);
            robot.interact(() -> {
                Node form = scene.lookup("#dev-apply");
                ScrollPane scroll = (ScrollPane) scene.lookup(".settings-scroll");
                scroll.layout();
                double y = form.localToScene(0, 0).getY();
                double content = scroll.getContent().getBoundsInLocal().getHeight();
                double view = scroll.getViewportBounds().getHeight();
                scroll.setVvalue(Math.min(1, Math.max(0, (y - view / 2) / Math.max(1, content - view))));
            });
            shot(robot, shell, "settings-devices-" + suffix);
            Keys.press(robot, scene, KeyCode.ESCAPE);
        } finally {
            loop.close();
            Files.writeString(state, "");
            robot.interact(shell::stop);
        }
    }

    /** What a label draws: its text, or less with an ellipsis when it had to give way. */
    private static String shownText(Scene scene, String query) {
        return ((javafx.scene.text.Text) scene.lookup(query).lookup(".text")).getText();
    }

    private static String tooltip(Scene scene, String query) {
        javafx.scene.control.Tooltip tip = ((javafx.scene.control.Labeled) scene.lookup(query)).getTooltip();
        return tip == null ? null : tip.getText();
    }

    private static String text(Scene scene, String query) {
        return ((javafx.scene.control.Labeled) scene.lookup(query)).getText();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static void shot(FxRobot robot, Shell shell, String name) {
        robot.interact(() -> {
            shell.modals().toasts().clear();
            Screenshots.save(shell.scene(), name);
        });
    }

    /** A cloud that answers and has one new order, once. */
    static final class OneOrderCloud implements CloudSync {
        private final AtomicBoolean delivered = new AtomicBoolean();

        @Override
        public boolean enrolled() {
            return true;
        }

        @Override
        public void push() {
        }

        @Override
        public Pulled pull() {
            return Pulled.NOTHING;
        }

        @Override
        public List<OnlineOrder> pollOrders(Duration wait, Consumer<List<OnlineOrder>> handler) {
            if (delivered.compareAndSet(false, true)) {
                List<OnlineOrder> batch = List.of(new OnlineOrder(UUID.randomUUID(), "A012", "placed", 1050, "少冰 / less ice",
                        Instant.now().minusSeconds(90), List.of(new OnlineOrder.Line("SP00001", "可口可乐 500ml", 2000, 700),
                        new OnlineOrder.Line("SP00193", "香蕉", 440, 350))));
                handler.accept(batch);
                return batch;
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return List.of();
        }

        @Override
        public void recordOrderStatus(UUID orderId, String status) {
        }

        @Override
        public SyncStatus status() {
            return new SyncStatus(true, true, 3, Duration.ofMinutes(4), Instant.now(), null);
        }
    }
}
