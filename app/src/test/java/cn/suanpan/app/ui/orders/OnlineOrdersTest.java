package cn.suanpan.app.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.sync.CloudSync;
import cn.suanpan.app.sync.SyncLoop;
import cn.suanpan.app.testing.ShellFixture;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.testing.Touch;
import cn.suanpan.app.testing.Wait;
import cn.suanpan.app.ui.Shell;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.devices.SimulatedReceiptPrinter;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.catalog.ScanOutcome;
import cn.suanpan.core.catalog.CatalogChanges;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.setup.DemoStore;
import java.time.Clock;
import cn.suanpan.sync.client.SyncStatus;
import cn.suanpan.sync.protocol.OnlineOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Sync in the window, against a cloud made up by the test: the background loop's status in
 * the status bar, a new online order as a toast, a sound and a ticket, and the buttons that
 * send its status back.
 */
@ExtendWith(ApplicationExtension.class)
class OnlineOrdersTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Shell shell;
    FakeCloud cloud;
    SyncLoop loop;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.show(stage, terminal, I18n.CHINESE);
        ShellFixture.loginWithShift(shell, DemoStore.ADMIN, DemoStore.ADMIN_PIN);
        cloud = new FakeCloud();
        loop = new SyncLoop(cloud, Duration.ofMillis(200), Duration.ofMillis(100));
        shell.attachSync(loop);
        loop.start();
    }

    @AfterEach
    void stop() {
        loop.close();
    }

    @Test
    void aNewOrderIsAnnouncedPrintedAndMovedOnFromTheCounter(FxRobot robot) {
        Wait.until(() -> text(robot, "#status-sync").startsWith("● 在线"));
        assertThat(cloud.pushes).isPositive();

        OnlineOrder order = new OnlineOrder(UUID.randomUUID(), "A012", "placed", 1050, "少冰", Instant.now(),
                List.of(new OnlineOrder.Line("1001", "可口可乐 500ml", 2000, 700), new OnlineOrder.Line("2001", "香蕉", 352, 350)));
        cloud.deliver(order);

        Wait.until(() -> robot.lookup("#status-orders").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(text(robot, "#status-orders")).isEqualTo("订单 1");
        Wait.until(() -> terminal.sounds().played().contains(Sound.ORDER));
        SimulatedReceiptPrinter tickets = (SimulatedReceiptPrinter) shell.services().devices().ticketPrinter();
        Wait.until(() -> tickets.printed().size() == 1);
        String ticket = String.join("\n", tickets.printed().getFirst().textLines());
        assertThat(ticket).contains("线上订单 A012", "可口可乐 500ml", "0.352", "￥10.50", "备注：少冰");

        // delivered again (the poll is at-least-once): no second ticket
        cloud.deliver(order);
        Touch.tap(robot, "#status-orders");
        Touch.tap(robot, "#order-accepted-A012");
        Wait.until(() -> cloud.statuses.contains(order.id() + " accepted"));
        Touch.tap(robot, "#order-ready-A012");
        Touch.tap(robot, "#order-picked_up-A012");
        Wait.until(() -> cloud.statuses.contains(order.id() + " picked_up"));
        assertThat(cloud.statuses).containsExactly(order.id() + " accepted", order.id() + " ready", order.id() + " picked_up");
        Wait.until(() -> !robot.lookup("#status-orders").query().isVisible());
        assertThat(tickets.printed()).hasSize(1);
    }

    @Test
    void aCatalogChangedByAPullIsReadIntoTheIndex(FxRobot robot) {
        String barcode = "6900000000017";
        assertThat(shell.services().catalog().scan(barcode)).isInstanceOf(ScanOutcome.Unknown.class);
        // what a pull writes to the store
        Product tea = new Product(UUID.randomUUID(), "SYNC-TEA", "乌龙茶", "Oolong tea", "wu long cha", "wlc", null, null, "瓶",
                Money.parse("4.50"), null, null, 1300, false, null, false, true, List.of(barcode));
        var store = shell.services().terminal().store();
        store.inTransactionRun(tx -> CatalogChanges.apply(tx, List.of(new CatalogChanges.ProductUpsert(tea)), Clock.systemUTC()));
        cloud.catalogChanged = true;

        Wait.until(() -> shell.services().catalog().scan(barcode) instanceof ScanOutcome.Found);
        assertThat(shell.services().catalog().search("wlc", 5)).extracting(Product::sku).contains("SYNC-TEA");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    /** A cloud that is always there: counts pushes and pulls, hands out the orders it is given, keeps the statuses. */
    static final class FakeCloud implements CloudSync {
        volatile int pushes;
        volatile int pulls;
        volatile boolean catalogChanged;
        final BlockingQueue<OnlineOrder> orders = new LinkedBlockingQueue<>();
        final List<String> statuses = new CopyOnWriteArrayList<>();

        void deliver(OnlineOrder o) {
            orders.add(o);
        }

        @Override
        public boolean enrolled() {
            return true;
        }

        @Override
        public void push() {
            pushes++;
        }

        @Override
        public Pulled pull() {
            pulls++;
            boolean changed = catalogChanged;
            catalogChanged = false;
            return new Pulled(changed, false);
        }

        @Override
        public List<OnlineOrder> pollOrders(Duration wait, Consumer<List<OnlineOrder>> handler) {
            try {
                OnlineOrder first = orders.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    return List.of();
                }
                List<OnlineOrder> batch = new ArrayList<>(List.of(first));
                orders.drainTo(batch);
                handler.accept(batch);
                return batch;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void recordOrderStatus(UUID orderId, String status) {
            statuses.add(orderId + " " + status);
        }

        @Override
        public SyncStatus status() {
            return new SyncStatus(true, true, 0, Duration.ZERO, Instant.now(), null);
        }
    }
}
