package cn.suanpan.cloud.shop;

import static cn.suanpan.cloud.store.schema.Tables.SHOP;

import cn.suanpan.sync.protocol.Change;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.PullPage;
import cn.suanpan.sync.protocol.Stream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;

/**
 * One page of a pulled stream, read the same way for every stream the shop numbers with
 * {@link ChangeNumbers}. Cursor 0 (a new terminal), a cursor older than the purged
 * tombstones or one ahead of the shop (a restored cloud) starts a snapshot: live rows from
 * the beginning. The head is read first and the page stops there, so a page that reaches it
 * may say so as its next cursor. One row more than the page is read to know whether more
 * follow; the changes after the page are counted only when asked, since that reads all of
 * them.
 */
public final class StreamPage {

    private StreamPage() {
    }

    /** A table the stream draws rows from, with the columns every numbered table has. */
    public record Source<R extends TableRecord<R>>(Table<R> table, TableField<R, UUID> shopId, TableField<R, Long> changeSeq,
            TableField<R, Boolean> deleted, Function<? super R, ? extends Change> toChange) {
    }

    /** A stream drawn from one table. */
    public static <R extends TableRecord<R>> PullPage read(DSLContext dsl, Stream stream, Source<R> source, UUID shopId,
            long cursor, int limit, boolean countRemaining) {
        return read(dsl, stream, List.of(source), shopId, cursor, limit, countRemaining);
    }

    /**
     * A stream drawn from several tables (the catalog's categories and products): each gives
     * up to a page and one more, merged by change number; the numbers are the shop's, so no
     * two rows share one.
     */
    public static PullPage read(DSLContext dsl, Stream stream, List<Source<?>> sources, UUID shopId, long cursor, int limit,
            boolean countRemaining) {
        Record2<Long, Long> shop = dsl.select(SHOP.CHANGE_SEQ, SHOP.PURGED_THROUGH).from(SHOP).where(SHOP.ID.eq(shopId)).fetchSingle();
        long head = shop.value1();
        boolean snapshot = cursor == 0 || cursor < shop.value2() || cursor > head;
        long from = snapshot ? 0 : cursor;

        List<Numbered> rows = new ArrayList<>();
        for (Source<?> source : sources) {
            rows.addAll(fetch(dsl, source, where(source, shopId, from, head, snapshot), limit + 1));
        }
        if (sources.size() > 1) {
            rows.sort(Comparator.comparingLong(Numbered::seq));
        }
        boolean hasMore = rows.size() > limit;
        List<Numbered> taken = hasMore ? rows.subList(0, limit) : rows;
        long next = hasMore ? taken.getLast().seq() : head;
        long remaining = 0;
        if (hasMore && countRemaining) {
            for (Source<?> source : sources) {
                remaining += dsl.fetchCount(source.table(), where(source, shopId, from, head, snapshot).and(source.changeSeq().gt(next)));
            }
        }
        return new PullPage(Protocol.VERSION, stream, snapshot, next, hasMore, remaining,
                taken.stream().map(Numbered::change).toList());
    }

    private record Numbered(long seq, Change change) {
    }

    private static Condition where(Source<?> s, UUID shopId, long from, long head, boolean snapshot) {
        Condition where = s.shopId().eq(shopId).and(s.changeSeq().gt(from)).and(s.changeSeq().le(head));
        return snapshot ? where.and(s.deleted().isFalse()) : where;
    }

    private static <R extends TableRecord<R>> List<Numbered> fetch(DSLContext dsl, Source<R> s, Condition where, int rows) {
        // ordered by the whole (shop, change) index, not by the change number alone: H2 then
        // reads the index in order and stops at the limit; ordered by change_seq only it
        // sorted every row after the cursor, for every page
        return dsl.selectFrom(s.table()).where(where).orderBy(s.shopId(), s.changeSeq()).limit(rows)
                .fetch(r -> new Numbered(r.get(s.changeSeq()), s.toChange().apply(r)));
    }
}
