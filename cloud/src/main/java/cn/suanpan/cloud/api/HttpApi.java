package cn.suanpan.cloud.api;

import cn.suanpan.cloud.catalog.CloudCatalog;
import cn.suanpan.cloud.events.EventIntake;
import cn.suanpan.cloud.members.CloudMembers;
import cn.suanpan.cloud.promotions.CloudPromotions;
import cn.suanpan.cloud.shop.CloudSettings;
import cn.suanpan.cloud.payment.Payments;
import cn.suanpan.cloud.orders.OnlineOrders;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.terminal.Enrolments;
import cn.suanpan.cloud.terminal.TerminalDirectory;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.ProtocolException;
import cn.suanpan.sync.protocol.ReplayGuard;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cloud's HTTP face (Javalin on virtual threads). Every refusal is the same JSON
 * shape, {@code {"protocol":1,"error":{"code":...,"message":...}}}, with the matching
 * status; a request refused this way has changed nothing.
 */
public final class HttpApi {

    private static final Logger log = LoggerFactory.getLogger(HttpApi.class);

    private HttpApi() {
    }

    /** The parts the routes use. */
    public record Parts(JsonCodec codec, Clock clock, CloudStore store, Shops shops, Enrolments enrolments,
                        TerminalDirectory terminals, ReplayGuard replays, EventIntake intake, CloudCatalog catalog,
                        CloudMembers members, CloudPromotions promotions, CloudSettings settings, OnlineOrders orders, String adminToken,
                        MiniProgramRoutes miniProgram, Payments payments) {
    }

    public static Javalin create(Parts p) {
        JsonCodec codec = p.codec();
        TerminalRoutes terminal = new TerminalRoutes(codec, p.clock(), p.store(), p.enrolments(), p.terminals(), p.replays(),
                p.intake(), p.catalog(), p.members(), p.promotions(), p.settings(), p.orders());
        AdminRoutes admin = new AdminRoutes(codec, p.adminToken(), p.store(), p.shops(), p.enrolments(), p.catalog(),
                p.promotions(), p.settings(), p.orders(), p.miniProgram().program());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.concurrency.useVirtualThreads = true;
            // bodies are read (and limited) by Http.body; this is only the outer fence
            config.http.maxRequestSize = Protocol.MAX_BODY_BYTES * 2L;
            terminal.register(config.routes);
            admin.register(config.routes);
            new PaymentRoutes(codec, p.clock(), p.terminals(), p.replays(), p.payments(), p.shops(), p.members()).register(config.routes);
            p.miniProgram().register(config.routes);
            config.routes.get("/health", ctx -> Http.json(ctx, 200, codec.encode(Map.of("status", "ok"))));
            config.routes.exception(ProtocolException.class, (e, ctx) -> Http.error(ctx, codec, e.code(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> Http.error(ctx, codec,
                    e.getStatus() == 413 ? ErrorCode.TOO_LARGE : e.getStatus() == 404 ? ErrorCode.NOT_FOUND : ErrorCode.MALFORMED,
                    e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("{} {} failed", ctx.method(), ctx.path(), e);
                Http.error(ctx, codec, ErrorCode.INTERNAL, "the service failed; the request changed nothing, try again");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    Http.error(ctx, codec, ErrorCode.NOT_FOUND, "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
            });
        });
    }
}
