package cn.suanpan.cloud.miniprogram;

import static cn.suanpan.cloud.store.schema.Tables.CATEGORY;
import static cn.suanpan.cloud.store.schema.Tables.MEMBER;
import static cn.suanpan.cloud.store.schema.Tables.PRODUCT;
import static cn.suanpan.cloud.store.schema.Tables.STOCK_MOVEMENT;
import static cn.suanpan.cloud.store.schema.Tables.WECHAT_IDENTITY;

import cn.suanpan.cloud.members.CloudMembers;
import cn.suanpan.cloud.orders.OnlineOrders;
import cn.suanpan.cloud.shop.ChangeNumbers;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.store.schema.tables.records.MemberRecord;
import cn.suanpan.core.id.Ids;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.OnlineOrder;
import cn.suanpan.sync.protocol.ProtocolException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What the shop's mini-program does for a customer: log in with WeChat, become a member
 * (or find the membership they already have from the counter), see their balance and
 * points, browse the catalog with stock, and order for pick-up. A member made or renamed
 * here takes a change number like any other, so the counters pull it.
 */
public final class MiniProgram {

    private final CloudStore store;
    private final Clock clock;
    private final Shops shops;
    private final WeChatLogin wechat;
    private final MemberSessions sessions;
    private final OnlineOrders orders;

    public MiniProgram(CloudStore store, Clock clock, Shops shops, WeChatLogin wechat, MemberSessions sessions, OnlineOrders orders) {
        this.store = store;
        this.clock = clock;
        this.shops = shops;
        this.wechat = wechat;
        this.sessions = sessions;
        this.orders = orders;
    }

    /** A session, and the member behind it when the WeChat user is one already. */
    public record Login(String session, Instant expiresAt, MpMember member) {
    }

    /** Exchanges a {@code wx.login()} code for a member session of the shop. */
    public Login login(String shopCode, String loginCode) {
        Shops.Shop shop = shops.byCode(shopCode == null ? "" : shopCode)
                .orElseThrow(() -> new ProtocolException(ErrorCode.NOT_FOUND, "no shop " + shopCode));
        String openId = exchange(() -> wechat.openId(loginCode));
        MemberSessions.Issued issued = sessions.issue(shop.id(), openId);
        return new Login(issued.token(), issued.expiresAt(), memberOf(shop.id(), openId).map(MiniProgram::view).orElse(null));
    }

    public MemberSessions.Session session(String token) {
        return sessions.verify(token);
    }

    /** Signs the member out: this session's token is refused from now on, on every node. */
    public void signOut(MemberSessions.Session s) {
        sessions.end(s);
    }

    /**
     * Ends every live session of the member's WeChat user (the shop's admin, for a lost
     * phone); answers how many were live. Logging in again makes a new session: this ends
     * sessions, it does not bar the member.
     */
    public int endSessionsOf(UUID shopId, UUID memberId) {
        if (!store.dsl().fetchExists(MEMBER, MEMBER.ID.eq(memberId).and(MEMBER.SHOP_ID.eq(shopId)))) {
            throw new ProtocolException(ErrorCode.NOT_FOUND, "no member " + memberId + " in this shop");
        }
        List<String> openIds = store.dsl().select(WECHAT_IDENTITY.OPEN_ID).from(WECHAT_IDENTITY)
                .where(WECHAT_IDENTITY.SHOP_ID.eq(shopId)).and(WECHAT_IDENTITY.MEMBER_ID.eq(memberId)).fetch(WECHAT_IDENTITY.OPEN_ID);
        return sessions.endAll(shopId, openIds);
    }

    /** What a sign-up came to: the member, and whether they are new to the shop. */
    public record SignUp(MpMember member, boolean created) {
    }

