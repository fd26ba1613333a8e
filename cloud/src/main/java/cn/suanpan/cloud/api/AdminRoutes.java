package cn.suanpan.cloud.api;

import static cn.suanpan.cloud.store.schema.Tables.STOCK_MOVEMENT;
import static cn.suanpan.cloud.store.schema.Tables.TERMINAL;
import static cn.suanpan.cloud.store.schema.Tables.TERMINAL_EVENT;

import cn.suanpan.cloud.catalog.CloudCatalog;
import cn.suanpan.cloud.catalog.ProductInput;
import cn.suanpan.cloud.miniprogram.MiniProgram;
import cn.suanpan.cloud.orders.OnlineOrders;
import cn.suanpan.cloud.promotions.CloudPromotions;
import cn.suanpan.cloud.shop.CloudSettings;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.core.pricing.PromotionTerms;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.terminal.Enrolments;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.ProtocolException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The shop admin's API: enrolment codes, the catalog, promotions, the shop's settings,
 * members' mini-program sessions, and the events parked for review.
 * Guarded by the admin token ({@code Authorization: Bearer ...}).
 */
final class AdminRoutes {

    static final String PREFIX = "/api/admin/v1/shops/{shop}";

    private final JsonCodec codec;
    private final String adminToken;
    private final CloudStore store;
    private final Shops shops;
    private final Enrolments enrolments;
    private final CloudCatalog catalog;
    private final CloudPromotions promotions;
    private final CloudSettings settings;
    private final OnlineOrders orders;
    private final MiniProgram miniProgram;

    AdminRoutes(JsonCodec codec, String adminToken, CloudStore store, Shops shops, Enrolments enrolments, CloudCatalog catalog,
                CloudPromotions promotions, CloudSettings settings, OnlineOrders orders, MiniProgram miniProgram) {
        this.miniProgram = miniProgram;
        this.promotions = promotions;
        this.settings = settings;
        this.orders = orders;
        this.codec = codec;
        this.adminToken = adminToken;
        this.store = store;
        this.shops = shops;
        this.enrolments = enrolments;
        this.catalog = catalog;
    }

    record NewCode(String code, Instant expiresAt) {
    }

    record CategoryBody(String name, String nameEn, Integer sortOrder) {
    }

    record ProductBody(String name, String nameEn, String categoryCode, String unit, Long priceFen, Long costFen,
                       Long memberPriceFen, Integer taxRateBp, Boolean weighed, String scaleCode, String voiceAlias,
                       Boolean trackStock, Boolean active, List<String> barcodes) {
    }

    /**
     * A promotion as the admin writes and reads it: {@code kind} is percent_off, amount_off,
     * buy_get, bundle or second_item, with the figures of its kind ({@link PromotionTerms}).
     * The code comes from the path; given in the body too, it must be the same.
     */
    record PromotionBody(String code, String name, String nameEn, String kind, List<String> skus, List<String> categories,
                         Boolean allProducts, Integer percentOffBp, Long amountFen, Integer buy, Integer get, Integer count,
                         Long priceFen, Integer priority, Instant startsAt, Instant endsAt, List<DayOfWeek> weekdays,
                         LocalTime dailyFrom, LocalTime dailyTo) {

        PromotionTerms terms(String pathCode) {
            if (code != null && !code.equals(pathCode)) {
                throw new IllegalArgumentException("the body names promotion " + code + ", the path " + pathCode);
            }
            if (kind == null) {
                throw new IllegalArgumentException("kind is required");
            }
            PromotionTerms t = new PromotionTerms(pathCode, name, nameEn, PromotionTerms.Kind.fromWire(kind),
                    skus == null ? Set.of() : Set.copyOf(skus), categories == null ? Set.of() : Set.copyOf(categories),
                    allProducts != null && allProducts, percentOffBp, amountFen, buy, get, count, priceFen,
                    priority == null ? 0 : priority, startsAt, endsAt, weekdays == null ? Set.of() : Set.copyOf(weekdays),
                    dailyFrom, dailyTo);
            t.toPromotion();
            return t;
        }

        static PromotionBody of(PromotionTerms t) {
            return new PromotionBody(t.code(), t.name(), t.nameEn(), t.kind().wire(), t.skus().stream().sorted().toList(),
                    t.categories().stream().sorted().toList(), t.allProducts(), t.percentOffBp(), t.amountFen(), t.buy(), t.get(),
                    t.count(), t.priceFen(), t.priority(), t.startsAt(), t.endsAt(), t.weekdays().stream().sorted().toList(),
                    t.dailyFrom(), t.dailyTo());
        }
    }

