package cn.suanpan.cloud.events;

import static cn.suanpan.cloud.store.schema.Tables.PRODUCT;
import static cn.suanpan.cloud.store.schema.Tables.SALE;
import static cn.suanpan.cloud.store.schema.Tables.STOCK_MOVEMENT;

import cn.suanpan.cloud.stock.StockLocks;
import cn.suanpan.sync.protocol.PushedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * The look-ups and bookings of one pushed batch, made for the whole batch at once: a batch
 * of sales is mostly {@code sale.completed} and {@code stock.moved} events, and asking for
 * each event whether its product is known and whether its id was booked, then inserting its
 * row, cost several statements per event. Here the first question of a kind asks it for
 * every event of the batch in one query, later bookings of the batch are remembered, and the
 * rows are written together by {@link #flush}, inside the push's transaction like before.
 * A question about an id the batch did not announce (a rule reading a field the look-up
 * could not) is asked on its own, so the answers stay exact.
 */
public final class BatchBookings {

    private final List<PushedEvent> events;
    private final UUID shopId;
    private final UUID terminalId;

    private Set<UUID> productsAsked;
    private Set<UUID> productsKnown;
    private Set<UUID> movementsAsked;
    private final Set<UUID> movementsBooked = new HashSet<>();
    private Set<UUID> salesAsked;
    private final Set<UUID> salesBooked = new HashSet<>();

    private BatchBindStep movements;
    private BatchBindStep sales;

    public BatchBookings(List<PushedEvent> events, UUID shopId, UUID terminalId) {
        this.events = events;
        this.shopId = shopId;
        this.terminalId = terminalId;
    }

    /**
     * Locks the stock of every product the batch moves, before any event is applied (and so
     * before any rule takes the shop's row): an online order checking one of them waits for
     * the push, and sees its movements ({@link StockLocks}).
     */
    public void lockStock(DSLContext tx) {
        StockLocks.lock(tx, ids("stock.moved", "productId"));
    }

    /** Whether the shop has (or had: tombstones count) this product. */
    boolean productKnown(DSLContext tx, UUID productId) {
        if (productsAsked == null) {
            productsAsked = ids("stock.moved", "productId");
            productsKnown = new HashSet<>();
            if (!productsAsked.isEmpty()) {
                productsKnown.addAll(tx.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.ID.in(productsAsked))
                        .and(PRODUCT.SHOP_ID.eq(shopId)).fetch(PRODUCT.ID));
            }
        }
        if (productsAsked.add(productId) && tx.fetchExists(PRODUCT, PRODUCT.ID.eq(productId).and(PRODUCT.SHOP_ID.eq(shopId)))) {
            productsKnown.add(productId);
        }
        return productsKnown.contains(productId);
    }

    /** Whether a stock movement with this id was booked, before or earlier in this batch. */
    boolean movementBooked(DSLContext tx, UUID id) {
        if (movementsAsked == null) {
            movementsAsked = ids("stock.moved", "id");
            if (!movementsAsked.isEmpty()) {
                movementsBooked.addAll(tx.select(STOCK_MOVEMENT.ID).from(STOCK_MOVEMENT).where(STOCK_MOVEMENT.ID.in(movementsAsked))
                        .fetch(STOCK_MOVEMENT.ID));
            }
        }
        if (movementsAsked.add(id) && tx.fetchExists(STOCK_MOVEMENT, STOCK_MOVEMENT.ID.eq(id))) {
            movementsBooked.add(id);
        }
        return movementsBooked.contains(id);
    }

    /** Whether a sale or refund with this id was booked, before or earlier in this batch. */
    boolean saleBooked(DSLContext tx, UUID id) {
        if (salesAsked == null) {
            salesAsked = ids("sale.completed", "id");
            salesAsked.addAll(ids("refund.completed", "id"));
            if (!salesAsked.isEmpty()) {
                salesBooked.addAll(tx.select(SALE.ID).from(SALE).where(SALE.ID.in(salesAsked)).fetch(SALE.ID));
            }
        }
        if (salesAsked.add(id) && tx.fetchExists(SALE, SALE.ID.eq(id))) {
            salesBooked.add(id);
        }
        return salesBooked.contains(id);
    }

    void bookMovement(DSLContext tx, UUID id, UUID productId, long quantityMilli, String kind, UUID eventId, String reference,
                      Instant at) {
        if (movements == null) {
            movements = tx.batch(tx.insertInto(STOCK_MOVEMENT, STOCK_MOVEMENT.ID, STOCK_MOVEMENT.SHOP_ID, STOCK_MOVEMENT.PRODUCT_ID,
                            STOCK_MOVEMENT.QUANTITY_MILLI, STOCK_MOVEMENT.KIND, STOCK_MOVEMENT.TERMINAL_ID, STOCK_MOVEMENT.EVENT_ID,
                            STOCK_MOVEMENT.REFERENCE, STOCK_MOVEMENT.AT)
                    .values((UUID) null, null, null, null, null, null, null, null, null));
        }
        movements = movements.bind(id, shopId, productId, quantityMilli, kind, terminalId, eventId, reference, at);
        movementsBooked.add(id);
    }

    void bookSale(DSLContext tx, UUID id, String kind, String number, long totalFen, Instant at, UUID eventId) {
        if (sales == null) {
            sales = tx.batch(tx.insertInto(SALE, SALE.ID, SALE.SHOP_ID, SALE.TERMINAL_ID, SALE.KIND, SALE.NUMBER, SALE.TOTAL_FEN,
                    SALE.AT, SALE.EVENT_ID).values((UUID) null, null, null, null, null, null, null, null));
        }
        sales = sales.bind(id, shopId, terminalId, kind, number, totalFen, at, eventId);
        salesBooked.add(id);
    }

    /**
     * Writes the bookings gathered so far. The push calls it after its last event, and
     * before any rule that might read the stock ledger or the sales itself.
     */
    public void flush() {
        if (movements != null) {
            movements.execute();
            movements = null;
        }
        if (sales != null) {
            sales.execute();
            sales = null;
        }
    }

    /** The UUIDs in {@code field} of the batch's events of {@code type}; ill-formed ones are left to the rules. */
    private Set<UUID> ids(String type, String field) {
        Set<UUID> ids = new HashSet<>();
        for (PushedEvent e : events) {
            if (type.equals(e.type()) && e.payload() != null) {
                JsonNode v = e.payload().get(field);
                if (v != null && v.isTextual()) {
                    try {
                        ids.add(UUID.fromString(v.textValue()));
                    } catch (IllegalArgumentException ignored) {
                        // the rule parks it
                    }
                }
            }
        }
        return ids;
    }
}