    /**
     * Makes the WeChat user a member. The phone number comes from WeChat's phone-number
     * exchange, never from the request, so nobody takes over a counter member by typing
     * their number; a number the shop knows keeps its member (points, balance and all).
     */
    public SignUp signUp(MemberSessions.Session s, String phoneCode, String name) {
        if (name != null && name.length() > 100) {
            throw new ProtocolException(ErrorCode.MALFORMED, "the name has at most 100 characters");
        }
        String phone = exchange(() -> wechat.phoneNumber(phoneCode));
        return store.inTransaction(tx -> {
            ChangeNumbers.next(tx, s.shopId()); // one sign-up of the shop at a time
            Optional<MemberRecord> already = memberOf(tx, s.shopId(), s.openId());
            if (already.isPresent()) {
                return new SignUp(view(already.get()), false);
            }
            Instant now = clock.instant();
            CloudMembers.SignUp result = CloudMembers.signUp(tx, s.shopId(), Ids.uuidV7(clock), phone, blankToNull(name), now);
            if (tx.fetchExists(WECHAT_IDENTITY, WECHAT_IDENTITY.MEMBER_ID.eq(result.memberId()))) {
                throw new ProtocolException(ErrorCode.CONFLICT,
                        "this phone number's membership is already linked to another WeChat user; ask the shop");
            }
            int linked = tx.update(WECHAT_IDENTITY).set(WECHAT_IDENTITY.MEMBER_ID, result.memberId())
                    .where(WECHAT_IDENTITY.SHOP_ID.eq(s.shopId())).and(WECHAT_IDENTITY.OPEN_ID.eq(s.openId())).execute();
            if (linked == 0) {
                tx.insertInto(WECHAT_IDENTITY).set(WECHAT_IDENTITY.SHOP_ID, s.shopId()).set(WECHAT_IDENTITY.OPEN_ID, s.openId())
                        .set(WECHAT_IDENTITY.MEMBER_ID, result.memberId()).set(WECHAT_IDENTITY.CREATED_AT, now).execute();
            }
            MemberRecord m = tx.selectFrom(MEMBER).where(MEMBER.ID.eq(result.memberId())).fetchSingle();
            return new SignUp(view(m), !result.merged());
        });
    }

    /** The member's profile, balance and points. */
    public MpMember me(MemberSessions.Session s) {
        return memberOf(s.shopId(), s.openId()).map(MiniProgram::view).orElseThrow(MiniProgram::notAMember);
    }

