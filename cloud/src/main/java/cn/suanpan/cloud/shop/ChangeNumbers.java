package cn.suanpan.cloud.shop;

import static cn.suanpan.cloud.store.schema.Tables.SHOP;

import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Numbers the changes of a shop's pulled streams. Taking a number locks the shop's row
 * until the transaction ends, so a later number is always committed after an earlier one
 * and a terminal that has read up to n can never miss a change numbered below n.
 */
public final class ChangeNumbers {

    private ChangeNumbers() {
    }

    /** The next change number of the shop; call inside the transaction making the change. */
    public static long next(DSLContext tx, UUID shopId) {
        Long current = tx.select(SHOP.CHANGE_SEQ).from(SHOP).where(SHOP.ID.eq(shopId)).forUpdate().fetchOne(SHOP.CHANGE_SEQ);
        if (current == null) {
            throw new IllegalArgumentException("no shop " + shopId);
        }
        long next = current + 1;
        tx.update(SHOP).set(SHOP.CHANGE_SEQ, next).where(SHOP.ID.eq(shopId)).execute();
        return next;
    }

    /** The newest change number handed out, without taking one. */
    public static long head(DSLContext dsl, UUID shopId) {
        Long current = dsl.select(SHOP.CHANGE_SEQ).from(SHOP).where(SHOP.ID.eq(shopId)).fetchOne(SHOP.CHANGE_SEQ);
        if (current == null) {
            throw new IllegalArgumentException("no shop " + shopId);
        }
        return current;
    }
}
