package cn.suanpan.app.ui.orders;

import cn.suanpan.app.sync.CloudSync;
import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.core.money.Money;
import cn.suanpan.sync.protocol.OnlineOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The counter's side of online orders: the orders still to hand over, a toast, a sound and a
 * printed ticket when a new one comes in, and the buttons that move an order on (accepted,
 * ready, picked up), each sent back to the cloud as an {@code order.status} event through the
 * outbox, so it survives being offline.
 */
public final class OrderDesk {

    public static final String PLACED = "placed";
    public static final String ACCEPTED = "accepted";
    public static final String READY = "ready";
    public static final String PICKED_UP = "picked_up";
    public static final String CANCELLED = "cancelled";

    private final UiContext ui;
    private final CloudSync cloud;
    private final Runnable nudge;
    private final ObservableList<OnlineOrder> open = FXCollections.observableArrayList();
    /** Orders whose ticket was printed, in this run and before: the poll delivers at least once, maybe twice. */
    private final PrintedTickets ticketed;

    /**
     * @param nudge   asks the sync loop to push soon
     * @param tickets the file that remembers printed tickets across restarts; null: this run only
     */
    public OrderDesk(UiContext ui, CloudSync cloud, Runnable nudge, Path tickets) {
        this.ui = ui;
        this.cloud = cloud;
        this.nudge = nudge;
        this.ticketed = PrintedTickets.in(tickets);
    }

    /** Orders not yet picked up or cancelled, oldest first. */
    public ObservableList<OnlineOrder> open() {
        return open;
    }

    /** A batch from the order poll; on the UI thread. */
    public void received(List<OnlineOrder> batch) {
        for (OnlineOrder o : batch) {
            int at = indexOf(o.id());
            boolean done = o.status().equals(PICKED_UP) || o.status().equals(CANCELLED);
            if (done) {
                if (at >= 0) {
                    open.remove(at);
                }
            } else if (at >= 0) {
                open.set(at, o);
            } else {
                open.add(o);
            }
            if (o.status().equals(PLACED) && ticketed.add(o.id())) {
                ui.toast(Notice.info("orders.new", o.number(), Money.ofFen(o.totalFen()).display()));
                ui.services().sounds().play(Sound.ORDER);
                printTicket(o);
            }
        }
    }

    /** The status that follows {@code status} at the counter, if any. */
    public static Optional<String> next(String status) {
        return switch (status) {
            case PLACED -> Optional.of(ACCEPTED);
            case ACCEPTED -> Optional.of(READY);
            case READY -> Optional.of(PICKED_UP);
            default -> Optional.empty();
        };
    }

    /** Moves an order on and tells the cloud (through the outbox). */
    public void move(OnlineOrder order, String status) {
        ui.services().executor().submit(() -> {
            cloud.recordOrderStatus(order.id(), status);
            return status;
        }, s -> {
            received(List.of(new OnlineOrder(order.id(), order.number(), s, order.totalFen(), order.note(), order.placedAt(),
                    order.lines())));
            ui.toast(Notice.success("orders.moved", order.number(), ui.i18n().tr("orders.status." + s)));
            ui.refreshPendingSync();
            nudge.run();
        }, f -> ui.toast(Notice.failure(f)));
    }

    public void printTicket(OnlineOrder order) {
        var i18n = ui.i18n();
        String terminal = ui.services().store().storeCode() + "-" + ui.services().store().terminalCode();
        ui.services().executor().submit(() -> {
            ui.services().devices().ticketPrinter().print(OrderTicket.of(order, ui.services().store(), i18n, terminal)).join();
            return order.number();
        }, no -> { }, f -> ui.toast(Notice.error("orders.ticketFailed", order.number(), ui.i18n().describe(f))));
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
