package cn.suanpan.cloud.stock;

import static cn.suanpan.cloud.store.schema.Tables.PRODUCT_STOCK;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Serialises the stock bookings of each product. An online order checks the product's
 * stock on hand and books its movement; a push books a counter's movements. Both lock the
 * products' {@code product_stock} rows first, until their transaction ends, so an order
 * that reads the stock sees every booking made before it and none is made between its
 * check and its write: of two orders (or an order and a counter's sale) for the last unit,
 * the order that comes second finds it gone.
 *
 * <p>Every taker locks its products in one statement in id order and before the shop's row
 * (the change number), so two takers never wait on each other in a circle.
 */
public final class StockLocks {

    private StockLocks() {
    }

    /** Locks the stock rows of these products, in the caller's transaction. */
    public static void lock(DSLContext tx, Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        List<UUID> sorted = productIds.stream().distinct().sorted().toList();
        tx.select(PRODUCT_STOCK.PRODUCT_ID).from(PRODUCT_STOCK).where(PRODUCT_STOCK.PRODUCT_ID.in(sorted))
                .orderBy(PRODUCT_STOCK.PRODUCT_ID).forUpdate().fetch();
    }

    /** Gives new products their stock rows, in the transaction that creates them. */
    public static void add(DSLContext tx, UUID shopId, Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        var insert = tx.batch(tx.insertInto(PRODUCT_STOCK, PRODUCT_STOCK.PRODUCT_ID, PRODUCT_STOCK.SHOP_ID).values((UUID) null, null));
        for (UUID id : productIds) {
            insert = insert.bind(id, shopId);
        }
        insert.execute();
    }
}
