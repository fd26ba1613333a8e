package cn.suanpan.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.Keys;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.core.setup.DemoStore;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The row of what was just scanned is in full view, however long the cart has grown. */
@ExtendWith(ApplicationExtension.class)
class CartFollowsScansTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.show(stage, terminal, I18n.CHINESE);
        ShellFixture.loginWithShift(shell, DemoStore.CASHIER, DemoStore.CASHIER_PIN);
    }

    @Test
    void theNewestRowIsInViewAfterEveryScan(FxRobot robot) {
        List<String> codes = new ArrayList<>();
        terminal.context().catalog().forEach(p -> {
            if (p.active() && !p.weighed() && !p.barcodes().isEmpty() && codes.size() < 30) {
                codes.add(p.barcodes().getFirst());
            }
        });
        assertThat(codes).hasSize(30);
        ListView<?> cart = robot.lookup("#cart").queryAs(ListView.class);
        for (String code : codes) {
            Keys.scan(robot, shell.scene(), code);
            PricedLine newest = shell.saleModel().lines().getLast();
            // drawn on the next frame; a row left out of view stays out and the wait fails
            try {
                Wait.until(() -> fullyShown(cart, newest));
            } catch (AssertionError e) {
                StringBuilder d = new StringBuilder("row " + shell.saleModel().lines().size() + " view " + cart.localToScene(cart.getLayoutBounds()));
                for (Node n : cart.lookupAll(".cart-cell")) {
                    if (n instanceof ListCell<?> cell) {
                        d.append("\n ").append(cell.getIndex()).append(' ').append(cell.getItem() == newest).append(' ').append(cell.isVisible()).append(' ').append(cell.localToScene(cell.getLayoutBounds()));
                    }
                }
                throw new AssertionError(d.toString(), e);
            }
        }
    }

    private static boolean fullyShown(ListView<?> cart, PricedLine line) {
        Bounds view = cart.localToScene(cart.getLayoutBounds());
        for (Node n : cart.lookupAll(".cart-cell")) {
            if (n instanceof ListCell<?> cell && cell.getItem() == line && cell.isVisible()) {
                Bounds b = cell.localToScene(cell.getLayoutBounds());
                return b.getHeight() > 0 && b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
            }
        }
        return false;
    }
}
