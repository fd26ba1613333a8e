package cn.suanpan.core.setup;

import static cn.suanpan.core.store.schema.Tables.SHOP_SETTINGS;
import static cn.suanpan.core.store.schema.Tables.STORE;

import java.time.Instant;
import org.jooq.DSLContext;

/**
 * What the shop's owner sets once for every counter, in the cloud: the store's name and
 * the receipt's header and footer. Pulled as the {@code settings} stream. The store's name
 * goes into the {@code store} row (shown from the next start); the receipt's lines are
 * read when a receipt is printed, and win over the terminal's own settings when set.
 *
 * @param receiptHeader the receipt's first line; blank leaves the terminal's own setting
 * @param receiptFooter the receipt's closing lines; null leaves the terminal's own setting
 */
public record ShopSettings(String receiptHeader, String receiptFooter) {

    /** Nothing set centrally (a store that never pulled settings). */
    public static final ShopSettings NONE = new ShopSettings(null, null);

    /** The settings last pulled, or {@link #NONE}. */
    public static ShopSettings read(DSLContext dsl) {
        return dsl.selectFrom(SHOP_SETTINGS).where(SHOP_SETTINGS.ID.eq(1))
                .fetchOptional(r -> new ShopSettings(r.getReceiptHeader(), r.getReceiptFooter())).orElse(NONE);
    }

    /** Stores pulled settings, in the transaction of the pulled page; a null store name keeps the store's. */
    public static void apply(DSLContext tx, String storeName, String storeNameEn, ShopSettings s, Instant at) {
        if (storeName != null && !storeName.isBlank()) {
            tx.update(STORE).set(STORE.NAME, storeName).set(STORE.NAME_EN, storeNameEn).execute();
        }
        tx.insertInto(SHOP_SETTINGS).set(SHOP_SETTINGS.ID, 1).set(SHOP_SETTINGS.RECEIPT_HEADER, s.receiptHeader())
                .set(SHOP_SETTINGS.RECEIPT_FOOTER, s.receiptFooter()).set(SHOP_SETTINGS.UPDATED_AT, at)
                .onDuplicateKeyUpdate().set(SHOP_SETTINGS.RECEIPT_HEADER, s.receiptHeader())
                .set(SHOP_SETTINGS.RECEIPT_FOOTER, s.receiptFooter()).set(SHOP_SETTINGS.UPDATED_AT, at).execute();
    }
}
