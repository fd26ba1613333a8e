package cn.suanpan.app.sync;

import cn.suanpan.sync.client.SyncClient;
import cn.suanpan.sync.client.SyncStatus;
import cn.suanpan.sync.protocol.OnlineOrder;
import cn.suanpan.sync.protocol.Stream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** {@link CloudSync} through the sync module's client. */
public final class ClientCloudSync implements CloudSync {

    private final SyncClient client;

    public ClientCloudSync(SyncClient client) {
        this.client = client;
    }

    @Override
    public boolean enrolled() {
        return client.enrolment().isPresent();
    }

    @Override
    public void push() {
        client.push();
    }

    @Override
    public Pulled pull() {
        // the streams the cloud fills, as `sync pull` fetches them; pulled promotions reach the
        // pricing engine by themselves (LivePromotions), the receipt lines are read per receipt,
        // the store's name is shown in the window (which reads it again when settings came)
        boolean catalog = client.pull(Stream.CATALOG, SyncClient.Progress.NONE).changes() > 0;
        client.pull(Stream.MEMBERS, SyncClient.Progress.NONE);
        client.pull(Stream.PROMOTIONS, SyncClient.Progress.NONE);
        boolean settings = client.pull(Stream.SETTINGS, SyncClient.Progress.NONE).changes() > 0;
        return new Pulled(catalog, settings);
    }

    @Override
    public List<OnlineOrder> pollOrders(Duration wait, Consumer<List<OnlineOrder>> handler) {
        return client.pollOrders(wait, handler);
    }

    @Override
    public void recordOrderStatus(UUID orderId, String status) {
        client.recordOrderStatus(orderId, status);
    }

    @Override
    public SyncStatus status() {
        return client.status();
    }
}
