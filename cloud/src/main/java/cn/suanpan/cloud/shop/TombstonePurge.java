package cn.suanpan.cloud.shop;

import static cn.suanpan.cloud.store.schema.Tables.SHOP;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Deletes a shop's tombstones from every stream that keeps them, up to one change number,
 * and moves {@code shop.purged_through} there. The shop has a single purge mark, read by
 * {@link StreamPage} for every stream, so all the streams must be purged together: a
 * stream purged past the mark would drop a removal that a terminal behind it never
 * learns of, and one left unpurged keeps its tombstones for ever.
 */
public final class TombstonePurge {

    private TombstonePurge() {
    }

    /** Purges the tombstones of these streams' tables; answers how many rows went. */
    public static int purge(DSLContext tx, UUID shopId, List<StreamPage.Source<?>> sources) {
        // taking a number locks the shop's row: no tombstone can be added while we read and delete
        ChangeNumbers.next(tx, shopId);
        long through = 0;
        for (StreamPage.Source<?> s : sources) {
            Long newest = tx.select(DSL.max(s.changeSeq())).from(s.table())
                    .where(s.shopId().eq(shopId)).and(s.deleted().isTrue()).fetchOne(0, Long.class);
            through = Math.max(through, newest == null ? 0 : newest);
        }
        int deleted = 0;
        for (StreamPage.Source<?> s : sources) {
            deleted += tx.deleteFrom(s.table()).where(s.shopId().eq(shopId)).and(s.deleted().isTrue())
                    .and(s.changeSeq().le(through)).execute();
        }
        tx.update(SHOP).set(SHOP.PURGED_THROUGH, DSL.greatest(SHOP.PURGED_THROUGH, DSL.val(through)))
                .where(SHOP.ID.eq(shopId)).execute();
        return deleted;
    }
}
