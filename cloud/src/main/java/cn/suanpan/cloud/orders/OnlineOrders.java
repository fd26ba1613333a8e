package cn.suanpan.cloud.orders;

import static cn.suanpan.cloud.store.schema.Tables.ONLINE_ORDER;
import static cn.suanpan.cloud.store.schema.Tables.PRODUCT;
import static cn.suanpan.cloud.store.schema.Tables.STOCK_MOVEMENT;

import cn.suanpan.cloud.shop.ChangeNumbers;
import cn.suanpan.cloud.stock.StockLocks;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.store.schema.tables.records.OnlineOrderRecord;
import cn.suanpan.cloud.store.schema.tables.records.ProductRecord;
import cn.suanpan.core.id.Ids;
import cn.suanpan.sync.protocol.OnlineOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Orders placed online for pick-up. Placing one books its stock as ONLINE_ORDER
 * movements (deltas, like a counter's sale) and takes a change number, so terminals
 * follow orders by cursor; the counter moves an order on through {@code order.status}
 * events, and the customer is told through the {@link Notifier}.
 */
public final class OnlineOrders {

    /** Which status may follow which. */
    private static final Map<String, Set<String>> NEXT = Map.of(
            "PLACED", Set.of("ACCEPTED", "CANCELLED"),
            "ACCEPTED", Set.of("READY", "CANCELLED"),
            "READY", Set.of("PICKED_UP", "CANCELLED"),
            "PICKED_UP", Set.of(),
            "CANCELLED", Set.of());

    private final CloudStore store;
    private final Clock clock;
    private final ObjectMapper json;
    private final OrderSignals signals;

    public OnlineOrders(CloudStore store, Clock clock, ObjectMapper json, OrderSignals signals) {
        this.signals = signals;
        this.store = store;
        this.clock = clock;
        this.json = json;
    }

    /** One line as ordered: a SKU and a quantity in thousandths. */
    public record Wanted(String sku, long quantityMilli) {
    }

    /**
     * Who places an order and how: the customer's WeChat openid (told of its progress),
     * their member id (member prices), the id the mini-program gave the order (a repeat
     * places nothing new), and whether stock-tracked lines must be on hand.
     */
    public record Placement(String customer, UUID memberId, UUID clientOrderId, boolean checkStock) {
        /** The admin's stand-in order: nobody to tell, list prices, no stock check. */
        public static final Placement ADMIN = new Placement(null, null, null, false);
    }

    /** A stock-tracked product has less on hand across the shop than ordered; nothing was placed. */
    public static final class OutOfStock extends RuntimeException {
        public OutOfStock(String sku, long onHandMilli, long wantedMilli) {
            super(sku + " has " + onHandMilli + " thousandths on hand; " + wantedMilli + " were ordered");
        }
    }

    /** The client order id is already another customer's order; nothing was placed. */
    public static final class ForeignOrderId extends RuntimeException {
        public ForeignOrderId() {
            super("this client order id belongs to another order");
        }
    }

    /** Places an order at the shop's current prices; unknown or retired products are refused. */
    public OnlineOrder place(UUID shopId, List<Wanted> wanted, String note) {
        return place(shopId, wanted, note, Placement.ADMIN);
    }

    /**
     * Places an order. When stock is checked, the stock rows of the ordered products are
     * locked first ({@link StockLocks}), so the check and the ledger write are one step
     * against other orders and against counters' pushed movements of those products; then
     * the shop's row (by taking the change number), so a repeated submission finds the
     * first one.
     */
    public OnlineOrder place(UUID shopId, List<Wanted> wanted, String note, Placement who) {
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        if (wanted.size() > 100) {
            throw new IllegalArgumentException("an order has at most 100 lines");
        }
        if (note != null && note.length() > 400) {
            throw new IllegalArgumentException("the note has at most 400 characters");
        }
        return store.inTransaction(tx -> {
            if (who.checkStock()) {
                // before the shop's row, as a push takes them: see StockLocks
                StockLocks.lock(tx, tx.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.SHOP_ID.eq(shopId))
                        .and(PRODUCT.SKU.in(wanted.stream().map(Wanted::sku).toList())).fetch(PRODUCT.ID));
            }
            long seq = ChangeNumbers.next(tx, shopId);
            if (who.clientOrderId() != null) {
                OnlineOrderRecord earlier = tx.selectFrom(ONLINE_ORDER).where(ONLINE_ORDER.SHOP_ID.eq(shopId))
                        .and(ONLINE_ORDER.CLIENT_ORDER_ID.eq(who.clientOrderId())).fetchOne();
                if (earlier != null) {
                    if (!java.util.Objects.equals(earlier.getCustomer(), who.customer())) {
                        throw new ForeignOrderId();
                    }
                    // the change number taken above is left unused: numbers may have gaps
                    return toOrder(earlier);
                }
            }
            Instant now = clock.instant();
            UUID id = Ids.uuidV7(clock);
            List<OnlineOrder.Line> lines = new ArrayList<>();
            long total = 0;
            for (Wanted w : wanted) {
                if (w.quantityMilli() <= 0) {
                    throw new IllegalArgumentException("quantities must be positive");
                }
                ProductRecord p = tx.selectFrom(PRODUCT).where(PRODUCT.SHOP_ID.eq(shopId)).and(PRODUCT.SKU.eq(w.sku()))
                        .and(PRODUCT.DELETED.isFalse()).and(PRODUCT.ACTIVE.isTrue()).fetchOne();
                if (p == null) {
                    throw new IllegalArgumentException("no product " + w.sku() + " on sale");
                }
                if (who.customer() != null && !p.getWeighed() && w.quantityMilli() % 1000 != 0) {
                    throw new IllegalArgumentException(w.sku() + " is sold by the piece: order whole pieces");
                }
                if (who.checkStock() && p.getTrackStock()) {
                    java.math.BigDecimal sum = tx.select(org.jooq.impl.DSL.sum(STOCK_MOVEMENT.QUANTITY_MILLI)).from(STOCK_MOVEMENT)
                            .where(STOCK_MOVEMENT.SHOP_ID.eq(shopId)).and(STOCK_MOVEMENT.PRODUCT_ID.eq(p.getId()))
                            .fetchOne(0, java.math.BigDecimal.class);
                    long onHand = sum == null ? 0 : sum.longValueExact();
                    if (onHand < w.quantityMilli()) {
                        throw new OutOfStock(p.getSku(), onHand, w.quantityMilli());
                    }
                }
                long price = who.memberId() != null && p.getMemberPriceFen() != null ? p.getMemberPriceFen() : p.getPriceFen();
                // half-up to the fen, as a counter prices a weighed line
                long amount = Math.multiplyExact(price, w.quantityMilli()) / 1000
                        + (Math.multiplyExact(price, w.quantityMilli()) % 1000 >= 500 ? 1 : 0);
                lines.add(new OnlineOrder.Line(p.getSku(), p.getName(), w.quantityMilli(), amount));
                total += amount;
                tx.insertInto(STOCK_MOVEMENT)
                        .set(STOCK_MOVEMENT.ID, Ids.uuidV7(clock)).set(STOCK_MOVEMENT.SHOP_ID, shopId)
                        .set(STOCK_MOVEMENT.PRODUCT_ID, p.getId()).set(STOCK_MOVEMENT.QUANTITY_MILLI, -w.quantityMilli())
                        .set(STOCK_MOVEMENT.KIND, "ONLINE_ORDER").set(STOCK_MOVEMENT.REFERENCE, id.toString()).set(STOCK_MOVEMENT.AT, now)
                        .execute();
            }
            String number = "W" + seq;
            OnlineOrderRecord r = tx.newRecord(ONLINE_ORDER);
            r.setId(id);
            r.setShopId(shopId);
            r.setNumber(number);
            r.setStatus("PLACED");
            r.setNote(note);
            r.setTotalFen(total);
            r.setLines(write(lines));
            r.setPlacedAt(now);
            r.setUpdatedAt(now);
            r.setChangeSeq(seq);
            r.setMemberId(who.memberId());
            r.setCustomer(who.customer());
            r.setClientOrderId(who.clientOrderId());
            r.insert();
            OrderSignals.changed(tx, shopId);
            return toOrder(r);
        });
    }

    /** What a status change came to. */
    public enum Move { MOVED, UNCHANGED, UNKNOWN_ORDER, NOT_ALLOWED }

    /**
     * Moves an order on inside the caller's transaction; repeating the current status
     * changes nothing (and tells nobody again). The notifier is called by the caller after commit.
     */
    public static Move setStatus(DSLContext tx, UUID shopId, UUID orderId, String status, Instant at) {
        OnlineOrderRecord r = tx.selectFrom(ONLINE_ORDER).where(ONLINE_ORDER.ID.eq(orderId)).and(ONLINE_ORDER.SHOP_ID.eq(shopId))
                .forUpdate().fetchOne();
        if (r == null) {
            return Move.UNKNOWN_ORDER;
        }
        String wanted = status.toUpperCase(Locale.ROOT);
        if (wanted.equals(r.getStatus())) {
            return Move.UNCHANGED;
        }
        if (!NEXT.getOrDefault(r.getStatus(), Set.of()).contains(wanted)) {
            return Move.NOT_ALLOWED;
        }
        long seq = ChangeNumbers.next(tx, shopId);
        tx.update(ONLINE_ORDER).set(ONLINE_ORDER.STATUS, wanted).set(ONLINE_ORDER.UPDATED_AT, at).set(ONLINE_ORDER.CHANGE_SEQ, seq)
                .where(ONLINE_ORDER.ID.eq(orderId)).execute();
        OrderSignals.changed(tx, shopId);
        return Move.MOVED;
    }

    /** How long polls learn that orders changed. */
    public OrderSignals signals() {
        return signals;
    }

    public String status(UUID orderId) {
        return store.dsl().select(ONLINE_ORDER.STATUS).from(ONLINE_ORDER).where(ONLINE_ORDER.ID.eq(orderId)).fetchOne(ONLINE_ORDER.STATUS);
    }

    public String number(UUID orderId) {
        return store.dsl().select(ONLINE_ORDER.NUMBER).from(ONLINE_ORDER).where(ONLINE_ORDER.ID.eq(orderId)).fetchOne(ONLINE_ORDER.NUMBER);
    }

    /** Orders changed after {@code after}, oldest change first, up to the head read first. */
    public List<OnlineOrder> changedAfter(UUID shopId, long after, long head, int limit) {
        return store.dsl().selectFrom(ONLINE_ORDER)
                .where(ONLINE_ORDER.SHOP_ID.eq(shopId)).and(ONLINE_ORDER.CHANGE_SEQ.gt(after)).and(ONLINE_ORDER.CHANGE_SEQ.le(head))
                // the (shop, change) index's order, so H2 stops at the limit instead of sorting
                .orderBy(ONLINE_ORDER.SHOP_ID, ONLINE_ORDER.CHANGE_SEQ).limit(limit)
                .fetch(this::toOrder);
    }

    /** One of the customer's orders, or empty when there is none of theirs by that id. */
    public java.util.Optional<OnlineOrder> ofCustomer(UUID shopId, String customer, UUID orderId) {
        return store.dsl().selectFrom(ONLINE_ORDER).where(ONLINE_ORDER.ID.eq(orderId)).and(ONLINE_ORDER.SHOP_ID.eq(shopId))
                .and(ONLINE_ORDER.CUSTOMER.eq(customer)).fetchOptional(this::toOrder);
    }

    /** The customer's newest orders first. */
    public List<OnlineOrder> ofCustomer(UUID shopId, String customer, int limit) {
        return store.dsl().selectFrom(ONLINE_ORDER).where(ONLINE_ORDER.SHOP_ID.eq(shopId)).and(ONLINE_ORDER.CUSTOMER.eq(customer))
                .orderBy(ONLINE_ORDER.PLACED_AT.desc(), ONLINE_ORDER.ID.desc()).limit(limit).fetch(this::toOrder);
    }

    public long changeSeq(UUID orderId) {
        return store.dsl().select(ONLINE_ORDER.CHANGE_SEQ).from(ONLINE_ORDER).where(ONLINE_ORDER.ID.eq(orderId)).fetchSingle(ONLINE_ORDER.CHANGE_SEQ);
    }

    private OnlineOrder toOrder(OnlineOrderRecord r) {
        return new OnlineOrder(r.getId(), r.getNumber(), r.getStatus().toLowerCase(Locale.ROOT), r.getTotalFen(), r.getNote(),
                r.getPlacedAt(), read(r.getLines()));
    }

    private String write(List<OnlineOrder.Line> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<OnlineOrder.Line> read(String lines) {
        try {
            return json.readValue(lines, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("order lines unreadable", e);
        }
    }
}
