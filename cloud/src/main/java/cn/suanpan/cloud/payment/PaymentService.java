package cn.suanpan.cloud.payment;

import static cn.suanpan.cloud.store.schema.Tables.CLOUD_PAYMENT;
import static cn.suanpan.cloud.store.schema.Tables.CLOUD_REFUND;
import static cn.suanpan.cloud.store.schema.Tables.PAYMENT_INCIDENT;

import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.GatewayUnavailable;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.store.schema.tables.records.CloudPaymentRecord;
import cn.suanpan.cloud.store.schema.tables.records.CloudRefundRecord;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.PaymentCancel;
import cn.suanpan.sync.protocol.PaymentPoll;
import cn.suanpan.sync.protocol.PaymentRefund;
import cn.suanpan.sync.protocol.PaymentStart;
import cn.suanpan.sync.protocol.PaymentState;
import cn.suanpan.sync.protocol.PaymentStatus;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.ProtocolException;
import cn.suanpan.sync.protocol.RefundStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the terminals' code payments. Each payment is journaled (unique on terminal and
 * intent) before its gateway is called; the gateway runs on a worker of this node and
 * follows its wallet's rules to a final outcome, which is stored once and never changed.
 * Terminals learn it by long-polling. A cancel raises the payment's cancel signal and the
 * gateway reverses. At start every unfinished payment is settled (queried, reversed
 * unless paid) and every pending refund sent again.
 *
 * <p>A sale may be paid by several code payments (a split tender). A payment paid while
 * another paid payment of the same sale was under way at the same time is a second charge
 * for the same money: it is refunded at once, answered as reversed, logged and listed as an
 * incident for the admin. A payment refunded in full does not count (ADR 23).
 */
