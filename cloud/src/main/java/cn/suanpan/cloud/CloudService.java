package cn.suanpan.cloud;

import cn.suanpan.cloud.api.HttpApi;
import cn.suanpan.cloud.api.MiniProgramRoutes;
import cn.suanpan.cloud.catalog.CloudCatalog;
import cn.suanpan.cloud.events.EventApplier;
import cn.suanpan.cloud.events.EventIntake;
import cn.suanpan.cloud.events.EventRules;
import cn.suanpan.cloud.members.CloudMembers;
import cn.suanpan.cloud.promotions.CloudPromotions;
import cn.suanpan.cloud.shop.CloudSettings;
import cn.suanpan.cloud.payment.GatewaySetup;
import cn.suanpan.cloud.payment.PaymentGateways;
import cn.suanpan.cloud.payment.PaymentService;
import cn.suanpan.cloud.payment.Payments;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.member.MemberCodeGateway;
import cn.suanpan.cloud.payment.member.MemberCodes;
import cn.suanpan.cloud.payment.reconcile.DailyReconciliation;
import cn.suanpan.cloud.payment.reconcile.ReconciliationSchedule;
import cn.suanpan.core.payment.PaymentRouting;
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
import java.util.ArrayList;
import java.util.List;
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
    private final CloudPromotions promotions;
    private final CloudSettings settings;
    private final Enrolments enrolments;
    private final OnlineOrders orders;
    private final MiniProgram miniProgram;
    private final Javalin http;
    private final PaymentService payments;
    private final DailyReconciliation reconciliation;
    private ReconciliationSchedule schedule;

    private CloudService(CloudStore store, Shops shops, CloudCatalog catalog, CloudMembers members, CloudPromotions promotions,
                         CloudSettings settings, Enrolments enrolments,
                         OnlineOrders orders, MiniProgram miniProgram, Javalin http, PaymentService payments,
                         DailyReconciliation reconciliation) {
        this.reconciliation = reconciliation;
        this.orders = orders;
        this.miniProgram = miniProgram;
        this.payments = payments;
        this.store = store;
        this.shops = shops;
        this.catalog = catalog;
        this.members = members;
        this.promotions = promotions;
        this.settings = settings;
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
    public static CloudService start(CloudConfig config, Clock clock, UnaryOperator<EventApplier> rules) {
        return start(config, clock, rules, Notifier.LOG);
    }

    public static CloudService start(CloudConfig config, Clock clock, UnaryOperator<EventApplier> rules, Notifier notifier) {
        return start(config, clock, rules, notifier, new LocalWeChatLogin(), GatewaySetup.NONE);
    }

    /**
     * Starts a node whose code payments go through the member wallet and the gateways
     * {@code wallets} makes; any wallet without a gateway is answered "not enabled".
     */
    public static CloudService start(CloudConfig config, Clock clock, UnaryOperator<EventApplier> rules, GatewaySetup wallets) {
        return start(config, clock, rules, Notifier.LOG, new LocalWeChatLogin(), wallets);
    }

    /** A node with its customer-facing parts given: WeChat's login exchange and the customer notifier. */
    public static CloudService start(CloudConfig config, Clock clock, UnaryOperator<EventApplier> rules, Notifier notifier,
                                     WeChatLogin wechat) {
        return start(config, clock, rules, notifier, wechat, GatewaySetup.NONE);
    }

    /** A node with every outside part given: WeChat's login, the customer notifier and the wallets' gateways. */
    public static CloudService start(CloudConfig config, Clock clock, UnaryOperator<EventApplier> rules, Notifier notifier,
                                     WeChatLogin wechat, GatewaySetup wallets) {
        CloudStore store = CloudStore.open(config.database());
        PaymentService payments = null;
        try {
            JsonCodec codec = new JsonCodec();
            Shops shops = new Shops(store, clock);
            CloudCatalog catalog = new CloudCatalog(store, clock);
            CloudMembers members = new CloudMembers(store);
            CloudPromotions promotions = new CloudPromotions(store, clock);
            CloudSettings settings = new CloudSettings(store, clock);
            SecretSeal seal = SecretSeal.keyFile(config.secretsKeyFile(), "cloud-terminal-secret");
            Enrolments enrolments = new Enrolments(store, clock, seal);
            int sealed = enrolments.sealClearSecrets();
            if (sealed > 0) {
                log.info("Sealed the secrets of {} terminals enrolled before secrets were sealed", sealed);
            }
            if (config.seedDemo()) {
                DemoShop.seedIfAbsent(store, shops, catalog, promotions, clock);
            }
            TerminalDirectory terminals = new TerminalDirectory(store, seal);
            EventIntake intake = new EventIntake(store, rules.apply(new EventRules(notifier)), codec, clock);
            OnlineOrders orders = new OnlineOrders(store, clock, codec.mapper(), store.dialect() == SQLDialect.POSTGRES
                    ? new PostgresOrderSignals(store::dedicatedConnection, ORDER_FALLBACK) : OrderSignals.POLLING);
            MiniProgram miniProgram = new MiniProgram(store, clock, shops, wechat, new MemberSessions(store, clock), orders);
            MemberCodes memberCodes = new MemberCodes(store, clock, PaymentRouting.load(config.dataDir()));
            List<PaymentGateway> gateways = new ArrayList<>(wallets.gateways(store, clock));
            gateways.add(new MemberCodeGateway(store, memberCodes, clock));
            payments = new PaymentService(store, new PaymentGateways(gateways), clock);
            DailyReconciliation reconciliation = new DailyReconciliation(store, gateways, clock);
            Javalin http = HttpApi.create(new HttpApi.Parts(codec, clock, store, shops, enrolments, terminals,
                    new DatabaseReplayGuard(store), intake, catalog, members, promotions, settings, orders, config.adminToken(),
                    new MiniProgramRoutes(codec, miniProgram), new Payments(payments, memberCodes, reconciliation)));
            http.start(config.host(), config.port());
            log.info("Cloud listening on http://{}:{}", config.host(), http.port());
            int unfinished = payments.recover();
            if (unfinished > 0) {
                log.warn("{} code payments were left unfinished and are being settled", unfinished);
            }
            return new CloudService(store, shops, catalog, members, promotions, settings, enrolments, orders, miniProgram, http, payments,
                    reconciliation);
        } catch (RuntimeException e) {
            if (payments != null) {
                payments.close();
            }
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

    public CloudPromotions promotions() {
        return promotions;
    }

    public CloudSettings settings() {
        return settings;
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

    public PaymentService payments() {
        return payments;
    }

    public DailyReconciliation reconciliation() {
        return reconciliation;
    }

    /**
     * Starts the daily reconciliation rounds on this node (docs/PAYMENTS.md): the first after
     * {@code firstAfter}, then every {@code every}. Not started by {@link #start}: a node
     * started for a test does not ask the wallets for bills unless the test asks it to.
     */
    public synchronized void startReconciliationSchedule(java.time.Duration firstAfter, java.time.Duration every) {
        if (schedule == null) {
            schedule = ReconciliationSchedule.start(reconciliation, firstAfter, every);
        }
    }

    @Override
    public void close() {
        try {
            synchronized (this) {
                if (schedule != null) {
                    schedule.close();
                }
            }
            http.stop();
            payments.close();
        } finally {
            try {
                orders.signals().close();
            } finally {
                store.close();
            }
        }
    }
}