    /** Changes the member's name; the counters pull the change. */
    public MpMember rename(MemberSessions.Session s, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new ProtocolException(ErrorCode.MALFORMED, "a name of 1 to 100 characters is required");
        }
        return store.inTransaction(tx -> {
            MemberRecord m = memberOf(tx, s.shopId(), s.openId()).orElseThrow(MiniProgram::notAMember);
            long seq = ChangeNumbers.next(tx, s.shopId());
            tx.update(MEMBER).set(MEMBER.NAME, name.strip()).set(MEMBER.CHANGE_SEQ, seq).set(MEMBER.UPDATED_AT, clock.instant())
                    .where(MEMBER.ID.eq(m.getId())).execute();
            return view(tx.selectFrom(MEMBER).where(MEMBER.ID.eq(m.getId())).fetchSingle());
        });
    }

    public record MpCategory(String code, String name, String nameEn) {
    }

    public List<MpCategory> categories(MemberSessions.Session s) {
        return store.dsl().selectFrom(CATEGORY).where(CATEGORY.SHOP_ID.eq(s.shopId())).and(CATEGORY.DELETED.isFalse())
                .orderBy(CATEGORY.SORT_ORDER, CATEGORY.CODE).fetch(c -> new MpCategory(c.getCode(), c.getName(), c.getNameEn()));
    }

    /** A page of products on sale, by SKU; {@code next} is the SKU to continue after, or null at the end. */
    public record CatalogPage(List<MpProduct> products, String next) {
    }

    /**
     * Products on sale, optionally of one category and matching a search (name, SKU or
     * barcode, case-insensitive), in SKU order from after {@code after}, with stock on hand.
     */
    public CatalogPage catalog(MemberSessions.Session s, String category, String query, String after, int limit) {
        if (limit < 1 || limit > 100) {
            throw new ProtocolException(ErrorCode.MALFORMED, "limit must be 1..100");
        }
        DSLContext dsl = store.dsl();
        Condition where = PRODUCT.SHOP_ID.eq(s.shopId()).and(PRODUCT.DELETED.isFalse()).and(PRODUCT.ACTIVE.isTrue());
        if (category != null && !category.isBlank()) {
            where = where.and(PRODUCT.CATEGORY_CODE.eq(category));
        }
        if (query != null && !query.isBlank()) {
            String q = query.strip();
            where = where.and(PRODUCT.NAME.containsIgnoreCase(q).or(PRODUCT.NAME_EN.containsIgnoreCase(q))
                    .or(PRODUCT.SKU.equalIgnoreCase(q)).or(PRODUCT.BARCODES.contains(q)));
        }
        if (after != null && !after.isBlank()) {
            where = where.and(PRODUCT.SKU.gt(after));
        }
        var rows = dsl.selectFrom(PRODUCT).where(where).orderBy(PRODUCT.SKU).limit(limit + 1).fetch();
        boolean more = rows.size() > limit;
        var page = more ? rows.subList(0, limit) : rows;
        Map<UUID, Long> onHand = new HashMap<>();
        List<UUID> tracked = page.stream().filter(p -> p.getTrackStock()).map(p -> p.getId()).toList();
        if (!tracked.isEmpty()) {
            dsl.select(STOCK_MOVEMENT.PRODUCT_ID, DSL.sum(STOCK_MOVEMENT.QUANTITY_MILLI)).from(STOCK_MOVEMENT)
                    .where(STOCK_MOVEMENT.SHOP_ID.eq(s.shopId())).and(STOCK_MOVEMENT.PRODUCT_ID.in(tracked))
                    .groupBy(STOCK_MOVEMENT.PRODUCT_ID)
                    .forEach(r -> onHand.put(r.value1(), r.value2() == null ? 0 : ((BigDecimal) r.value2()).longValueExact()));
        }
        List<MpProduct> products = page.stream().map(p -> new MpProduct(p.getSku(), p.getName(), p.getNameEn(), p.getCategoryCode(),
                p.getUnit(), p.getPriceFen(), p.getMemberPriceFen(), p.getWeighed(),
                p.getTrackStock() ? onHand.getOrDefault(p.getId(), 0L) : null)).toList();
        return new CatalogPage(products, more ? page.getLast().getSku() : null);
    }

    /**
     * Places a pick-up order for the WeChat user (member prices when they are a member);
     * the same {@code clientOrderId} sent again gives back the same order.
     */
    public OnlineOrder placeOrder(MemberSessions.Session s, UUID clientOrderId, List<OnlineOrders.Wanted> lines, String note) {
        if (clientOrderId == null) {
            throw new ProtocolException(ErrorCode.MALFORMED, "clientOrderId is required (it makes a repeated submission harmless)");
        }
        UUID memberId = memberOf(s.shopId(), s.openId()).map(MemberRecord::getId).orElse(null);
        try {
            return orders.place(s.shopId(), lines == null ? List.of() : lines, blankToNull(note),
                    new OnlineOrders.Placement(s.openId(), memberId, clientOrderId, true));
        } catch (OnlineOrders.OutOfStock e) {
            throw new ProtocolException(ErrorCode.OUT_OF_STOCK, e.getMessage());
        } catch (OnlineOrders.ForeignOrderId e) {
            throw new ProtocolException(ErrorCode.CONFLICT, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.MALFORMED, e.getMessage());
        }
    }

    public OnlineOrder order(MemberSessions.Session s, UUID orderId) {
        return orders.ofCustomer(s.shopId(), s.openId(), orderId)
                .orElseThrow(() -> new ProtocolException(ErrorCode.NOT_FOUND, "no order " + orderId + " of yours"));
    }

    public List<OnlineOrder> orders(MemberSessions.Session s) {
        return orders.ofCustomer(s.shopId(), s.openId(), 20);
    }

    private Optional<MemberRecord> memberOf(UUID shopId, String openId) {
        return memberOf(store.dsl(), shopId, openId);
    }

    private static Optional<MemberRecord> memberOf(DSLContext dsl, UUID shopId, String openId) {
        return dsl.select(MEMBER.fields()).from(WECHAT_IDENTITY).join(MEMBER).on(MEMBER.ID.eq(WECHAT_IDENTITY.MEMBER_ID))
                .where(WECHAT_IDENTITY.SHOP_ID.eq(shopId)).and(WECHAT_IDENTITY.OPEN_ID.eq(openId)).and(MEMBER.DELETED.isFalse())
                .fetchOptional(r -> r.into(MEMBER));
    }

    private static MpMember view(MemberRecord m) {
        return new MpMember(m.getId(), MpMember.mask(m.getPhone()), m.getName(), m.getLevel(), m.getPoints(), m.getBalanceFen(),
                m.getMemberCode());
    }

    private static ProtocolException notAMember() {
        return new ProtocolException(ErrorCode.NOT_FOUND, "not a member of this shop yet: sign up first");
    }

    private static String exchange(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (WeChatLogin.Refused e) {
            throw new ProtocolException(ErrorCode.BAD_WECHAT_CODE, "WeChat refused the code: " + e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
