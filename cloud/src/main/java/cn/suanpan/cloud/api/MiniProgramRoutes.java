package cn.suanpan.cloud.api;

import cn.suanpan.cloud.miniprogram.MemberSessions;
import cn.suanpan.cloud.miniprogram.MiniProgram;
import cn.suanpan.cloud.orders.OnlineOrders;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.ProtocolException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mini-program's API ({@code /api/mp/v1}, described in docs/openapi/miniprogram.yaml).
 * Plain JSON bodies; every call but the login carries the member session as
 * {@code Authorization: Bearer <session>}, which names the shop and the WeChat user, so a
 * customer only ever sees their own membership and orders. Refusals have the terminal
 * API's shape.
 */
public final class MiniProgramRoutes {

    public static final String PREFIX = "/api/mp/v1";

    private final JsonCodec codec;
    private final MiniProgram mp;

    public MiniProgramRoutes(JsonCodec codec, MiniProgram mp) {
        this.codec = codec;
        this.mp = mp;
    }

    record LoginBody(String shop, String code) {
    }

    record SignUpBody(String phoneCode, String name) {
    }

    record ProfileBody(String name) {
    }

    record OrderBody(UUID clientOrderId, List<OnlineOrders.Wanted> lines, String note) {
    }

    public void register(RoutesConfig routes) {
        routes.post(PREFIX + "/session", ctx -> {
            LoginBody b = read(ctx, LoginBody.class);
            json(ctx, 200, mp.login(b.shop(), b.code()));
        });
        routes.delete(PREFIX + "/session", ctx -> {
            mp.signOut(session(ctx));
            ctx.status(204);
        });
        routes.get(PREFIX + "/categories", ctx -> json(ctx, 200, mp.categories(session(ctx))));
        routes.get(PREFIX + "/catalog", ctx -> {
            MemberSessions.Session s = session(ctx);
            int limit = intParam(ctx, "limit", 50);
            json(ctx, 200, mp.catalog(s, ctx.queryParam("category"), ctx.queryParam("q"), ctx.queryParam("after"), limit));
        });
        routes.post(PREFIX + "/members", ctx -> {
            MemberSessions.Session s = session(ctx);
            SignUpBody b = read(ctx, SignUpBody.class);
            MiniProgram.SignUp result = mp.signUp(s, b.phoneCode(), b.name());
            json(ctx, result.created() ? 201 : 200, result.member());
        });
        routes.get(PREFIX + "/members/me", ctx -> json(ctx, 200, mp.me(session(ctx))));
        routes.patch(PREFIX + "/members/me", ctx -> {
            MemberSessions.Session s = session(ctx);
            json(ctx, 200, mp.rename(s, read(ctx, ProfileBody.class).name()));
        });
        routes.post(PREFIX + "/orders", ctx -> {
            MemberSessions.Session s = session(ctx);
            OrderBody b = read(ctx, OrderBody.class);
            json(ctx, 201, mp.placeOrder(s, b.clientOrderId(), b.lines(), b.note()));
        });
        routes.get(PREFIX + "/orders", ctx -> json(ctx, 200, Map.of("orders", mp.orders(session(ctx)))));
        routes.get(PREFIX + "/orders/{id}", ctx -> {
            MemberSessions.Session s = session(ctx);
            UUID id;
            try {
                id = UUID.fromString(ctx.pathParam("id"));
            } catch (IllegalArgumentException e) {
                throw new ProtocolException(ErrorCode.NOT_FOUND, "no order " + ctx.pathParam("id"));
            }
            json(ctx, 200, mp.order(s, id));
        });
    }

    /** What the routes serve; the admin routes end a member's sessions through it too. */
    MiniProgram program() {
        return mp;
    }

    private MemberSessions.Session session(Context ctx) {
        String header = ctx.header("Authorization");
        return mp.session(header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null);
    }

    private void json(Context ctx, int status, Object body) {
        Http.json(ctx, status, codec.encode(body));
    }

    private <T> T read(Context ctx, Class<T> type) {
        try {
            T value = codec.mapper().readValue(Http.body(ctx), type);
            if (value == null) {
                throw new ProtocolException(ErrorCode.MALFORMED, "a JSON object is required");
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.MALFORMED, "not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ProtocolException(ErrorCode.MALFORMED, name + " must be a whole number");
        }
    }
}