public final class PaymentService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    private static final String WAITING = "WAITING";
    private static final Duration RETRY_FIRST = Duration.ofSeconds(2);
    private static final Duration RETRY_MAX = Duration.ofSeconds(60);

    private final CloudStore store;
    private final PaymentGateways gateways;
    private final Clock clock;
    private final ExecutorService workers;
    private final Map<UUID, StoredCancelSignal> running = new ConcurrentHashMap<>();
    /** Woken on every change this node makes; waiters also look again each second for other nodes' changes. */
    private final Object changed = new Object();

    public PaymentService(CloudStore store, PaymentGateways gateways, Clock clock) {
        this.store = store;
        this.gateways = gateways;
        this.clock = clock;
        // a gateway blocks for up to a minute per payment, waiting on the wallet: a virtual thread each
        this.workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("payment-", 0).factory());
    }

    public PaymentGateways gateways() {
        return gateways;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    // ---- start

    public PaymentStatus start(UUID terminalId, UUID shopId, PaymentStart s) {
        PaymentGateway gateway = gateways.forWallet(s.wallet()).orElse(null);
        boolean created = store.inTransaction(tx -> {
            CloudPaymentRecord existing = lock(tx, terminalId, s.intentId());
            if (existing != null) {
                if (existing.getWallet() != null && (existing.getAmountFen() != s.amountFen() || !existing.getWallet().equals(s.wallet().name()))) {
                    throw new ProtocolException(ErrorCode.MALFORMED, "intent " + s.intentId() + " was started with another amount or wallet");
                }
                return false;
            }
            if (tx.fetchExists(CLOUD_PAYMENT, CLOUD_PAYMENT.INTENT_ID.eq(s.intentId()))) {
                throw new ProtocolException(ErrorCode.MALFORMED, "intent " + s.intentId() + " belongs to another terminal");
            }
            Instant now = now();
            boolean enabled = gateway != null;
            tx.insertInto(CLOUD_PAYMENT)
                    .set(CLOUD_PAYMENT.TERMINAL_ID, terminalId).set(CLOUD_PAYMENT.INTENT_ID, s.intentId())
                    .set(CLOUD_PAYMENT.SHOP_ID, shopId).set(CLOUD_PAYMENT.SALE_ID, s.saleId())
                    .set(CLOUD_PAYMENT.WALLET, s.wallet().name()).set(CLOUD_PAYMENT.AUTH_CODE, enabled ? s.authCode() : null)
                    .set(CLOUD_PAYMENT.AMOUNT_FEN, s.amountFen()).set(CLOUD_PAYMENT.DESCRIPTION, s.description())
                    .set(CLOUD_PAYMENT.STATE, enabled ? "PENDING" : "FAILED")
                    .set(CLOUD_PAYMENT.MESSAGE_KEY, enabled ? null : "payment.failed.walletNotEnabled")
                    .set(CLOUD_PAYMENT.ERROR_CODE, enabled ? null : "WALLET_NOT_ENABLED")
                    .set(CLOUD_PAYMENT.CREATED_AT, now).set(CLOUD_PAYMENT.UPDATED_AT, now)
                    .set(CLOUD_PAYMENT.FINAL_AT, enabled ? null : now)
                    .execute();
            return enabled;
        });
        if (created) {
            submit(terminalId, s.intentId(), false);
        }
        return status(terminalId, s.intentId());
    }

    // ---- poll

    /**
     * Where a payment stands, after waiting up to {@code waitSeconds} for it to change. An
     * intent the cloud never received is closed as reversed, so a start still on its way
     * can no longer charge.
     */
    public PaymentStatus poll(UUID terminalId, PaymentPoll p) {
        PaymentStatus first = statusOrTombstone(terminalId, p.intentId(), "payment.reversed.notReceived");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(p.waitSeconds());
        PaymentStatus now = first;
        while (!now.state().isFinal() && now.state() == first.state() && System.nanoTime() < end) {
            synchronized (changed) {
                try {
                    changed.wait(Math.max(1, Math.min(1_000, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            now = status(terminalId, p.intentId());
        }
        return now;
    }

    // ---- cancel

    /** The cashier gave up: reversed at the wallet unless the customer has paid already. Idempotent. */
    public PaymentStatus cancel(UUID terminalId, PaymentCancel c) {
        PaymentStatus status = statusOrTombstone(terminalId, c.intentId(), "payment.reversed.cancelled");
        if (status.state().isFinal()) {
            return status;
        }
        store.inTransactionRun(tx -> tx.update(CLOUD_PAYMENT).set(CLOUD_PAYMENT.CANCEL_REQUESTED, true).set(CLOUD_PAYMENT.UPDATED_AT, now())
                .where(CLOUD_PAYMENT.TERMINAL_ID.eq(terminalId)).and(CLOUD_PAYMENT.INTENT_ID.eq(c.intentId())).execute());
        StoredCancelSignal signal = running.get(c.intentId());
        if (signal != null) {
            signal.raise();
        }
        log.info("Payment {} of terminal {}: cancel requested", c.intentId(), terminalId);
        return status(terminalId, c.intentId());
    }

    // ---- refunds

    /** Refunds part or all of a paid payment; the refund id makes a repeated request pay out once. */
    public RefundStatus refund(UUID terminalId, PaymentRefund r) {
        CloudRefundRecord row = store.inTransaction(tx -> {
            CloudRefundRecord existing = tx.selectFrom(CLOUD_REFUND).where(CLOUD_REFUND.REFUND_ID.eq(r.refundId())).forUpdate().fetchOne();
            if (existing != null) {
                if (!existing.getTerminalId().equals(terminalId) || !existing.getIntentId().equals(r.intentId())
                        || existing.getAmountFen() != r.amountFen()) {
                    throw new ProtocolException(ErrorCode.MALFORMED, "refund " + r.refundId() + " was asked with other details");
                }
                return existing;
            }
            CloudPaymentRecord payment = lock(tx, terminalId, r.intentId());
            String refusal = null;
            if (payment == null || !"PAID".equals(payment.getState())) {
                refusal = "payment.refund.notPaid";
            } else if (refunded(tx, r.intentId()) + r.amountFen() > payment.getAmountFen()) {
                refusal = "payment.refund.overLimit";
            }
            Instant now = now();
            tx.insertInto(CLOUD_REFUND).set(CLOUD_REFUND.REFUND_ID, r.refundId()).set(CLOUD_REFUND.TERMINAL_ID, terminalId)
                    .set(CLOUD_REFUND.INTENT_ID, r.intentId()).set(CLOUD_REFUND.AMOUNT_FEN, r.amountFen()).set(CLOUD_REFUND.REASON, r.reason())
                    .set(CLOUD_REFUND.STATE, refusal == null ? "PENDING" : "FAILED").set(CLOUD_REFUND.MESSAGE_KEY, refusal)
                    .set(CLOUD_REFUND.CREATED_AT, now).set(CLOUD_REFUND.UPDATED_AT, now).execute();
            return tx.selectFrom(CLOUD_REFUND).where(CLOUD_REFUND.REFUND_ID.eq(r.refundId())).fetchSingle();
        });
        if ("PENDING".equals(row.getState())) {
            row = sendRefund(row);
        }
        return refundStatus(row);
    }

    private static long refunded(DSLContext tx, UUID intentId) {
        return tx.selectFrom(CLOUD_REFUND).where(CLOUD_REFUND.INTENT_ID.eq(intentId)).and(CLOUD_REFUND.STATE.ne("FAILED"))
                .fetch().stream().mapToLong(CloudRefundRecord::getAmountFen).sum();
    }

    private CloudRefundRecord sendRefund(CloudRefundRecord row) {
        CloudPaymentRecord payment = store.dsl().selectFrom(CLOUD_PAYMENT).where(CLOUD_PAYMENT.TERMINAL_ID.eq(row.getTerminalId()))
                .and(CLOUD_PAYMENT.INTENT_ID.eq(row.getIntentId())).fetchSingle();
        PaymentGateway gateway = gateways.forWallet(Wallet.valueOf(payment.getWallet())).orElse(null);
        if (gateway == null) {
            return finishRefund(row, "FAILED", null, "payment.failed.walletNotEnabled");
        }
        try {
            RefundOutcome outcome = gateway.refund(new Refund(row.getIntentId().toString(), row.getRefundId().toString(),
                    Money.ofFen(payment.getAmountFen()), Money.ofFen(row.getAmountFen()), row.getReason()));
            return switch (outcome) {
                case RefundOutcome.Refunded done -> finishRefund(row, "REFUNDED", done.providerRefundId(), null);
                case RefundOutcome.Rejected no -> {
                    log.warn("Refund {} of payment {} rejected: {} {}", row.getRefundId(), row.getIntentId(), no.code(), no.messageKey());
                    if (row.getAutomatic()) {
                        incident(payment, PaymentIncident.REFUND_FAILED, "the automatic refund " + row.getRefundId() + " was rejected: "
                                + no.code());
                    }
                    yield finishRefund(row, "FAILED", null, no.messageKey());
                }
            };
        } catch (GatewayUnavailable e) {
            log.info("Refund {} pending, the wallet is out of reach: {}", row.getRefundId(), e.getMessage());
            return row;
        }
    }

    private CloudRefundRecord finishRefund(CloudRefundRecord row, String state, String providerId, String messageKey) {
        return store.inTransaction(tx -> {
            tx.update(CLOUD_REFUND).set(CLOUD_REFUND.STATE, state).set(CLOUD_REFUND.PROVIDER_REFUND_ID, providerId)
                    .set(CLOUD_REFUND.MESSAGE_KEY, messageKey).set(CLOUD_REFUND.UPDATED_AT, now())
                    .where(CLOUD_REFUND.REFUND_ID.eq(row.getRefundId())).and(CLOUD_REFUND.STATE.eq("PENDING")).execute();
            return tx.selectFrom(CLOUD_REFUND).where(CLOUD_REFUND.REFUND_ID.eq(row.getRefundId())).fetchSingle();
        });
    }

    private static RefundStatus refundStatus(CloudRefundRecord r) {
        return new RefundStatus(Protocol.VERSION, r.getRefundId(), switch (r.getState()) {
            case "REFUNDED" -> RefundStatus.REFUNDED;
            case "FAILED" -> RefundStatus.FAILED;
            default -> RefundStatus.PENDING;
        }, r.getAmountFen(), r.getMessageKey());
    }

    // ---- recovery

    /** At start: settle every payment left unfinished (by a crash of this or another node) and send pending refunds again. */
    public int recover() {
        List<CloudPaymentRecord> open = store.dsl().selectFrom(CLOUD_PAYMENT).where(CLOUD_PAYMENT.STATE.in("PENDING", WAITING)).fetch();
        for (CloudPaymentRecord p : open) {
            log.info("Payment {} of terminal {} was left unfinished: settling it", p.getIntentId(), p.getTerminalId());
            submit(p.getTerminalId(), p.getIntentId(), true);
        }
        List<CloudRefundRecord> refunds = store.dsl().selectFrom(CLOUD_REFUND).where(CLOUD_REFUND.STATE.eq("PENDING")).fetch();
        for (CloudRefundRecord r : refunds) {
            workers.submit(() -> retryRefund(r));
        }
        return open.size();
    }

    private void retryRefund(CloudRefundRecord r) {
        Duration wait = RETRY_FIRST;
        CloudRefundRecord row = r;
        while ("PENDING".equals(row.getState()) && !Thread.currentThread().isInterrupted()) {
            row = sendRefund(row);
            if ("PENDING".equals(row.getState()) && !sleep(wait)) {
                return;
            }
            wait = wait.multipliedBy(2).compareTo(RETRY_MAX) > 0 ? RETRY_MAX : wait.multipliedBy(2);
        }
    }

    /** Incidents of a shop for the admin, newest first. */
    public List<PaymentIncident> incidents(UUID shopId, int limit) {
        return store.dsl().selectFrom(PAYMENT_INCIDENT).where(PAYMENT_INCIDENT.SHOP_ID.eq(shopId))
                .orderBy(PAYMENT_INCIDENT.AT.desc()).limit(limit)
                .fetch(r -> new PaymentIncident(r.getId(), r.getTerminalId(), r.getIntentId(), r.getSaleId(), r.getKind(), r.getDetail(), r.getAt()));
    }

    // ---- running a gateway

    private void submit(UUID terminalId, UUID intentId, boolean settle) {
        StoredCancelSignal signal = new StoredCancelSignal(() -> cancelRequested(terminalId, intentId));
        if (running.putIfAbsent(intentId, signal) != null) {
            return;
        }
        workers.submit(() -> {
            try {
                run(terminalId, intentId, settle, signal);
            } catch (RuntimeException e) {
                log.error("Payment {} failed in the cloud; it is settled at the next start", intentId, e);
            } finally {
                running.remove(intentId);
                wake();
            }
        });
    }

    private boolean cancelRequested(UUID terminalId, UUID intentId) {
        Boolean flag = store.dsl().select(CLOUD_PAYMENT.CANCEL_REQUESTED).from(CLOUD_PAYMENT)
                .where(CLOUD_PAYMENT.TERMINAL_ID.eq(terminalId)).and(CLOUD_PAYMENT.INTENT_ID.eq(intentId)).fetchOne(CLOUD_PAYMENT.CANCEL_REQUESTED);
        return flag != null && flag;
    }

    private void run(UUID terminalId, UUID intentId, boolean settle, StoredCancelSignal signal) {
        CloudPaymentRecord p = store.dsl().selectFrom(CLOUD_PAYMENT).where(CLOUD_PAYMENT.TERMINAL_ID.eq(terminalId))
                .and(CLOUD_PAYMENT.INTENT_ID.eq(intentId)).fetchOne();
        if (p == null || !List.of("PENDING", WAITING).contains(p.getState())) {
            return;
        }
        PaymentGateway gateway = gateways.forWallet(Wallet.valueOf(p.getWallet())).orElse(null);
        if (gateway == null) {
            record(p, new ChargeOutcome.Failed("WALLET_NOT_ENABLED", "payment.failed.walletNotEnabled"));
            return;
        }
        Charge charge = new Charge(intentId.toString(), p.getAuthCode(), Money.ofFen(p.getAmountFen()), p.getDescription(),
                terminalId.toString());
        ChargeOutcome outcome;
        if (settle) {
            outcome = settle(gateway, charge, signal);
        } else {
            try {
                outcome = gateway.charge(charge, left -> waiting(terminalId, intentId, left), signal);
            } catch (GatewayUnavailable e) {
                // the contract: nothing reached the wallet, so nothing is charged
                log.warn("Payment {}: {} out of reach, nothing sent: {}", intentId, p.getWallet(), e.getMessage());
                outcome = new ChargeOutcome.Failed("UNREACHABLE", "payment.failed.providerUnreachable");
            } catch (RuntimeException e) {
                log.error("Payment {}: the {} gateway failed; settling it", intentId, p.getWallet(), e);
                outcome = settle(gateway, charge, signal);
            }
        }
        if (outcome != null) {
            record(p, outcome);
        }
    }

    /** Settles until the wallet gives a final answer; retries while it is out of reach (null if this node stops first). */
    private ChargeOutcome settle(PaymentGateway gateway, Charge charge, StoredCancelSignal signal) {
        Duration wait = RETRY_FIRST;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                return gateway.settle(charge, signal);
            } catch (RuntimeException e) {
                log.warn("Payment {}: settling failed, trying again in {}: {}", charge.outTradeNo(), wait, e.getMessage());
            }
            if (!sleep(wait)) {
                return null;
            }
            wait = wait.multipliedBy(2).compareTo(RETRY_MAX) > 0 ? RETRY_MAX : wait.multipliedBy(2);
        }
        return null;
    }

    private void waiting(UUID terminalId, UUID intentId, Duration left) {
        Instant now = now();
        store.inTransactionRun(tx -> tx.update(CLOUD_PAYMENT).set(CLOUD_PAYMENT.STATE, WAITING)
                .set(CLOUD_PAYMENT.WAITING_UNTIL, now.plus(left)).set(CLOUD_PAYMENT.UPDATED_AT, now)
                .where(CLOUD_PAYMENT.TERMINAL_ID.eq(terminalId)).and(CLOUD_PAYMENT.INTENT_ID.eq(intentId))
                .and(CLOUD_PAYMENT.STATE.in("PENDING", WAITING)).execute());
        wake();
    }

    /** Stores the final outcome once; a second charge for the same money (see {@link #duplicates}) is turned into a refund. */
    private void record(CloudPaymentRecord p, ChargeOutcome outcome) {
        CloudRefundRecord duplicateRefund = store.inTransaction(tx -> {
            // the sale's payments locked: two payments finishing at once see each other
            List<CloudPaymentRecord> ofSale = tx.selectFrom(CLOUD_PAYMENT).where(CLOUD_PAYMENT.TERMINAL_ID.eq(p.getTerminalId()))
                    .and(CLOUD_PAYMENT.SALE_ID.eq(p.getSaleId())).forUpdate().fetch();
            CloudPaymentRecord current = ofSale.stream().filter(r -> r.getIntentId().equals(p.getIntentId())).findFirst().orElseThrow();
            if (!List.of("PENDING", WAITING).contains(current.getState())) {
                return null;
            }
            Instant now = now();
            var update = tx.update(CLOUD_PAYMENT).set(CLOUD_PAYMENT.UPDATED_AT, now).set(CLOUD_PAYMENT.FINAL_AT, now)
                    .setNull(CLOUD_PAYMENT.AUTH_CODE).setNull(CLOUD_PAYMENT.WAITING_UNTIL);
            CloudRefundRecord refund = null;
            switch (outcome) {
                case ChargeOutcome.Paid paid -> {
                    boolean another = ofSale.stream().anyMatch(r -> duplicates(tx, current, r));
                    if (paid.amount() != null && paid.amount().fen() != p.getAmountFen()) {
                        log.error("Payment {}: the wallet reports {} paid, {} fen were asked", p.getIntentId(), paid.amount(), p.getAmountFen());
                    }
                    if (another) {
                        // the sale is paid already: give this one back and tell the admin
                        update.set(CLOUD_PAYMENT.STATE, "REVERSED").set(CLOUD_PAYMENT.PROVIDER_TXN, paid.providerTxnId())
                                .set(CLOUD_PAYMENT.PAID_AT, paid.paidAt()).set(CLOUD_PAYMENT.MESSAGE_KEY, "payment.reversed.duplicateRefunded");
                        UUID refundId = UUID.nameUUIDFromBytes(("duplicate:" + p.getIntentId()).getBytes(StandardCharsets.UTF_8));
                        tx.insertInto(CLOUD_REFUND).set(CLOUD_REFUND.REFUND_ID, refundId).set(CLOUD_REFUND.TERMINAL_ID, p.getTerminalId())
                                .set(CLOUD_REFUND.INTENT_ID, p.getIntentId()).set(CLOUD_REFUND.AMOUNT_FEN, p.getAmountFen())
                                .set(CLOUD_REFUND.REASON, "second payment of one sale").set(CLOUD_REFUND.STATE, "PENDING")
                                .set(CLOUD_REFUND.AUTOMATIC, true).set(CLOUD_REFUND.CREATED_AT, now).set(CLOUD_REFUND.UPDATED_AT, now)
                                .onConflictDoNothing().execute();
                        refund = tx.selectFrom(CLOUD_REFUND).where(CLOUD_REFUND.REFUND_ID.eq(refundId)).fetchSingle();
                        insertIncident(tx, p, PaymentIncident.DUPLICATE_PAYMENT, "sale " + p.getSaleId() + " was paid already; "
                                + Money.ofFen(p.getAmountFen()).plain() + " of " + p.getWallet() + " transaction " + paid.providerTxnId()
                                + " refunded");
                        log.warn("Payment {}: a second payment of sale {} ({} transaction {}): refunding it", p.getIntentId(),
                                p.getSaleId(), p.getWallet(), paid.providerTxnId());
                    } else {
                        update.set(CLOUD_PAYMENT.STATE, "PAID").set(CLOUD_PAYMENT.PROVIDER_TXN, paid.providerTxnId())
                                .set(CLOUD_PAYMENT.PAID_AT, paid.paidAt() == null ? now : paid.paidAt());
                    }
                }
                case ChargeOutcome.Failed failed -> update.set(CLOUD_PAYMENT.STATE, "FAILED").set(CLOUD_PAYMENT.ERROR_CODE, failed.code())
                        .set(CLOUD_PAYMENT.MESSAGE_KEY, failed.messageKey());
                case ChargeOutcome.Reversed reversed -> update.set(CLOUD_PAYMENT.STATE, "REVERSED")
                        .set(CLOUD_PAYMENT.MESSAGE_KEY, reversed.messageKey());
            }
            update.where(CLOUD_PAYMENT.TERMINAL_ID.eq(p.getTerminalId())).and(CLOUD_PAYMENT.INTENT_ID.eq(p.getIntentId())).execute();
            return refund;
        });
        log.info("Payment {} of terminal {}: {}", p.getIntentId(), p.getTerminalId(), outcome);
        // a duplicate is given back before the waiting terminal is woken, so "refunded" is
        // what has happened, not what is about to
        if (duplicateRefund != null && "PENDING".equals(duplicateRefund.getState())) {
            retryRefund(duplicateRefund);
        }
        wake();
    }

    /**
     * Whether {@code other}, a payment of the same sale, makes {@code current} (paid just now)
     * a second charge for the same money. A sale may be split over several code payments, so
     * being of the same sale is not enough: {@code other} must be paid, not given back in full,
     * and must have been under way at the cloud while {@code current} was (two charges in flight
     * for one sale at once is a retry that overtook an answer, never a split: a terminal starts
     * a sale's next code payment only once the earlier ones are final).
     */
    private static boolean duplicates(DSLContext tx, CloudPaymentRecord current, CloudPaymentRecord other) {
        if (other.getIntentId().equals(current.getIntentId()) || !"PAID".equals(other.getState())) {
            return false;
        }
        if (fullyRefunded(tx, other)) {
            return false;
        }
        // other is final (paid); it overlapped current if it ended after current began
        return other.getFinalAt() == null || other.getFinalAt().isAfter(current.getCreatedAt());
    }

    /** A payment given back in full by confirmed refunds no longer counts as paid (a pending refund still does). */
    private static boolean fullyRefunded(DSLContext tx, CloudPaymentRecord payment) {
        long back = tx.selectFrom(CLOUD_REFUND).where(CLOUD_REFUND.INTENT_ID.eq(payment.getIntentId()))
                .and(CLOUD_REFUND.STATE.eq("REFUNDED")).fetch().stream().mapToLong(CloudRefundRecord::getAmountFen).sum();
        return payment.getAmountFen() != null && back >= payment.getAmountFen();
    }

    private void incident(CloudPaymentRecord p, String kind, String detail) {
        store.inTransactionRun(tx -> insertIncident(tx, p, kind, detail));
    }

    private void insertIncident(DSLContext tx, CloudPaymentRecord p, String kind, String detail) {
        tx.insertInto(PAYMENT_INCIDENT).set(PAYMENT_INCIDENT.ID, Ids.uuidV7(clock)).set(PAYMENT_INCIDENT.SHOP_ID, p.getShopId())
                .set(PAYMENT_INCIDENT.TERMINAL_ID, p.getTerminalId()).set(PAYMENT_INCIDENT.INTENT_ID, p.getIntentId())
                .set(PAYMENT_INCIDENT.SALE_ID, p.getSaleId()).set(PAYMENT_INCIDENT.KIND, kind)
                .set(PAYMENT_INCIDENT.DETAIL, detail.length() <= 400 ? detail : detail.substring(0, 400))
                .set(PAYMENT_INCIDENT.AT, now()).execute();
    }

    // ---- reading

    private static CloudPaymentRecord lock(DSLContext tx, UUID terminalId, UUID intentId) {
        return tx.selectFrom(CLOUD_PAYMENT).where(CLOUD_PAYMENT.TERMINAL_ID.eq(terminalId)).and(CLOUD_PAYMENT.INTENT_ID.eq(intentId))
                .forUpdate().fetchOne();
    }

    private PaymentStatus statusOrTombstone(UUID terminalId, UUID intentId, String messageKey) {
        store.inTransactionRun(tx -> {
            if (lock(tx, terminalId, intentId) == null) {
                if (tx.fetchExists(CLOUD_PAYMENT, CLOUD_PAYMENT.INTENT_ID.eq(intentId))) {
                    throw new ProtocolException(ErrorCode.NOT_FOUND, "no payment " + intentId + " of this terminal");
                }
                Instant now = now();
                tx.insertInto(CLOUD_PAYMENT).set(CLOUD_PAYMENT.TERMINAL_ID, terminalId).set(CLOUD_PAYMENT.INTENT_ID, intentId)
                        .set(CLOUD_PAYMENT.STATE, "REVERSED").set(CLOUD_PAYMENT.MESSAGE_KEY, messageKey)
                        .set(CLOUD_PAYMENT.CANCEL_REQUESTED, true)
                        .set(CLOUD_PAYMENT.CREATED_AT, now).set(CLOUD_PAYMENT.UPDATED_AT, now).set(CLOUD_PAYMENT.FINAL_AT, now)
                        .execute();
                log.info("Payment {} of terminal {} closed before it arrived ({})", intentId, terminalId, messageKey);
            }
        });
        return status(terminalId, intentId);
    }

    public PaymentStatus status(UUID terminalId, UUID intentId) {
        CloudPaymentRecord r = store.dsl().selectFrom(CLOUD_PAYMENT).where(CLOUD_PAYMENT.TERMINAL_ID.eq(terminalId))
                .and(CLOUD_PAYMENT.INTENT_ID.eq(intentId)).fetchOne();
        if (r == null) {
            throw new ProtocolException(ErrorCode.NOT_FOUND, "no payment " + intentId + " of this terminal");
        }
        PaymentState state = switch (r.getState()) {
            case "PAID" -> PaymentState.PAID;
            case "FAILED" -> PaymentState.FAILED;
            case "REVERSED" -> PaymentState.REVERSED;
            case WAITING -> PaymentState.WAITING_FOR_CUSTOMER;
            default -> PaymentState.PENDING;
        };
        int left = 0;
        if (state == PaymentState.WAITING_FOR_CUSTOMER && r.getWaitingUntil() != null) {
            left = (int) Math.max(0, Duration.between(clock.instant(), r.getWaitingUntil()).toSeconds());
        }
        return new PaymentStatus(Protocol.VERSION, intentId, state, r.getAmountFen() == null ? 0 : r.getAmountFen(),
                state == PaymentState.PAID ? r.getProviderTxn() : null, state == PaymentState.PAID ? r.getPaidAt() : null,
                r.getMessageKey(), left);
    }

    private void wake() {
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
