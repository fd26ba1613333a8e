package cn.suanpan.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.HeldCatalog;
import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.Screenshots;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.setup.DemoStore;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import cn.suanpan.app.ui.settings.UiSettings;
import java.util.Locale;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sale screen before a large catalog's index is built: it says the catalog is loading,
 * keeps the scans without holding the JavaFX thread, and puts them in the cart once it is built.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogLoadingTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    HeldCatalog held;
    Shell shell;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        held = HeldCatalog.of(terminal.context().catalog());
        Services services = terminal.services(Platform::runLater).withCatalog(held.loadInBackground());
        shell = ShellFixture.show(stage, services, I18n.CHINESE);
        ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
    }

    @AfterEach
    void letTheIndexFinish() {
        held.release();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** A JavaFX thread waiting for the index would hang the scans below: the time-out turns that into a failure. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void scansWhileTheCatalogLoadsAreKeptAndLandInTheCartOnceItIsReady(FxRobot robot) {
        assertThat(robot.lookup("#catalog-loading").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#catalog-loading")).isEqualTo("正在加载商品目录…");

        Keys.scan(robot, shell.scene(), SaleScreenTest.COLA_500);
        Keys.scan(robot, shell.scene(), SaleScreenTest.SPRITE_500);
        Keys.scan(robot, shell.scene(), SaleScreenTest.COLA_500);

        assertThat(text(robot, "#sale-message")).isEqualTo("商品目录正在加载。已保留 3 次扫码，加载完成后自动加入购物车。");
        assertThat(shell.saleModel().lines()).isEmpty();
        robot.interact(() -> Screenshots.save(shell.scene(), "catalog-loading-zh_CN-light"));

        held.release();
        Wait.until(() -> shell.saleModel().lines().size() == 2);

        assertThat(shell.saleModel().lines().getFirst().line().quantity()).isEqualTo(Quantity.pieces(2));
        assertThat(text(robot, "#total-amount")).isEqualTo("￥8.75");
        assertThat(robot.lookup("#catalog-loading").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup(".category-tabs .toggle-button").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".product-grid .button").queryAll()).isNotEmpty();
    }

    /** The same wait in English on the dark theme, for the pictures. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theLoadingSaleScreenInEnglishOnDark(FxRobot robot) {
        held.release();
        UiSettings settings = new UiSettings(terminal.context().settings());
        settings.setLocale(Locale.ENGLISH);
        settings.setDark(true);
        try {
            held = HeldCatalog.of(terminal.context().catalog());
            Services services = terminal.services(Platform::runLater).withCatalog(held.loadInBackground());
            robot.interact(() -> {
                shell.stop();
                shell = ShellFixture.show(stage, services, Locale.ENGLISH);
                ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
            });
            Keys.scan(robot, shell.scene(), SaleScreenTest.COLA_500);
            Keys.scan(robot, shell.scene(), SaleScreenTest.SPRITE_500);
            assertThat(robot.lookup("#catalog-loading").queryAs(Label.class).isVisible()).isTrue();
            assertThat(text(robot, "#sale-message")).doesNotContain("商品目录");
            robot.interact(() -> Screenshots.save(shell.scene(), "catalog-loading-en-dark"));
        } finally {
            settings.setDark(false);
            settings.setLocale(I18n.CHINESE);
        }
    }
}
