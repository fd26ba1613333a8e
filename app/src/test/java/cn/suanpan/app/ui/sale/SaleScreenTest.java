package cn.suanpan.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.config.DataDirectory;
import cn.suanpan.app.config.Settings;
import cn.suanpan.app.testing.Screenshots;
import cn.suanpan.app.ui.Theme;
import cn.suanpan.app.ui.i18n.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The counter screen in a real window: scanning, errors, cancel, and screenshots. */
@ExtendWith(ApplicationExtension.class)
class SaleScreenTest {

    private static final String COLA_500 = "6999993984647";
    private static final String SPRITE_500 = "6999993521873";

    @TempDir
    static Path data;
    private static TerminalContext terminal;

    private Scene scene;
    private SaleViewModel model;

    @BeforeAll
    static void openTerminal() {
        DataDirectory dir = new DataDirectory(data);
        terminal = TerminalContext.open(dir, Settings.load(dir.settingsFile()), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        terminal.close();
    }

    @Start
    void start(Stage stage) {
        show(stage, I18n.CHINESE, false);
    }

    private void show(Stage stage, Locale locale, boolean dark) {
        Theme.apply(dark);
        I18n i18n = new I18n(locale);
        model = new SaleViewModel(terminal, i18n);
        SaleView view = new SaleView(model, i18n);
        scene = new Scene(view.root(), 1280, 800);
        Theme.style(scene);
        view.installKeys(scene);
        stage.setScene(scene);
        stage.show();
        view.focusScan();
    }

    @Test
    void scannedItemsLandInTheCartAndTheTotalFollows(FxRobot robot) {
        robot.write(COLA_500).type(KeyCode.ENTER);
        robot.write(SPRITE_500).type(KeyCode.ENTER);
        robot.write(COLA_500).type(KeyCode.ENTER);

        TableView<?> table = robot.lookup(".cart-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        assertThat(model.cart().get(0).quantity()).isEqualTo(2);
        assertThat(robot.lookup(".total-amount").queryAs(Label.class).getText()).isEqualTo("￥10.50");
        assertThat(robot.lookup(".item-count").queryAs(Label.class).getText()).isEqualTo("共 3 件");
        robot.interact(() -> Screenshots.save(scene, "sale-zh_CN-light"));
    }

    @Test
    void anUnknownCodeIsExplainedAndChangesNothing(FxRobot robot) {
        robot.write(COLA_500).type(KeyCode.ENTER);
        robot.write("6900000000000").type(KeyCode.ENTER);

        Label message = robot.lookup(".sale-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("未知条码 6900000000000");
        assertThat(message.getPseudoClassStates()).extracting(Object::toString).contains("error");
        assertThat(model.cart()).hasSize(1);
        assertThat(robot.lookup(".total-amount").queryAs(Label.class).getText()).isEqualTo("￥3.50");
    }

    @Test
    void escapeCancelsTheSaleFromAnywhere(FxRobot robot) {
        robot.write(COLA_500).type(KeyCode.ENTER);
        robot.type(KeyCode.ESCAPE);
        assertThat(model.cart()).isEmpty();
        assertThat(robot.lookup(".total-amount").queryAs(Label.class).getText()).isEqualTo("￥0.00");
    }

    @Test
    void tappingAProductTileAddsIt(FxRobot robot) {
        robot.clickOn("可口可乐 500ml");
        assertThat(model.cart()).hasSize(1);
        assertThat(robot.lookup(".total-amount").queryAs(Label.class).getText()).isEqualTo("￥3.50");
    }

    @Test
    void englishDarkScreenshot(FxRobot robot) {
        robot.interact(() -> show((Stage) scene.getWindow(), Locale.ENGLISH, true));
        robot.write(COLA_500).type(KeyCode.ENTER);
        robot.write(SPRITE_500).type(KeyCode.ENTER);
        assertThat(robot.lookup(".total-amount").queryAs(Label.class).getText()).isEqualTo("￥7.00");
        assertThat(robot.lookup(".item-count").queryAs(Label.class).getText()).isEqualTo("2 items");
        robot.interact(() -> Screenshots.save(scene, "sale-en-dark"));
        robot.interact(() -> show((Stage) scene.getWindow(), I18n.CHINESE, false));
    }
}
