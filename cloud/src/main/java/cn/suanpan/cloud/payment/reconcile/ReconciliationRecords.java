package cn.suanpan.cloud.payment.reconcile;

import static cn.suanpan.cloud.store.schema.Tables.CLOUD_RECONCILIATION;
import static cn.suanpan.cloud.store.schema.Tables.CLOUD_RECONCILIATION_MISMATCH;

import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.store.schema.tables.records.CloudReconciliationMismatchRecord;
import cn.suanpan.cloud.store.schema.tables.records.CloudReconciliationRecord;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The stored reconciliations: one row per shop, day and wallet, its mismatches beside it.
 * Several nodes may share the database: a node claims a row that is due by moving its
 * {@code next_try_at} forward in one statement, so only one of them asks the wallet.
 */
public final class ReconciliationRecords {

    /** A shop's day at one wallet. */
    public record Key(UUID shop, LocalDate day, Wallet wallet) {
    }

    /** What one check found; {@code report} is set when the bill was compared. */
    public record Outcome(WalletState state, ReconciliationReport report, String detail) {

        static Outcome of(ReconciliationReport report) {
            return new Outcome(report.clean() ? WalletState.CLEAN : WalletState.MISMATCHED, report, null);
        }

        static Outcome notYet(String why) {
            return new Outcome(WalletState.NOT_YET, null, why);
        }

        static Outcome failed(String why) {
            return new Outcome(WalletState.FAILED, null, why);
        }
    }

    private final CloudStore store;

    public ReconciliationRecords(CloudStore store) {
        this.store = store;
    }

    private static Condition is(Key k) {
        return CLOUD_RECONCILIATION.SHOP_ID.eq(k.shop()).and(CLOUD_RECONCILIATION.BILL_DATE.eq(k.day()))
                .and(CLOUD_RECONCILIATION.WALLET.eq(k.wallet().name()));
    }

    /** Makes the row of a day to be checked, unless it is there already. */
    public void ensure(Key k, Instant now) {
        store.dsl().insertInto(CLOUD_RECONCILIATION)
                .set(CLOUD_RECONCILIATION.SHOP_ID, k.shop()).set(CLOUD_RECONCILIATION.BILL_DATE, k.day())
                .set(CLOUD_RECONCILIATION.WALLET, k.wallet().name()).set(CLOUD_RECONCILIATION.STATE, WalletState.NOT_YET.name())
                .set(CLOUD_RECONCILIATION.CREATED_AT, now).set(CLOUD_RECONCILIATION.UPDATED_AT, now)
                .onConflictDoNothing().execute();
    }

    /** Rows still to be checked (not yet, or failed) whose time has come, days from {@code from} to {@code to}. */
    public List<Key> due(LocalDate from, LocalDate to, Instant now) {
        return store.dsl().selectFrom(CLOUD_RECONCILIATION)
                .where(CLOUD_RECONCILIATION.STATE.in(WalletState.NOT_YET.name(), WalletState.FAILED.name()))
                .and(CLOUD_RECONCILIATION.BILL_DATE.between(from, to))
                .and(CLOUD_RECONCILIATION.NEXT_TRY_AT.isNull().or(CLOUD_RECONCILIATION.NEXT_TRY_AT.le(now)))
                .orderBy(CLOUD_RECONCILIATION.BILL_DATE, CLOUD_RECONCILIATION.WALLET, CLOUD_RECONCILIATION.SHOP_ID)
                .fetch(r -> new Key(r.getShopId(), r.getBillDate(), Wallet.valueOf(r.getWallet())));
    }

    /** Takes a due row for this node until {@code until}; false if it is done or another node has it. */
    public boolean claim(Key k, Instant now, Instant until) {
        return store.dsl().update(CLOUD_RECONCILIATION).set(CLOUD_RECONCILIATION.NEXT_TRY_AT, until)
                .where(is(k))
                .and(CLOUD_RECONCILIATION.STATE.in(WalletState.NOT_YET.name(), WalletState.FAILED.name()))
                .and(CLOUD_RECONCILIATION.NEXT_TRY_AT.isNull().or(CLOUD_RECONCILIATION.NEXT_TRY_AT.le(now)))
                .execute() == 1;
    }

