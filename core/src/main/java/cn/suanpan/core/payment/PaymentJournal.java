package cn.suanpan.core.payment;

import static cn.suanpan.core.store.schema.Tables.PAYMENT_INTENT;
import static cn.suanpan.core.store.schema.Tables.PAYMENT_REFUND;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.store.schema.tables.records.PaymentIntentRecord;
import cn.suanpan.core.store.schema.tables.records.PaymentRefundRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The terminal's record of code payments. Every write is its own committed transaction
 * and happens before the network call it prepares, so after a crash the journal names
 * every payment the cloud may have started, and each is resolved before new ones.
 *
 * <p>A sale may take several paid intents (a split over several codes), one after the other.
 * Rules kept here, inside the writing transaction: a sale has at most one open intent
 * (a new code for it waits until the old intent is final), and a code already used for a
 * payment that was not refused outright is not taken again (the same code scanned twice).
 */
public final class PaymentJournal {

    private final LocalStore store;
    private final Clock clock;

    public PaymentJournal(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Journals a new intent for {@code saleId} and commits it.
     *
     * @throws SuanpanException {@code payment.intent.stillOpen} while another intent of the
     *         sale is not final; {@code payment.code.reused} for a code already used
     */
    public PaymentIntent open(UUID saleId, Wallet wallet, String code, Money amount) {
        if (!amount.isPositive()) {
            throw new SuanpanException("tender.badAmount", amount.plain());
        }
        String hash = hash(code);
        return store.inTransaction(tx -> {
            // rows of the sale locked, so two scans at once cannot both pass the check
            List<PaymentIntentRecord> ofSale = tx.selectFrom(PAYMENT_INTENT).where(PAYMENT_INTENT.SALE_ID.eq(saleId)).forUpdate().fetch();
            if (ofSale.stream().anyMatch(r -> !IntentState.valueOf(r.getState()).isFinal())) {
                throw new SuanpanException("payment.intent.stillOpen");
            }
            boolean reused = tx.fetchExists(PAYMENT_INTENT, PAYMENT_INTENT.CODE_HASH.eq(hash)
                    .and(PAYMENT_INTENT.STATE.ne(IntentState.FAILED.name())));
            if (reused) {
                throw new SuanpanException("payment.code.reused", MaskedCode.of(code));
            }
            Instant now = now();
            UUID id = Ids.uuidV7(clock);
            tx.insertInto(PAYMENT_INTENT)
                    .set(PAYMENT_INTENT.ID, id).set(PAYMENT_INTENT.SALE_ID, saleId).set(PAYMENT_INTENT.WALLET, wallet.name())
                    .set(PAYMENT_INTENT.CODE_MASKED, MaskedCode.of(code)).set(PAYMENT_INTENT.CODE, code)
                    .set(PAYMENT_INTENT.CODE_HASH, hash).set(PAYMENT_INTENT.AMOUNT_FEN, amount.fen())
                    .set(PAYMENT_INTENT.STATE, IntentState.NEW.name())
                    .set(PAYMENT_INTENT.CREATED_AT, now).set(PAYMENT_INTENT.UPDATED_AT, now)
                    .execute();
            return read(tx, id).orElseThrow();
        });
    }

    /** Records a state the cloud reported that is not final yet. A final intent stays as it is. */
    public PaymentIntent progress(UUID id, IntentState state) {
        if (state.isFinal()) {
            throw new IllegalArgumentException("use finish for a final state");
        }
        return store.inTransaction(tx -> {
            tx.update(PAYMENT_INTENT).set(PAYMENT_INTENT.STATE, state.name()).set(PAYMENT_INTENT.UPDATED_AT, now())
                    .where(PAYMENT_INTENT.ID.eq(id))
                    .and(PAYMENT_INTENT.STATE.in(IntentState.NEW.name(), IntentState.PENDING.name(), IntentState.WAITING.name()))
                    .execute();
            return read(tx, id).orElseThrow();
        });
    }

    /**
     * Records the final outcome and forgets the whole code. The first final outcome stands:
     * the cloud never changes a final answer, so a second one is the same and is ignored.
     */
    public PaymentIntent finish(UUID id, IntentState state, String providerTxn, Instant paidAt, String messageKey) {
        if (!state.isFinal()) {
            throw new IllegalArgumentException("not a final state: " + state);
        }
        return store.inTransaction(tx -> {
            Instant now = now();
            tx.update(PAYMENT_INTENT)
                    .set(PAYMENT_INTENT.STATE, state.name())
                    .set(PAYMENT_INTENT.PROVIDER_TXN, providerTxn)
                    .set(PAYMENT_INTENT.PAID_AT, state == IntentState.PAID ? (paidAt == null ? now : paidAt) : null)
                    .set(PAYMENT_INTENT.MESSAGE_KEY, messageKey)
                    .setNull(PAYMENT_INTENT.CODE)
                    .set(PAYMENT_INTENT.FINAL_AT, now).set(PAYMENT_INTENT.UPDATED_AT, now)
                    .where(PAYMENT_INTENT.ID.eq(id))
                    .and(PAYMENT_INTENT.STATE.in(IntentState.NEW.name(), IntentState.PENDING.name(), IntentState.WAITING.name()))
                    .execute();
            return read(tx, id).orElseThrow();
        });
    }

    /** The cashier asked to stop: kept, so a restart still reverses rather than waits. */
    public void requestCancel(UUID id) {
        store.inTransactionRun(tx -> tx.update(PAYMENT_INTENT).set(PAYMENT_INTENT.CANCEL_REQUESTED, true)
                .set(PAYMENT_INTENT.UPDATED_AT, now()).where(PAYMENT_INTENT.ID.eq(id)).execute());
    }

    /**
     * Ties a paid intent to the sale that took it; call inside the sale's transaction, so
     * a sale never stands without its payment's link, nor the link without the sale.
     */
    public static void attachSale(DSLContext tx, UUID intentId, UUID completedSaleId, String receiptNo) {
        int n = tx.update(PAYMENT_INTENT).set(PAYMENT_INTENT.COMPLETED_SALE_ID, completedSaleId).set(PAYMENT_INTENT.RECEIPT_NO, receiptNo)
                .where(PAYMENT_INTENT.ID.eq(intentId)).and(PAYMENT_INTENT.STATE.eq(IntentState.PAID.name()))
                .and(PAYMENT_INTENT.COMPLETED_SALE_ID.isNull())
                .execute();
        if (n != 1) {
            throw new SuanpanException("payment.intent.notPaid");
        }
    }

    public Optional<PaymentIntent> find(UUID id) {
        return read(store.dsl(), id);
    }

    /** Intents not final yet, oldest first: what must be resolved before new code payments. */
    public List<PaymentIntent> open() {
        return store.dsl().selectFrom(PAYMENT_INTENT)
                .where(PAYMENT_INTENT.STATE.in(IntentState.NEW.name(), IntentState.PENDING.name(), IntentState.WAITING.name()))
                .orderBy(PAYMENT_INTENT.CREATED_AT).fetch(PaymentJournal::intent);
    }

    /**
     * Paid intents that no sale took (the terminal stopped between payment and sale, or the
     * cashier cancelled a sale after one of its parts was paid) and that are not refunded in
     * full yet (an earlier payment taken for less than it paid had the rest refunded).
     */
    public List<PaymentIntent> paidWithoutSale() {
        return store.dsl().selectFrom(PAYMENT_INTENT)
                .where(PAYMENT_INTENT.STATE.eq(IntentState.PAID.name())).and(PAYMENT_INTENT.COMPLETED_SALE_ID.isNull())
                .and(DSL.coalesce(DSL.select(DSL.sum(PAYMENT_REFUND.AMOUNT_FEN)).from(PAYMENT_REFUND)
                        .where(PAYMENT_REFUND.INTENT_ID.eq(PAYMENT_INTENT.ID)).and(PAYMENT_REFUND.STATE.ne("FAILED"))
                        .asField(), BigDecimal.ZERO).lt(PAYMENT_INTENT.AMOUNT_FEN.cast(BigDecimal.class)))
                .orderBy(PAYMENT_INTENT.CREATED_AT).fetch(PaymentJournal::intent);
    }

    /** What of a paid intent can still be given back: its amount less the refunds not failed. */
    public Money refundable(UUID intentId) {
        return refundable(store.dsl(), intentId);
    }

    /** As {@link #refundable(UUID)}, in the caller's transaction. */
    public static Money refundable(DSLContext tx, UUID intentId) {
        PaymentIntentRecord intent = tx.selectFrom(PAYMENT_INTENT).where(PAYMENT_INTENT.ID.eq(intentId)).fetchOne();
        if (intent == null || !IntentState.PAID.name().equals(intent.getState())) {
            return Money.ZERO;
        }
        long refunded = tx.selectFrom(PAYMENT_REFUND).where(PAYMENT_REFUND.INTENT_ID.eq(intentId))
                .and(PAYMENT_REFUND.STATE.ne("FAILED")).fetch().stream().mapToLong(PaymentRefundRecord::getAmountFen).sum();
        return Money.ofFen(intent.getAmountFen() - refunded);
    }

    /** The latest intents, newest first. */
    public List<PaymentIntent> recent(int limit) {
        return store.dsl().selectFrom(PAYMENT_INTENT).orderBy(PAYMENT_INTENT.CREATED_AT.desc(), PAYMENT_INTENT.ID.desc()).limit(limit)
                .fetch(PaymentJournal::intent);
    }

    public List<PaymentIntent> ofSale(UUID saleId) {
        return store.dsl().selectFrom(PAYMENT_INTENT).where(PAYMENT_INTENT.SALE_ID.eq(saleId))
                .orderBy(PAYMENT_INTENT.CREATED_AT).fetch(PaymentJournal::intent);
    }

    // ---- refunds

    /** A refund as journaled. */
    public record RefundEntry(UUID id, UUID intentId, Money amount, String reason, String state, String messageKey) {
    }

    /**
     * Journals a refund of a paid intent before it is sent.
     *
     * @throws SuanpanException {@code payment.refund.overLimit} when it would give back more than was paid
     */
    public RefundEntry openRefund(UUID intentId, Money amount, String reason) {
        return store.inTransaction(tx -> openRefund(tx, intentId, amount, reason));
    }

    /** As {@link #openRefund(UUID, Money, String)}, in the caller's transaction. */
    public RefundEntry openRefund(DSLContext tx, UUID intentId, Money amount, String reason) {
        PaymentIntentRecord intent = tx.selectFrom(PAYMENT_INTENT).where(PAYMENT_INTENT.ID.eq(intentId)).forUpdate().fetchOne();
        if (intent == null || !IntentState.PAID.name().equals(intent.getState())) {
            throw new SuanpanException("payment.intent.notPaid");
        }
        long refunded = tx.selectFrom(PAYMENT_REFUND).where(PAYMENT_REFUND.INTENT_ID.eq(intentId))
                .and(PAYMENT_REFUND.STATE.ne("FAILED")).fetch().stream().mapToLong(PaymentRefundRecord::getAmountFen).sum();
        if (!amount.isPositive() || refunded + amount.fen() > intent.getAmountFen()) {
            throw new SuanpanException("payment.refund.overRefundable", amount.display(), Money.ofFen(intent.getAmountFen() - refunded).display());
        }
        Instant now = now();
        UUID id = Ids.uuidV7(clock);
        tx.insertInto(PAYMENT_REFUND).set(PAYMENT_REFUND.ID, id).set(PAYMENT_REFUND.INTENT_ID, intentId)
                .set(PAYMENT_REFUND.AMOUNT_FEN, amount.fen()).set(PAYMENT_REFUND.REASON, reason)
                .set(PAYMENT_REFUND.STATE, "PENDING").set(PAYMENT_REFUND.CREATED_AT, now).set(PAYMENT_REFUND.UPDATED_AT, now)
                .execute();
        return new RefundEntry(id, intentId, amount, reason, "PENDING", null);
    }

    /** The paid intent whose payment a committed sale took, by the sale's receipt number and the kind of wallet. */
    public static Optional<PaymentIntent> paidFor(DSLContext tx, String receiptNo, boolean memberWallet) {
        return allPaidFor(tx, receiptNo, memberWallet).stream().findFirst();
    }

    /** Every paid intent a committed sale took of one kind of wallet (a sale split over several codes), oldest first. */
    public static List<PaymentIntent> allPaidFor(DSLContext tx, String receiptNo, boolean memberWallet) {
        return tx.selectFrom(PAYMENT_INTENT).where(PAYMENT_INTENT.RECEIPT_NO.eq(receiptNo))
                .and(PAYMENT_INTENT.STATE.eq(IntentState.PAID.name()))
                .and(memberWallet ? PAYMENT_INTENT.WALLET.eq(Wallet.MEMBER.name()) : PAYMENT_INTENT.WALLET.ne(Wallet.MEMBER.name()))
                .orderBy(PAYMENT_INTENT.CREATED_AT).fetch(PaymentJournal::intent);
    }

    public void finishRefund(UUID refundId, boolean refunded, String messageKey) {
        store.inTransactionRun(tx -> tx.update(PAYMENT_REFUND).set(PAYMENT_REFUND.STATE, refunded ? "REFUNDED" : "FAILED")
                .set(PAYMENT_REFUND.MESSAGE_KEY, messageKey).set(PAYMENT_REFUND.UPDATED_AT, now())
                .where(PAYMENT_REFUND.ID.eq(refundId)).and(PAYMENT_REFUND.STATE.eq("PENDING")).execute());
    }

    public List<RefundEntry> pendingRefunds() {
        return store.dsl().selectFrom(PAYMENT_REFUND).where(PAYMENT_REFUND.STATE.eq("PENDING")).orderBy(PAYMENT_REFUND.CREATED_AT)
                .fetch(PaymentJournal::refund);
    }

    public List<RefundEntry> refundsOf(UUID intentId) {
        return store.dsl().selectFrom(PAYMENT_REFUND).where(PAYMENT_REFUND.INTENT_ID.eq(intentId)).orderBy(PAYMENT_REFUND.CREATED_AT)
                .fetch(PaymentJournal::refund);
    }

    private static RefundEntry refund(PaymentRefundRecord r) {
        return new RefundEntry(r.getId(), r.getIntentId(), Money.ofFen(r.getAmountFen()), r.getReason(), r.getState(), r.getMessageKey());
    }

    private static Optional<PaymentIntent> read(DSLContext dsl, UUID id) {
        return dsl.selectFrom(PAYMENT_INTENT).where(PAYMENT_INTENT.ID.eq(id)).fetchOptional(PaymentJournal::intent);
    }

    private static PaymentIntent intent(PaymentIntentRecord r) {
        return new PaymentIntent(r.getId(), r.getSaleId(), Wallet.valueOf(r.getWallet()), r.getCodeMasked(), r.getCode(),
                Money.ofFen(r.getAmountFen()), IntentState.valueOf(r.getState()), r.getProviderTxn(), r.getMessageKey(),
                r.getCancelRequested(), r.getCreatedAt(), r.getPaidAt(), r.getCompletedSaleId(), r.getReceiptNo());
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