    record SettingsBody(String storeName, String storeNameEn, String receiptHeader, String receiptFooter) {
    }

    record OrderBody(List<OnlineOrders.Wanted> lines, String note) {
    }

    record ParkedEvent(UUID terminalId, UUID eventId, long seq, String type, String reason, Instant receivedAt) {
    }

    void register(RoutesConfig routes) {
        routes.before("/api/admin/*", this::authorize);
        routes.post(PREFIX + "/enrolment-codes", ctx -> {
            Enrolments.Code code = enrolments.newCode(shop(ctx), Duration.ofHours(24));
            Http.json(ctx, 201, codec.encode(new NewCode(code.code(), code.expiresAt())));
        });
        routes.put(PREFIX + "/categories/{code}", ctx -> {
            CategoryBody b = read(ctx, CategoryBody.class);
            UUID id = catalog.putCategory(shop(ctx), new CloudCatalog.CategoryInput(ctx.pathParam("code"), b.name(), b.nameEn(),
                    b.sortOrder() == null ? 0 : b.sortOrder()));
            Http.json(ctx, 200, codec.encode(Map.of("id", id)));
        });
        routes.delete(PREFIX + "/categories/{code}", ctx -> gone(ctx, catalog.removeCategory(shop(ctx), ctx.pathParam("code"))));
        routes.put(PREFIX + "/products/{sku}", ctx -> {
            ProductBody b = read(ctx, ProductBody.class);
            ProductInput input;
            try {
                if (b.priceFen() == null) {
                    throw new IllegalArgumentException("priceFen is required");
                }
                input = new ProductInput(ctx.pathParam("sku"), b.name(), b.nameEn(), b.categoryCode(), b.unit(), b.priceFen(),
                        b.costFen(), b.memberPriceFen(), b.taxRateBp() == null ? 1300 : b.taxRateBp(),
                        b.weighed() != null && b.weighed(), b.scaleCode(),
                        b.voiceAlias(), b.trackStock() == null || b.trackStock(), b.active() == null || b.active(), b.barcodes());
            } catch (IllegalArgumentException e) {
                throw new ProtocolException(ErrorCode.MALFORMED, e.getMessage());
            }
            UUID id = catalog.putProduct(shop(ctx), input);
            Http.json(ctx, 200, codec.encode(Map.of("id", id)));
        });
        routes.delete(PREFIX + "/products/{sku}", ctx -> gone(ctx, catalog.removeProduct(shop(ctx), ctx.pathParam("sku"))));
        routes.get(PREFIX + "/promotions", ctx ->
                Http.json(ctx, 200, codec.encode(promotions.list(shop(ctx)).stream().map(PromotionBody::of).toList())));
        routes.get(PREFIX + "/promotions/{code}", ctx -> {
            PromotionTerms t = promotions.find(shop(ctx), ctx.pathParam("code"))
                    .orElseThrow(() -> new ProtocolException(ErrorCode.NOT_FOUND, "no promotion " + ctx.pathParam("code")));
            Http.json(ctx, 200, codec.encode(PromotionBody.of(t)));
        });
        routes.put(PREFIX + "/promotions/{code}", ctx -> {
            PromotionBody b = read(ctx, PromotionBody.class);
            PromotionTerms terms;
            try {
                terms = b.terms(ctx.pathParam("code"));
            } catch (IllegalArgumentException e) {
                throw new ProtocolException(ErrorCode.MALFORMED, e.getMessage());
            }
            CloudPromotions.Put put = promotions.put(shop(ctx), terms);
            Http.json(ctx, put.created() ? 201 : 200, codec.encode(Map.of("id", put.id())));
        });
        routes.delete(PREFIX + "/promotions/{code}", ctx -> gone(ctx, promotions.remove(shop(ctx), ctx.pathParam("code"))));
        routes.get(PREFIX + "/settings", ctx -> {
            CloudSettings.Settings s = settings.get(shop(ctx));
            Http.json(ctx, 200, codec.encode(new SettingsBody(s.storeName(), s.storeNameEn(), s.receiptHeader(), s.receiptFooter())));
        });
        routes.put(PREFIX + "/settings", ctx -> {
            SettingsBody b = read(ctx, SettingsBody.class);
            CloudSettings.Settings s;
            try {
                s = new CloudSettings.Settings(b.storeName(), b.storeNameEn(), b.receiptHeader(), b.receiptFooter());
            } catch (IllegalArgumentException e) {
                throw new ProtocolException(ErrorCode.MALFORMED, e.getMessage());
            }
            settings.put(shop(ctx), s);
            Http.json(ctx, 200, codec.encode(b));
        });
        routes.get(PREFIX + "/products/{sku}/stock", ctx -> {
            UUID shopId = shop(ctx);
            UUID productId = catalog.productId(shopId, ctx.pathParam("sku"))
                    .orElseThrow(() -> new ProtocolException(ErrorCode.NOT_FOUND, "no product " + ctx.pathParam("sku")));
            BigDecimal sum = store.dsl().select(org.jooq.impl.DSL.sum(STOCK_MOVEMENT.QUANTITY_MILLI)).from(STOCK_MOVEMENT)
                    .where(STOCK_MOVEMENT.SHOP_ID.eq(shopId)).and(STOCK_MOVEMENT.PRODUCT_ID.eq(productId)).fetchOne(0, BigDecimal.class);
            Http.json(ctx, 200, codec.encode(Map.of("sku", ctx.pathParam("sku"), "onHandMilli", sum == null ? 0 : sum.longValueExact())));
        });
        // places an order as the mini-program will, until its own API exists
        routes.post(PREFIX + "/orders", ctx -> {
            OrderBody b = read(ctx, OrderBody.class);
            try {
                Http.json(ctx, 201, codec.encode(orders.place(shop(ctx), b.lines() == null ? List.of() : b.lines(), b.note())));
            } catch (IllegalArgumentException e) {
                throw new ProtocolException(ErrorCode.MALFORMED, e.getMessage());
            }
        });
        routes.delete(PREFIX + "/members/{member}/sessions", ctx -> {
            UUID memberId;
            try {
                memberId = UUID.fromString(ctx.pathParam("member"));
            } catch (IllegalArgumentException e) {
                throw new ProtocolException(ErrorCode.NOT_FOUND, "no member " + ctx.pathParam("member"));
            }
            Http.json(ctx, 200, codec.encode(Map.of("ended", miniProgram.endSessionsOf(shop(ctx), memberId))));
        });
        // run by the shop's back office (or a cron job) when tombstones have piled up: terminals
        // behind the purge get snapshots, so it is not done on every delete
        routes.post(PREFIX + "/tombstones/purge", ctx ->
                Http.json(ctx, 200, codec.encode(Map.of("purged", catalog.purgeTombstones(shop(ctx))))));
        routes.get(PREFIX + "/parked-events", ctx -> {
            List<ParkedEvent> parked = store.dsl().select(TERMINAL_EVENT.fields()).from(TERMINAL_EVENT)
                    .join(TERMINAL).on(TERMINAL.ID.eq(TERMINAL_EVENT.TERMINAL_ID))
                    .where(TERMINAL.SHOP_ID.eq(shop(ctx))).and(TERMINAL_EVENT.STATUS.eq("PARKED")).and(TERMINAL_EVENT.REVIEWED_AT.isNull())
                    .orderBy(TERMINAL_EVENT.RECEIVED_AT).limit(500)
                    .fetch(r -> new ParkedEvent(r.get(TERMINAL_EVENT.TERMINAL_ID), r.get(TERMINAL_EVENT.EVENT_ID), r.get(TERMINAL_EVENT.SEQ),
                            r.get(TERMINAL_EVENT.EVENT_TYPE), r.get(TERMINAL_EVENT.REASON), r.get(TERMINAL_EVENT.RECEIVED_AT)));
            Http.json(ctx, 200, codec.encode(parked));
        });
    }

    private void authorize(Context ctx) {
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
        if (given == null || !java.security.MessageDigest.isEqual(adminToken.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                given.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw new ProtocolException(ErrorCode.FORBIDDEN, "the admin API needs the admin token (Authorization: Bearer ...)");
        }
    }

    private UUID shop(Context ctx) {
        String code = ctx.pathParam("shop");
        return shops.byCode(code).orElseThrow(() -> new ProtocolException(ErrorCode.NOT_FOUND, "no shop " + code)).id();
    }

    private <T> T read(Context ctx, Class<T> type) {
        try {
            return codec.mapper().readValue(Http.body(ctx), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.MALFORMED, "not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private void gone(Context ctx, boolean removed) {
        if (!removed) {
            throw new ProtocolException(ErrorCode.NOT_FOUND, "nothing to remove");
        }
        ctx.status(204);
    }
}
