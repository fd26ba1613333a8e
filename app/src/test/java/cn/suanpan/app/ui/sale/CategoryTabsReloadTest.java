package cn.suanpan.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.catalog.CatalogImporter;
import cn.suanpan.core.setup.DemoStore;
import java.io.StringReader;
import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A category an import adds shows as a tab once the catalog is read again, without leaving the sale screen. */
@ExtendWith(ApplicationExtension.class)
class CategoryTabsReloadTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.show(stage, terminal, I18n.CHINESE);
        ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
    }

    @Test
    void aCategoryAddedByAnImportAppearsAsATabAfterTheReload(FxRobot robot) {
        List<String> before = tabs(robot);
        assertThat(before).isNotEmpty().doesNotContain("进口水果");
        String selected = robot.lookup(".category-tabs .toggle-button").queryAllAs(ToggleButton.class).stream()
                .filter(ToggleButton::isSelected).map(ToggleButton::getText).findFirst().orElseThrow();

        new CatalogImporter(terminal.context().store(), terminal.context().clock())
                .importCategories(new StringReader("code,name,name_en,sort_order\nimported-fruit,进口水果,Imported fruit,999\n"));
        shell.services().catalog().reload();

        Wait.until(() -> tabs(robot).contains("进口水果"));
        assertThat(tabs(robot)).containsAll(before).hasSize(before.size() + 1);
        // the tab the cashier was on stays chosen
        assertThat(robot.lookup(".category-tabs .toggle-button").queryAllAs(ToggleButton.class).stream()
                .filter(ToggleButton::isSelected).map(ToggleButton::getText).toList()).containsExactly(selected);
    }

    private static List<String> tabs(FxRobot robot) {
        return robot.lookup(".category-tabs .toggle-button").queryAllAs(ToggleButton.class).stream()
                .map(ToggleButton::getText).toList();
    }
}
