package cn.suanpan.cloud.payment.reconcile;

import static cn.suanpan.cloud.store.schema.Tables.CLOUD_PAYMENT;
import static cn.suanpan.cloud.store.schema.Tables.CLOUD_REFUND;

import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The cloud's side of a day: the money its payments and refunds moved at a wallet, as
 * {@link LedgerEntry} rows. A payment counts on the Beijing day the wallet says it was paid
 * (the gateways keep the wallet's time); a refund on the day the wallet confirmed it.
 */
public final class CloudLedger {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int CHUNK = 500;

    private final CloudStore store;

    public CloudLedger(CloudStore store) {
        this.store = store;
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BEIJING).toInstant();
    }

    /** The shop's payments and refunds of {@code wallet} on {@code day}. */
    public List<LedgerEntry> entries(UUID shop, LocalDate day, Wallet wallet) {
        Instant from = startOf(day);
        Instant to = startOf(day.plusDays(1));
        List<LedgerEntry> out = new ArrayList<>();
        // paid at the wallet: PAID, and the second payment of a sale that the cloud gave back (REVERSED, paid_at kept)
        store.dsl().selectFrom(CLOUD_PAYMENT)
                .where(CLOUD_PAYMENT.SHOP_ID.eq(shop)).and(CLOUD_PAYMENT.WALLET.eq(wallet.name()))
                .and(CLOUD_PAYMENT.PROVIDER_TXN.isNotNull())
                .and(CLOUD_PAYMENT.PAID_AT.ge(from)).and(CLOUD_PAYMENT.PAID_AT.lt(to))
                .forEach(p -> out.add(LedgerEntry.pay(wallet, p.getIntentId().toString(), Money.ofFen(p.getAmountFen()),
                        p.getPaidAt())));
        store.dsl().select(CLOUD_REFUND.INTENT_ID, CLOUD_REFUND.REFUND_ID, CLOUD_REFUND.AMOUNT_FEN, CLOUD_REFUND.UPDATED_AT)
                .from(CLOUD_REFUND).join(CLOUD_PAYMENT).on(CLOUD_PAYMENT.INTENT_ID.eq(CLOUD_REFUND.INTENT_ID))
                .where(CLOUD_PAYMENT.SHOP_ID.eq(shop)).and(CLOUD_PAYMENT.WALLET.eq(wallet.name()))
                .and(CLOUD_REFUND.STATE.eq("REFUNDED"))
                .and(CLOUD_REFUND.UPDATED_AT.ge(from)).and(CLOUD_REFUND.UPDATED_AT.lt(to))
                .forEach(r -> out.add(LedgerEntry.refund(wallet, r.value1().toString(), r.value2().toString(),
                        Money.ofFen(r.value3()), r.value4())));
        return out;
    }

    /**
     * Whose the payments of these order numbers are: order number → the shop, empty for a
     * payment the cloud knows without a shop (a cancel that came before its start). Order
     * numbers the cloud never issued are left out.
     */
    public Map<String, Optional<UUID>> owners(Collection<String> orderNos) {
        Map<UUID, String> ids = new HashMap<>();
        for (String no : orderNos) {
            try {
                ids.put(UUID.fromString(no), no);
            } catch (IllegalArgumentException notOurs) {
                // not a number the cloud gives out
            }
        }
        Map<String, Optional<UUID>> out = new HashMap<>();
        List<UUID> all = new ArrayList<>(ids.keySet());
        for (int i = 0; i < all.size(); i += CHUNK) {
            store.dsl().select(CLOUD_PAYMENT.INTENT_ID, CLOUD_PAYMENT.SHOP_ID).from(CLOUD_PAYMENT)
                    .where(CLOUD_PAYMENT.INTENT_ID.in(all.subList(i, Math.min(all.size(), i + CHUNK))))
                    .forEach(r -> out.put(ids.get(r.value1()), Optional.ofNullable(r.value2())));
        }
        return out;
    }
}
