package cn.suanpan.core.stock;

import static cn.suanpan.core.store.schema.Tables.PRODUCT;
import static cn.suanpan.core.store.schema.Tables.STOCK_MOVEMENT;

import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.outbox.JsonWriter;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.store.schema.tables.records.StockMovementRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Stock as a ledger of signed movements: what is on hand is their sum, and what travels to
 * the cloud is each movement ({@code stock.moved}), never an absolute number, so movements
 * made on several terminals add up instead of overwriting each other.
 */
public final class StockLedger {

    public static final String EVENT_MOVED = "stock.moved";
    static final int SCALE = 3;

    private final LocalStore store;
    private final Clock clock;

    public StockLedger(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Records a movement and its outbox event inside the caller's transaction (a sale
     * records its lines' movements in the transaction that stores the sale).
     *
     * @throws IllegalArgumentException when the quantity has more than three decimals or
     *         goes the wrong way for its kind (a sale that adds stock): a programming error
     */
    public StockResult record(DSLContext tx, UUID productId, BigDecimal quantity, MovementKind kind, String reference,
                              UUID userId) {
        long milli = toMilli(quantity);
        if (!kind.allows(milli)) {
            throw new IllegalArgumentException(kind + " cannot move stock by " + quantity);
        }
        UUID id = Ids.uuidV7(clock);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        tx.insertInto(STOCK_MOVEMENT)
                .set(STOCK_MOVEMENT.ID, id)
                .set(STOCK_MOVEMENT.PRODUCT_ID, productId)
                .set(STOCK_MOVEMENT.QUANTITY_MILLI, milli)
                .set(STOCK_MOVEMENT.KIND, kind.name())
                .set(STOCK_MOVEMENT.REFERENCE, reference)
                .set(STOCK_MOVEMENT.AT, at)
                .set(STOCK_MOVEMENT.USER_ID, userId)
                .execute();
        Outbox.append(tx, Ids.uuidV7(clock), EVENT_MOVED, movedEvent(id, productId, milli, kind, reference, at, userId), at);
        StockMovement movement = new StockMovement(id, productId, fromMilli(milli), kind, reference, at, userId);
        long onHand = onHandMilli(tx, productId);
        return new StockResult(movement, fromMilli(onHand), onHand < 0 && milli < 0 ? negativeWarning(tx, productId, onHand)
                : Optional.empty());
    }

    /** One movement of {@link #recordAll}: the product's name only words a warning. */
    public record Move(UUID productId, String productName, BigDecimal quantity) {
    }

    /**
     * Records movements of one kind and reference (a sale's lines) and their outbox events
     * inside the caller's transaction, with a fixed handful of statements however many
     * there are: the sale commit's time must not grow with its lines. Returns one result per
     * move, in order; a product left below zero warns once, on its last move.
     *
     * @throws IllegalArgumentException as {@link #record(DSLContext, UUID, BigDecimal, MovementKind, String, UUID)}
     */
    public List<StockResult> recordAll(DSLContext tx, List<Move> moves, MovementKind kind, String reference, UUID userId) {
        if (moves.isEmpty()) {
            return List.of();
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<StockMovement> movements = new ArrayList<>(moves.size());
        List<Outbox.NewEvent> events = new ArrayList<>(moves.size());
        var insert = tx.insertInto(STOCK_MOVEMENT, STOCK_MOVEMENT.ID, STOCK_MOVEMENT.PRODUCT_ID, STOCK_MOVEMENT.QUANTITY_MILLI,
                STOCK_MOVEMENT.KIND, STOCK_MOVEMENT.REFERENCE, STOCK_MOVEMENT.AT, STOCK_MOVEMENT.USER_ID);
        for (Move move : moves) {
            long milli = toMilli(move.quantity());
            if (!kind.allows(milli)) {
                throw new IllegalArgumentException(kind + " cannot move stock by " + move.quantity());
            }
            UUID id = Ids.uuidV7(clock);
            insert = insert.values(id, move.productId(), milli, kind.name(), reference, at, userId);
            movements.add(new StockMovement(id, move.productId(), fromMilli(milli), kind, reference, at, userId));
            events.add(new Outbox.NewEvent(Ids.uuidV7(clock), EVENT_MOVED, movedEvent(id, move.productId(), milli, kind,
                    reference, at, userId), at));
        }
        insert.execute();
        Outbox.appendAll(tx, events);

        Map<UUID, Long> onHand = new HashMap<>();
        tx.select(STOCK_MOVEMENT.PRODUCT_ID, DSL.sum(STOCK_MOVEMENT.QUANTITY_MILLI)).from(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.PRODUCT_ID.in(moves.stream().map(Move::productId).distinct().toList()))
                .groupBy(STOCK_MOVEMENT.PRODUCT_ID)
                .forEach(r -> onHand.put(r.value1(), r.value2() == null ? 0 : r.value2().longValueExact()));
        Map<UUID, Integer> last = new HashMap<>();
        for (int i = 0; i < moves.size(); i++) {
            last.put(moves.get(i).productId(), i);
        }
        List<StockResult> results = new ArrayList<>(moves.size());
        for (int i = 0; i < moves.size(); i++) {
            Move move = moves.get(i);
            long left = onHand.getOrDefault(move.productId(), 0L);
            boolean warn = left < 0 && movements.get(i).quantity().signum() < 0 && last.get(move.productId()) == i;
            results.add(new StockResult(movements.get(i), fromMilli(left), warn
                    ? Optional.of(negativeWarning(move.productName() == null ? move.productId().toString() : move.productName(), left))
                    : Optional.empty()));
        }
        return results;
    }

    /**
     * Records a shelf count in the caller's transaction: the difference between what was
     * counted and what the ledger says becomes a {@link MovementKind#COUNT} movement.
     */
    public StockResult count(DSLContext tx, UUID productId, BigDecimal counted, String reference, UUID userId) {
        if (counted.signum() < 0) {
            throw new IllegalArgumentException("a shelf cannot hold " + counted);
        }
        long difference = Math.subtractExact(toMilli(counted), onHandMilli(tx, productId));
        return record(tx, productId, fromMilli(difference), MovementKind.COUNT, reference, userId);
    }

    /** A shelf count in a transaction of its own. */
    public StockResult count(UUID productId, BigDecimal counted, String reference, UUID userId) {
        return store.inTransaction(tx -> count(tx, productId, counted, reference, userId));
    }

    /** A single movement in a transaction of its own (a delivery, an adjustment). */
    public StockResult record(UUID productId, BigDecimal quantity, MovementKind kind, String reference, UUID userId) {
        return store.inTransaction(tx -> record(tx, productId, quantity, kind, reference, userId));
    }

    public BigDecimal onHand(UUID productId) {
        return onHand(store.dsl(), productId);
    }

    /** The sum of the product's movements, as seen by {@code dsl} (the caller's transaction, if any). */
    public BigDecimal onHand(DSLContext dsl, UUID productId) {
        return fromMilli(onHandMilli(dsl, productId));
    }

    /** The product's newest movements, newest first. */
    public List<StockMovement> movements(UUID productId, int limit) {
        return store.dsl().selectFrom(STOCK_MOVEMENT).where(STOCK_MOVEMENT.PRODUCT_ID.eq(productId))
                .orderBy(STOCK_MOVEMENT.AT.desc(), STOCK_MOVEMENT.ID.desc()).limit(limit)
                .fetch(StockLedger::toMovement);
    }

    private static long onHandMilli(DSLContext dsl, UUID productId) {
        BigDecimal sum = dsl.select(DSL.sum(STOCK_MOVEMENT.QUANTITY_MILLI)).from(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.PRODUCT_ID.eq(productId)).fetchOne(0, BigDecimal.class);
        return sum == null ? 0 : sum.longValueExact();
    }

    private static String movedEvent(UUID id, UUID productId, long milli, MovementKind kind, String reference, Instant at,
                                     UUID userId) {
        return JsonWriter.object()
                .put("id", id)
                .put("productId", productId)
                .put("quantityMilli", milli)
                .put("kind", kind)
                .put("reference", reference)
                .put("at", at)
                .put("userId", userId)
                .toString();
    }

    private static Optional<UserMessage> negativeWarning(DSLContext dsl, UUID productId, long onHand) {
        String name = dsl.select(PRODUCT.NAME).from(PRODUCT).where(PRODUCT.ID.eq(productId)).fetchOne(PRODUCT.NAME);
        return Optional.of(negativeWarning(name == null ? productId.toString() : name, onHand));
    }

    private static UserMessage negativeWarning(String name, long onHand) {
        return new UserMessage("stock.negative", name, fromMilli(onHand).stripTrailingZeros().toPlainString());
    }

    /** Thousandths of a unit; more than three decimals is refused rather than rounded away. */
    static long toMilli(BigDecimal quantity) {
        if (quantity.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("more than three decimals: " + quantity);
        }
        return quantity.movePointRight(SCALE).longValueExact();
    }

    static BigDecimal fromMilli(long milli) {
        return BigDecimal.valueOf(milli, SCALE);
    }

    private static StockMovement toMovement(StockMovementRecord r) {
        return new StockMovement(r.getId(), r.getProductId(), fromMilli(r.getQuantityMilli()), MovementKind.valueOf(r.getKind()),
                r.getReference(), r.getAt(), r.getUserId());
    }
}
