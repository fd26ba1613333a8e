package cn.suanpan.cloud;

import cn.suanpan.cloud.api.HttpApi;
import cn.suanpan.cloud.api.MiniProgramRoutes;
import cn.suanpan.cloud.catalog.CloudCatalog;
import cn.suanpan.cloud.events.EventApplier;
import cn.suanpan.cloud.events.EventIntake;
import cn.suanpan.cloud.events.EventRules;
import cn.suanpan.cloud.members.CloudMembers;
import cn.suanpan.cloud.miniprogram.LocalWeChatLogin;
import cn.suanpan.cloud.miniprogram.MemberSessions;
import cn.suanpan.cloud.miniprogram.MiniProgram;
import cn.suanpan.cloud.miniprogram.WeChatLogin;
import cn.suanpan.cloud.orders.Notifier;
import cn.suanpan.cloud.orders.OnlineOrders;
import cn.suanpan.cloud.orders.OrderSignals;
import cn.suanpan.cloud.orders.PostgresOrderSignals;
import cn.suanpan.cloud.shop.DemoShop;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.terminal.DatabaseReplayGuard;
import cn.suanpan.cloud.terminal.Enrolments;
import cn.suanpan.cloud.terminal.TerminalDirectory;
import cn.suanpan.core.secrets.SecretSeal;
import cn.suanpan.sync.protocol.JsonCodec;
import io.javalin.Javalin;
import org.jooq.SQLDialect;
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
    private final MiniProgram miniProgram;
    private final Javalin http;

    private CloudService(CloudStore store, Shops shops, CloudCatalog catalog, CloudMembers members, Enrolments enrolments,
                         OnlineOrders orders, MiniProgram miniProgram, Javalin http) {
        this.orders = orders;
        this.miniProgram = miniProgram;
        this.store = store;
        this.shops = shops;
        this.catalog = catalog;
        this.members = members;
        this.enrolments = enrolments;
        this.http = http;
    }

    /** The longest a long poll on PostgreSQL waits without looking at the database itself. */
    private static final java.time.Duration ORDER_FALLBACK = java.time.Duration.ofSeconds(5);

    public static CloudService start(CloudConfig config, Clock clock) {
        return start(config, clock, UnaryOperator.identity(), Notifier.LOG);
    }

    /**
     * Starts a node whose event rules are wrapped by {@code rules} (fault-injection tests
     * make one fail part-way through a batch, as a node dying mid-apply would).
     */
    public static CloudService start(CloudConfig config, Clock clock, UnaryOperator<EventApplier> rules, Notifier notifier) {
        return start(config, clock, rules, notifier, new LocalWeChatLogin());
    }

    /** A node with its customer-facing parts given: WeChat's login exchange and the customer notifier. */
    public static CloudService start(CloudConfig config, Clock clock, UnaryOperator<EventApplier> rules, Notifier notifier,
                                     WeChatLogin wechat) {
        CloudStore store = CloudStore.open(config.database());
        try {
            JsonCodec codec = new JsonCodec();
            Shops shops = new Shops(store, clock);
            CloudCatalog catalog = new CloudCatalog(store, clock);
            CloudMembers members = new CloudMembers(store);
            SecretSeal seal = SecretSeal.keyFile(config.secretsKeyFile(), "cloud-terminal-secret");
            Enrolments enrolments = new Enrolments(store, clock, seal);
            int sealed = enrolments.sealClearSecrets();
            if (sealed > 0) {
                log.info("Sealed the secrets of {} terminals enrolled before secrets were sealed", sealed);
            }
            if (config.seedDemo()) {
                DemoShop.seedIfAbsent(store, shops, catalog, clock);
            }
            TerminalDirectory terminals = new TerminalDirectory(store, seal);
            EventIntake intake = new EventIntake(store, rules.apply(new EventRules(notifier)), codec, clock);
            OnlineOrders orders = new OnlineOrders(store, clock, codec.mapper(), store.dialect() == SQLDialect.POSTGRES
                    ? new PostgresOrderSignals(store::dedicatedConnection, ORDER_FALLBACK) : OrderSignals.POLLING);
            MiniProgram miniProgram = new MiniProgram(store, clock, shops, wechat, new MemberSessions(store, clock), orders);
            Javalin http = HttpApi.create(new HttpApi.Parts(codec, clock, store, shops, enrolments, terminals,
                    new DatabaseReplayGuard(store), intake, catalog, members, orders, config.adminToken(),
                    new MiniProgramRoutes(codec, miniProgram)));
            http.start(config.host(), config.port());
            log.info("Cloud listening on http://{}:{}", config.host(), http.port());
            return new CloudService(store, shops, catalog, members, enrolments, orders, miniProgram, http);
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

    public MiniProgram miniProgram() {
        return miniProgram;
    }

    public Enrolments enrolments() {
        return enrolments;
    }

    @Override
    public void close() {
        try {
            http.stop();
        } finally {
            try {
                orders.signals().close();
            } finally {
                store.close();
            }
        }
    }
}
