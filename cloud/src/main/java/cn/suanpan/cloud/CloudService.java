package cn.suanpan.cloud;

import cn.suanpan.cloud.api.HttpApi;
import cn.suanpan.cloud.catalog.CloudCatalog;
import cn.suanpan.cloud.events.EventApplier;
import cn.suanpan.cloud.events.EventIntake;
import cn.suanpan.cloud.events.EventRules;
import cn.suanpan.cloud.members.CloudMembers;
import cn.suanpan.cloud.orders.Notifier;
import cn.suanpan.cloud.orders.OnlineOrders;
import cn.suanpan.cloud.shop.DemoShop;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.terminal.DatabaseReplayGuard;
import cn.suanpan.cloud.terminal.Enrolments;
import cn.suanpan.cloud.terminal.TerminalDirectory;
import cn.suanpan.sync.protocol.JsonCodec;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One cloud node: its store, its services and its HTTP API, wired once. Nodes keep no
 * state of their own beyond caches of what never changes, so several may serve the same
 * PostgreSQL database.
 */
public final class CloudService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CloudService.class);

    private final CloudStore store;
    private final Shops shops;
    private final CloudCatalog catalog;
    private final CloudMembers members;
    private final Enrolments enrolments;
    private final OnlineOrders orders;
    private final Javalin http;

    private CloudService(CloudStore store, Shops shops, CloudCatalog catalog, CloudMembers members, Enrolments enrolments,
                         OnlineOrders orders, Javalin http) {
        this.orders = orders;
        this.store = store;
        this.shops = shops;
        this.catalog = catalog;
        this.members = members;
        this.enrolments = enrolments;
        this.http = http;
    }

    public static CloudService start(CloudConfig config, Clock clock) {
        return start(config, clock, UnaryOperator.identity(), Notifier.LOG);
    }

    /**
     * Starts a node whose event rules are wrapped by {@code rules} (fault-injection tests
     * make one fail part-way through a batch, as a node dying mid-apply would).
     */
    public static CloudService start(CloudConfig config, Clock clock, UnaryOperator<EventApplier> rules, Notifier notifier) {
        CloudStore store = CloudStore.open(config.database());
        try {
            JsonCodec codec = new JsonCodec();
            Shops shops = new Shops(store, clock);
            CloudCatalog catalog = new CloudCatalog(store, clock);
            CloudMembers members = new CloudMembers(store);
            Enrolments enrolments = new Enrolments(store, clock);
            if (config.seedDemo()) {
                DemoShop.seedIfAbsent(store, shops, catalog, clock);
            }
            TerminalDirectory terminals = new TerminalDirectory(store);
            EventIntake intake = new EventIntake(store, rules.apply(new EventRules(notifier)), codec, clock);
            OnlineOrders orders = new OnlineOrders(store, clock, codec.mapper());
            Javalin http = HttpApi.create(new HttpApi.Parts(codec, clock, store, shops, enrolments, terminals,
                    new DatabaseReplayGuard(store), intake, catalog, members, orders, config.adminToken()));
            http.start(config.host(), config.port());
            log.info("Cloud listening on http://{}:{}", config.host(), http.port());
            return new CloudService(store, shops, catalog, members, enrolments, orders, http);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    public CloudStore store() {
        return store;
    }

    public Shops shops() {
        return shops;
    }

    public CloudCatalog catalog() {
        return catalog;
    }

    public CloudMembers members() {
        return members;
    }

    public OnlineOrders orders() {
        return orders;
    }

    public Enrolments enrolments() {
        return enrolments;
    }

    @Override
    public void close() {
        try {
            http.stop();
        } finally {
            store.close();
        }
    }
}
