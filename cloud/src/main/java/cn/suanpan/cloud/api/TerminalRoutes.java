package cn.suanpan.cloud.api;

import cn.suanpan.cloud.catalog.CloudCatalog;
import cn.suanpan.cloud.events.EventIntake;
import cn.suanpan.cloud.members.CloudMembers;
import cn.suanpan.cloud.promotions.CloudPromotions;
import cn.suanpan.cloud.shop.CloudSettings;
import cn.suanpan.cloud.orders.OnlineOrders;
import cn.suanpan.cloud.shop.ChangeNumbers;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.terminal.Enrolments;
import cn.suanpan.cloud.terminal.TerminalDirectory;
import cn.suanpan.sync.protocol.EnrolRequest;
import cn.suanpan.sync.protocol.EnrolResponse;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.OnlineOrder;
import cn.suanpan.sync.protocol.OrdersPage;
import cn.suanpan.sync.protocol.OrdersRequest;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.PullPage;
import cn.suanpan.sync.protocol.PullRequest;
import cn.suanpan.sync.protocol.PushRequest;
import cn.suanpan.sync.protocol.ReplayGuard;
import cn.suanpan.sync.protocol.Signatures;
import cn.suanpan.sync.protocol.Versioned;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The terminal API. Enrolment is authenticated by its one-time code; every other call by
 * the terminal's signature, checked before the body is parsed. Answers are signed with the
 * terminal's secret over its request's nonce, so the terminal can tell a whole answer to
 * its own request from anything else.
 */
final class TerminalRoutes {

    private final JsonCodec codec;
    private final Clock clock;
    private final CloudStore store;
    private final Enrolments enrolments;
    private final TerminalDirectory terminals;
    private final ReplayGuard replays;
    private final SignedExchange exchange;
    private final EventIntake intake;
    private final CloudCatalog catalog;
    private final CloudMembers members;
    private final CloudPromotions promotions;
    private final CloudSettings settings;
    private final OnlineOrders orders;

    TerminalRoutes(JsonCodec codec, Clock clock, CloudStore store, Enrolments enrolments, TerminalDirectory terminals,
                   ReplayGuard replays, EventIntake intake, CloudCatalog catalog, CloudMembers members, CloudPromotions promotions,
                   CloudSettings settings, OnlineOrders orders) {
        this.promotions = promotions;
        this.settings = settings;
        this.orders = orders;
        this.codec = codec;
        this.clock = clock;
        this.store = store;
        this.enrolments = enrolments;
        this.terminals = terminals;
        this.replays = replays;
        this.exchange = new SignedExchange(codec, clock, terminals, replays);
        this.intake = intake;
        this.catalog = catalog;
        this.members = members;
    }

    void register(RoutesConfig routes) {
        routes.post(Protocol.ENROL, this::enrol);
        routes.post(Protocol.PUSH, ctx -> signed(ctx, PushRequest.class, intake::push));
        routes.post(Protocol.PULL, ctx -> signed(ctx, PullRequest.class, this::pull));
        routes.post(Protocol.ORDERS, ctx -> signed(ctx, OrdersRequest.class, this::orders));
    }

    private void enrol(Context ctx) {
        EnrolRequest request = codec.decode(Http.body(ctx), EnrolRequest.class);
        EnrolResponse response = enrolments.enrol(request);
        byte[] body = codec.encode(response);
        String nonce = ctx.header(Protocol.HEADER_NONCE);
        if (nonce != null) {
            ctx.header(Protocol.HEADER_SIGNATURE, Signatures.signResponse(response.secret(), nonce, 200, body));
        }
        Http.json(ctx, 200, body);
    }

    private <T extends Versioned> void signed(Context ctx, Class<T> type, BiFunction<UUID, T, ? extends Versioned> handler) {
        exchange.handle(ctx, type, handler);
    }

    /**
     * A long poll: answers at once when orders changed after the cursor, else waits for
     * the shop's order signal (a PostgreSQL notification from whichever node took the
     * change; on H2 a quarter-second look) and asks again, until one changed or the wait
     * is over. The answer always comes from the database, never from a node's memory.
     */
    private OrdersPage orders(UUID terminalId, OrdersRequest request) {
        UUID shopId = terminals.find(terminalId).orElseThrow().shopId();
        java.time.Instant until = clock.instant().plusSeconds(request.waitSeconds());
        while (true) {
            long mark = orders.signals().mark(shopId);
            long head = ChangeNumbers.head(store.dsl(), shopId);
            int limit = 100;
            List<OnlineOrder> changed = orders.changedAfter(shopId, request.after(), head, limit);
            java.time.Instant now = clock.instant();
            if (!changed.isEmpty() || !now.isBefore(until)) {
                long next = changed.size() == limit ? orders.changeSeq(changed.getLast().id()) : Math.max(head, request.after());
                return new OrdersPage(Protocol.VERSION, next, changed);
            }
            try {
                orders.signals().await(shopId, mark, java.time.Duration.between(now, until));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new OrdersPage(Protocol.VERSION, request.after(), List.of());
            }
        }
    }

    private PullPage pull(UUID terminalId, PullRequest request) {
        UUID shopId = terminals.find(terminalId).orElseThrow().shopId();
        return switch (request.stream()) {
            case CATALOG -> catalog.page(shopId, request.cursor(), request.limit(), request.wantsRemaining());
            case MEMBERS -> members.page(shopId, request.cursor(), request.limit(), request.wantsRemaining());
            case PROMOTIONS -> promotions.page(shopId, request.cursor(), request.limit(), request.wantsRemaining());
            case SETTINGS -> settings.page(shopId, request.cursor());
            // prices travel inside the catalog's products: the stream stands at the head, empty
            case PRICES -> new PullPage(Protocol.VERSION, request.stream(), false,
                    Math.max(request.cursor(), ChangeNumbers.head(store.dsl(), shopId)), false, 0, List.of());
        };
    }
}
