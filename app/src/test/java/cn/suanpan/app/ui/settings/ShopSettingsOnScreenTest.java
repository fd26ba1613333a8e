package cn.suanpan.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.sync.CloudSync;
import cn.suanpan.app.sync.SyncLoop;
import cn.suanpan.app.testing.Screenshots;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.core.setup.ShopSettings;
import cn.suanpan.sync.client.SyncStatus;
import cn.suanpan.sync.protocol.OnlineOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the shop sets in the cloud for every counter (ADR 24), in the window: the receipt
 * lines that print instead of the terminal's own are shown on the settings screen, read-only,
 * saying where they come from; a store renamed there shows its new name in the status bar
 * once the pull that brought it is applied, without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class ShopSettingsOnScreenTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Shell shell;
    SyncLoop loop;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.show(stage, terminal, I18n.CHINESE);
        ShellFixture.loginWithShift(shell, DemoStore.ADMIN, DemoStore.ADMIN_PIN);
    }

    @AfterEach
    void stop() {
        if (loop != null) {
            loop.close();
        }
    }

    /** What a pull of the settings stream writes to the store. */
    private static void pulled(String storeName, String storeNameEn, ShopSettings lines) {
        terminal.context().store().inTransactionRun(tx -> ShopSettings.apply(tx, storeName, storeNameEn, lines, Instant.now()));
    }

    @Test
    void theShopsReceiptLinesAreShownReadOnlyAndSaySoWhenTheyPrintInsteadOfTheTerminalsOwn(FxRobot robot) {
        robot.interact(shell::showSettings);
        assertThat(robot.lookup("#receipt-from-shop").tryQuery()).as("the shop set no lines: only the terminal's own").isEmpty();
        assertThat(robot.lookup("#receipt-header").queryAs(TextField.class).isEditable()).isTrue();
        robot.interact(shell::showSale);

        pulled(null, null, new ShopSettings("算盘便利店 · 总部统一", "谢谢惠顾\n会员积分请扫码"));
        robot.interact(shell::showSettings);

        assertThat(robot.lookup("#receipt-from-shop").queryAs(Label.class).getText()).contains("门店设置", "总部");
        TextField header = robot.lookup("#receipt-header-shop").queryAs(TextField.class);
        assertThat(header.getText()).isEqualTo("算盘便利店 · 总部统一");
        assertThat(header.isEditable()).isFalse();
        TextArea footer = robot.lookup("#receipt-footer-shop").queryAs(TextArea.class);
        assertThat(footer.getText()).isEqualTo("谢谢惠顾\n会员积分请扫码");
        assertThat(footer.isEditable()).isFalse();
        // the terminal's own lines stay editable, for when the shop stops setting them
        assertThat(robot.lookup("#receipt-header").queryAs(TextField.class).isEditable()).isTrue();
        assertThat(robot.lookup("#receipt-footer").queryAs(TextArea.class).isEditable()).isTrue();
        robot.interact(() -> Screenshots.save(shell.scene(), "settings-shop-receipt-zh_CN-light"));
        robot.interact(shell::showSale);
        pulled(null, null, ShopSettings.NONE);
    }

    @Test
    void aStoreRenamedInTheCloudShowsItsNewNameInTheStatusBarAfterThePull(FxRobot robot) {
        Label store = robot.lookup("#status-store").queryAs(Label.class);
        assertThat(store.getText()).startsWith("算盘便利店 · ");
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        robot.interact(() -> shell.services().storeInfo().property().addListener((obs, a, b) -> onFxThread.add(Platform.isFxApplicationThread())));
        RenamingCloud cloud = new RenamingCloud();
        loop = new SyncLoop(cloud, Duration.ofMillis(200), Duration.ofMillis(100));
        robot.interact(() -> shell.attachSync(loop));
        loop.start();

        cloud.rename = "算盘便利店（南京西路）";

        Wait.until(() -> robot.lookup("#status-store").queryAs(Label.class).getText().startsWith("算盘便利店（南京西路） · "));
        assertThat(onFxThread).containsOnly(true).isNotEmpty();
        assertThat(shell.services().store().storeName()).isEqualTo("算盘便利店（南京西路）");
    }

    /** A cloud whose next pull renames the store when {@link #rename} is set; nothing else. */
    static final class RenamingCloud implements CloudSync {
        volatile String rename;

        @Override
        public boolean enrolled() {
            return true;
        }

        @Override
        public void push() {
        }

        @Override
        public Pulled pull() {
            String name = rename;
            if (name == null) {
                return Pulled.NOTHING;
            }
            rename = null;
            pulled(name, "Suanpan Nanjing Road West", ShopSettings.NONE);
            return new Pulled(false, true);
        }

        @Override
        public List<OnlineOrder> pollOrders(Duration wait, Consumer<List<OnlineOrder>> handler) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }

        @Override
        public void recordOrderStatus(UUID orderId, String status) {
        }

        @Override
        public SyncStatus status() {
            return new SyncStatus(true, true, 0, Duration.ZERO, Instant.now(), null);
        }
    }
}
