package cn.suanpan.app.sync;

import cn.suanpan.sync.client.SyncStatus;
import cn.suanpan.sync.protocol.OnlineOrder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the app's sync loop asks of the cloud: the calls of the sync client it uses, behind an
 * interface so the screens can be tested with a cloud of their own making.
 */
public interface CloudSync {

    /** The terminal has a cloud to talk to. */
    boolean enrolled();

    /** Sends the outbox until it is empty (or the cloud holds a gap). */
    void push();

    /** Pulls every stream to its head; says whether the catalog (or its prices) and the shop's settings changed. */
    Pulled pull();

    /** What a pull changed that the window shows. */
    record Pulled(boolean catalog, boolean settings) {
        public static final Pulled NOTHING = new Pulled(false, false);
    }

    /**
     * Waits up to {@code wait} for online orders changed since the last call and hands them to
     * {@code handler} before the cursor moves on (at least once).
     */
    List<OnlineOrder> pollOrders(Duration wait, Consumer<List<OnlineOrder>> handler);

    /** The counter moved an order on: accepted, ready, picked_up, cancelled. */
    void recordOrderStatus(UUID orderId, String status);

    SyncStatus status();
}
