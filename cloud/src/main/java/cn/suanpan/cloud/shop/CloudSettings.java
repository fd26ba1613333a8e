package cn.suanpan.cloud.shop;

import static cn.suanpan.cloud.store.schema.Tables.SHOP;
import static cn.suanpan.cloud.store.schema.Tables.SHOP_SETTINGS;

import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.sync.protocol.Change;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.PullPage;
import cn.suanpan.sync.protocol.Stream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * What the shop's owner sets once for all counters: the store's name (the shop's own) and
 * the receipt's header and footer. A change takes the shop's next change number; the
 * {@code settings} stream carries the whole of it in one change, when it changed after the
 * cursor (and in every snapshot, so a new counter learns the store's name).
 */
public final class CloudSettings {

    /**
     * @param receiptHeader the receipt's first line; null or blank leaves each counter's own
     * @param receiptFooter the receipt's closing lines; null leaves each counter's own
     */
    public record Settings(String storeName, String storeNameEn, String receiptHeader, String receiptFooter) {
        public Settings {
            if (storeName == null || storeName.isBlank() || storeName.length() > 200
                    || storeNameEn != null && storeNameEn.length() > 200) {
                throw new IllegalArgumentException("a store name (at most 200 characters) is required");
            }
            if (receiptHeader != null && receiptHeader.length() > 200 || receiptFooter != null && receiptFooter.length() > 1000) {
                throw new IllegalArgumentException("the receipt header takes at most 200 characters, the footer 1000");
            }
        }
    }

    private final CloudStore store;
    private final Clock clock;

    public CloudSettings(CloudStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Settings get(UUID shopId) {
        return read(store.dsl(), shopId);
    }

    /** Replaces the shop's settings and renames the shop. */
    public void put(UUID shopId, Settings s) {
        store.inTransactionRun(tx -> {
            long seq = ChangeNumbers.next(tx, shopId);
            tx.update(SHOP).set(SHOP.NAME, s.storeName()).set(SHOP.NAME_EN, s.storeNameEn()).where(SHOP.ID.eq(shopId)).execute();
            tx.insertInto(SHOP_SETTINGS).set(SHOP_SETTINGS.SHOP_ID, shopId)
                    .set(SHOP_SETTINGS.RECEIPT_HEADER, s.receiptHeader()).set(SHOP_SETTINGS.RECEIPT_FOOTER, s.receiptFooter())
                    .set(SHOP_SETTINGS.CHANGE_SEQ, seq).set(SHOP_SETTINGS.UPDATED_AT, clock.instant())
                    .onDuplicateKeyUpdate()
                    .set(SHOP_SETTINGS.RECEIPT_HEADER, s.receiptHeader()).set(SHOP_SETTINGS.RECEIPT_FOOTER, s.receiptFooter())
                    .set(SHOP_SETTINGS.CHANGE_SEQ, seq).set(SHOP_SETTINGS.UPDATED_AT, clock.instant())
                    .execute();
        });
    }

    /** The settings stream after {@code cursor}: at most one change, the settings whole. */
    public PullPage page(UUID shopId, long cursor) {
        DSLContext dsl = store.dsl();
        Record shop = dsl.select(SHOP.CHANGE_SEQ, SHOP.PURGED_THROUGH, SHOP_SETTINGS.CHANGE_SEQ).from(SHOP)
                .leftJoin(SHOP_SETTINGS).on(SHOP_SETTINGS.SHOP_ID.eq(SHOP.ID)).where(SHOP.ID.eq(shopId)).fetchSingle();
        long head = shop.get(SHOP.CHANGE_SEQ);
        boolean snapshot = cursor == 0 || cursor < shop.get(SHOP.PURGED_THROUGH) || cursor > head;
        Long changed = shop.get(SHOP_SETTINGS.CHANGE_SEQ);
        boolean send = snapshot || changed != null && changed > cursor && changed <= head;
        List<Change> changes = send ? List.of(change(read(dsl, shopId))) : List.of();
        return new PullPage(Protocol.VERSION, Stream.SETTINGS, snapshot, head, false, 0, changes);
    }

    private static Change change(Settings s) {
        return new Change.SettingsChange(s.storeName(), s.storeNameEn(), s.receiptHeader(), s.receiptFooter());
    }

    private static Settings read(DSLContext dsl, UUID shopId) {
        Record r = dsl.select(SHOP.NAME, SHOP.NAME_EN, SHOP_SETTINGS.RECEIPT_HEADER, SHOP_SETTINGS.RECEIPT_FOOTER).from(SHOP)
                .leftJoin(SHOP_SETTINGS).on(SHOP_SETTINGS.SHOP_ID.eq(SHOP.ID)).where(SHOP.ID.eq(shopId)).fetchSingle();
        return new Settings(r.get(SHOP.NAME), r.get(SHOP.NAME_EN), r.get(SHOP_SETTINGS.RECEIPT_HEADER),
                r.get(SHOP_SETTINGS.RECEIPT_FOOTER));
    }
}