    /**
     * Stores a check, replacing the day's mismatches. A day already compared keeps its report
     * when a later check could not get the bill (returns false then).
     */
    public boolean save(Key k, Outcome o, Instant now) {
        ensure(k, now);
        return store.inTransaction(tx -> {
            CloudReconciliationRecord row = tx.selectFrom(CLOUD_RECONCILIATION).where(is(k)).forUpdate().fetchSingle();
            if (!o.state().done() && WalletState.valueOf(row.getState()).done()) {
                return false;
            }
            int attempts = row.getAttempts() + 1;
            List<Mismatch> mismatches = o.report() == null ? List.of() : o.report().mismatches();
            tx.update(CLOUD_RECONCILIATION).set(CLOUD_RECONCILIATION.STATE, o.state().name())
                    .set(CLOUD_RECONCILIATION.MATCHED, o.report() == null ? 0 : o.report().matched())
                    .set(CLOUD_RECONCILIATION.MISMATCHES, mismatches.size())
                    .set(CLOUD_RECONCILIATION.DETAIL, clip(o.detail()))
                    .set(CLOUD_RECONCILIATION.ATTEMPTS, attempts)
                    .set(CLOUD_RECONCILIATION.CHECKED_AT, now)
                    .set(CLOUD_RECONCILIATION.NEXT_TRY_AT, o.state().done() ? null : now.plus(retryAfter(attempts)))
                    .set(CLOUD_RECONCILIATION.UPDATED_AT, now)
                    .where(is(k)).execute();
            replaceMismatches(tx, k, mismatches);
            return true;
        });
    }

    /** An hour after the first miss, then an hour more each time, at most half a day. */
    static Duration retryAfter(int attempts) {
        return Duration.ofHours(Math.min(Math.max(attempts, 1), 12));
    }

    private static void replaceMismatches(DSLContext tx, Key k, List<Mismatch> mismatches) {
        tx.deleteFrom(CLOUD_RECONCILIATION_MISMATCH).where(CLOUD_RECONCILIATION_MISMATCH.SHOP_ID.eq(k.shop()))
                .and(CLOUD_RECONCILIATION_MISMATCH.BILL_DATE.eq(k.day()))
                .and(CLOUD_RECONCILIATION_MISMATCH.WALLET.eq(k.wallet().name())).execute();
        List<CloudReconciliationMismatchRecord> rows = new ArrayList<>();
        int seq = 0;
        for (Mismatch m : mismatches) {
            CloudReconciliationMismatchRecord r = new CloudReconciliationMismatchRecord();
            r.setShopId(k.shop());
            r.setBillDate(k.day());
            r.setWallet(k.wallet().name());
            r.setSeq(++seq);
            r.setKind(m.type().name());
            r.setOutTradeNo(m.outTradeNo());
            r.setRefundNo(m.refundNo());
            r.setOursFen(m.ours() == null ? null : m.ours().fen());
            r.setTheirsFen(m.theirs() == null ? null : m.theirs().fen());
            rows.add(r);
        }
        if (!rows.isEmpty()) {
            tx.batchInsert(rows).execute();
        }
    }

    /** The stored day of a shop, every wallet checked so far; empty if it was never checked. */
    public Optional<DayReport> read(UUID shop, LocalDate day) {
        List<CloudReconciliationRecord> rows = store.dsl().selectFrom(CLOUD_RECONCILIATION)
                .where(CLOUD_RECONCILIATION.SHOP_ID.eq(shop)).and(CLOUD_RECONCILIATION.BILL_DATE.eq(day))
                .orderBy(CLOUD_RECONCILIATION.WALLET).fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<DayReport.WalletDay> wallets = rows.stream().map(r -> new DayReport.WalletDay(Wallet.valueOf(r.getWallet()),
                r.getState(), r.getMatched(), r.getMismatches(), r.getDetail(), r.getAttempts(), r.getCheckedAt(),
                r.getNextTryAt(), WalletState.valueOf(r.getState()).messageKey())).toList();
        List<DayReport.Item> items = store.dsl().selectFrom(CLOUD_RECONCILIATION_MISMATCH)
                .where(CLOUD_RECONCILIATION_MISMATCH.SHOP_ID.eq(shop)).and(CLOUD_RECONCILIATION_MISMATCH.BILL_DATE.eq(day))
                .orderBy(CLOUD_RECONCILIATION_MISMATCH.WALLET, CLOUD_RECONCILIATION_MISMATCH.SEQ)
                .fetch(r -> {
                    Mismatch m = new Mismatch(Mismatch.Type.valueOf(r.getKind()), Wallet.valueOf(r.getWallet()),
                            r.getOutTradeNo(), r.getRefundNo(), r.getOursFen() == null ? null : Money.ofFen(r.getOursFen()),
                            r.getTheirsFen() == null ? null : Money.ofFen(r.getTheirsFen()));
                    return new DayReport.Item(m.type().name(), m.wallet(), m.outTradeNo(), m.refundNo(), r.getOursFen(),
                            r.getTheirsFen(), m.needsAttention(), WalletState.messageKey(m.type()));
                });
        return Optional.of(DayReport.of(shop, day.toString(), wallets, items));
    }

    private static String clip(String s) {
        return s == null || s.length() <= 400 ? s : s.substring(0, 400);
    }
}
