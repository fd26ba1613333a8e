package cn.suanpan.sync.payment;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.IntentState;
import cn.suanpan.core.payment.PaymentIntent;
import cn.suanpan.core.payment.PaymentJournal;
import cn.suanpan.core.payment.PaymentRouting;
import cn.suanpan.core.payment.Wallet;
import cn.suanpan.core.refund.CompletedRefund;
import cn.suanpan.core.refund.RefundTender;
import cn.suanpan.core.sale.Checkout;
import cn.suanpan.core.sale.CompletedSale;
import cn.suanpan.core.sale.SaleService;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderMethod;
import cn.suanpan.sync.client.Sleeper;
import cn.suanpan.sync.client.SyncFailure;
import cn.suanpan.sync.protocol.PaymentRefund;
import cn.suanpan.sync.protocol.PaymentStart;
import cn.suanpan.sync.protocol.PaymentState;
import cn.suanpan.sync.protocol.PaymentStatus;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.RefundStatus;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Code payments on the terminal: journal the intent, ask the cloud to charge, follow it
 * until it is final, and hand the sale a tender only for a paid one.
 *
 * <p>The journal is written before every call that may move money, so whatever stops the
 * terminal, the next start finds each payment it may have begun and resolves it (query,
 * then reverse) before a new code payment is taken; a payment that was paid but never
 * reached a sale is refunded. Offline, code payments are refused at once: nothing is
 * charged, and cash and the other methods go on as before.
 */
public final class CodePayments {

    private static final Logger log = LoggerFactory.getLogger(CodePayments.class);

    /** Told while a payment waits for the customer (on the paying thread). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (intent, secondsLeft) -> { };

        void update(PaymentIntent intent, int secondsLeft);
    }

    private final LocalStore store;
    private final PaymentJournal journal;
    private final PaymentClient client;
    private final PaymentRouting routing;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Set<UUID> active = ConcurrentHashMap.newKeySet();
    private final Set<UUID> cancelling = ConcurrentHashMap.newKeySet();
    /**
     * Paid intents handed to a caller as tenders in this run, whose sale is neither committed
     * nor abandoned yet (a split sale waits for its other parts): the caller ties them to the
     * sale or abandons it, so recovery leaves them alone meanwhile. After a restart none is held.
     */
    private final Map<UUID, UUID> held = new ConcurrentHashMap<>(); // intent → its sale
    private int pollSeconds = 10;
    private Duration giveUpAfter = Duration.ofSeconds(90);

    public CodePayments(LocalStore store, PaymentJournal journal, PaymentClient client, PaymentRouting routing, Clock clock,
                        Sleeper sleeper) {
        this.store = store;
        this.journal = journal;
        this.client = client;
        this.routing = routing;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** How long one poll may wait at the cloud for a change (the long-poll). */
    public CodePayments pollSeconds(int seconds) {
        this.pollSeconds = seconds;
        return this;
    }

    /** How long without any answer from the cloud before a payment is left unresolved. */
    public CodePayments giveUpAfter(Duration d) {
        this.giveUpAfter = d;
        return this;
    }

    public PaymentJournal journal() {
        return journal;
    }

    public PaymentRouting routing() {
        return routing;
    }

    /** Whether code payments can be offered: this terminal is enrolled with a cloud. */
    public boolean available() {
        return client.enrolled();
    }

    /**
     * Takes a code payment of {@code amount} for the checkout {@code saleId}; blocks until it
     * is final (or the cloud has been out of reach for too long).
     *
     * @throws SuanpanException before anything is journaled: the code is no payment code,
     *         the terminal is not enrolled, an earlier payment is still unresolved, the sale
     *         has an open payment, or the code was used already
     */
    public PaymentOutcome pay(UUID saleId, String scanned, Money amount, String description, Listener listener) {
        return pay(saleId, scanned, amount, description, Set.of(), listener);
    }

    /**
     * As {@link #pay(UUID, String, Money, String, Listener)}, for one part of a sale paid by
     * several tenders. {@code counted} are the sale's code payments the caller holds as
     * tenders already. Before a new charge, an earlier payment of the same sale that turned
     * out paid (an in-doubt payment resolved while the cashier scanned again) and that the
     * caller does not hold is handed back instead, and nothing new is charged: the outcome
     * is {@link PaymentOutcome.Paid} with {@code earlier} set, for at most {@code amount}
     * (what it took beyond that is refunded).
     */
    public PaymentOutcome pay(UUID saleId, String scanned, Money amount, String description, Set<UUID> counted,
                              Listener listener) {
        String code = PaymentRouting.normalize(scanned);
        Wallet wallet = routing.walletOf(code);
        if (!client.enrolled()) {
            throw new SuanpanException("payment.notEnrolled");
        }
        List<UserMessage> earlier = resolveOpen();
        refundPaidWithoutSale(saleId);
        if (!journal.pendingRefunds().isEmpty()) {
            sendPendingRefunds(); // the cloud answers now: refunds that waited for it go too
        }
        if (!journal.open().stream().allMatch(i -> active.contains(i.id()))) {
            log.warn("Code payment refused: earlier payments are unresolved ({})", earlier);
            throw new SuanpanException("payment.recovery.pending");
        }
        PaymentOutcome.Paid paidEarlier = paidEarlier(saleId, amount, counted);
        if (paidEarlier != null) {
            held.put(paidEarlier.intent().id(), saleId);
            return paidEarlier;
        }
        PaymentIntent intent = journal.open(saleId, wallet, code, amount);
        active.add(intent.id());
        try {
            PaymentStatus status;
            try {
                status = client.start(new PaymentStart(Protocol.VERSION, intent.id(), saleId, wallet, code, amount.fen(),
                        description.length() <= 128 ? description : description.substring(0, 128)));
            } catch (SyncFailure f) {
                if (neverSent(f)) {
                    // Most likely nothing left the terminal, but a copy of the start may still be on its
                    // way (a retried connection, a slow proxy). The cashier moves on at once; the intent
                    // stays open and is settled through the cloud (which closes an intent it never got,
                    // so a late copy can no longer charge) before the next code payment.
                    log.info("Payment {} not sent, the cloud is out of reach: {}", intent.id(), f.getMessage());
                    return new PaymentOutcome.Unresolved(intent, new UserMessage("payment.failed.offline"));
                }
                if (f.kind() == SyncFailure.Kind.REFUSED && !f.retryable()) {
                    // refused before anything was charged (a malformed or unauthorised request)
                    log.warn("Payment {} refused by the cloud: {} {}", intent.id(), f.code(), f.getMessage());
                    PaymentIntent failed = journal.finish(intent.id(), IntentState.FAILED, null, null, "payment.failed.refused");
                    return new PaymentOutcome.NotPaid(failed, new UserMessage("payment.failed.refused"));
                }
                // sent, perhaps: only the cloud knows; follow it like any other
                status = null;
            }
            PaymentOutcome outcome = follow(intent, status, listener);
            if (outcome instanceof PaymentOutcome.Paid) {
                held.put(intent.id(), saleId);
            }
            return outcome;
        } finally {
            active.remove(intent.id());
            cancelling.remove(intent.id());
        }
    }

    /**
     * The cashier gives up on a payment: journaled (so a restart reverses it too), and the
     * paying thread sends the cancel. The cloud reverses it at the wallet; if the customer
     * had already paid, the outcome is still paid.
     */
    public void cancel(UUID intentId) {
        journal.requestCancel(intentId);
        cancelling.add(intentId);
        // the paying thread may be in a long-poll: tell the cloud now, from another thread
        Thread.ofVirtual().name("payment-cancel").start(() -> {
            try {
                client.cancel(intentId);
            } catch (SyncFailure e) {
                log.info("Cancel of payment {} not delivered yet: {}", intentId, e.getMessage());
            }
        });
    }

    private PaymentOutcome follow(PaymentIntent intent, PaymentStatus first, Listener listener) {
        PaymentStatus status = first;
        Instant lastContact = clock.instant();
        boolean cancelSent = false;
        int failures = 0;
        while (status == null || !status.state().isFinal()) {
            if (status != null) {
                intent = journal.progress(intent.id(), status.state() == PaymentState.WAITING_FOR_CUSTOMER ? IntentState.WAITING
                        : IntentState.PENDING);
                listener.update(intent, status.secondsLeft());
            }
            try {
                if (cancelling.contains(intent.id()) && !cancelSent) {
                    status = client.cancel(intent.id());
                    cancelSent = true;
                } else if (status == null) {
                    // the start's answer was lost: ask (the cloud knows the intent, or cancels an unknown one)
                    status = client.poll(intent.id(), 0);
                } else {
                    // a long-poll returns on a change from what the cloud held when it came; while
                    // the charge is only pending, ask often so the countdown shows at once
                    status = client.poll(intent.id(), status.state() == PaymentState.PENDING ? 1 : pollSeconds);
                }
                lastContact = clock.instant();
                failures = 0;
            } catch (SyncFailure f) {
                failures++;
                if (f.kind() == SyncFailure.Kind.REFUSED && !f.retryable()) {
                    log.error("Payment {}: the cloud refused a poll: {} {}", intent.id(), f.code(), f.getMessage());
                }
                if (Duration.between(lastContact, clock.instant()).compareTo(giveUpAfter) >= 0) {
                    log.warn("Payment {} unresolved: no answer from the cloud since {}", intent.id(), lastContact);
                    return new PaymentOutcome.Unresolved(journal.find(intent.id()).orElseThrow(), new UserMessage("payment.unresolved"));
                }
                listener.update(intent, -1);
                pause(Duration.ofMillis(Math.min(5_000, 500L * failures)));
            }
        }
        return finish(intent, status);
    }

    private PaymentOutcome finish(PaymentIntent intent, PaymentStatus status) {
        PaymentIntent done = journal.finish(intent.id(), switch (status.state()) {
            case PAID -> IntentState.PAID;
            case FAILED -> IntentState.FAILED;
            default -> IntentState.REVERSED;
        }, status.providerTxnId(), status.paidAt(), status.messageKey());
        if (done.state() == IntentState.PAID) {
            if (status.amountFen() != 0 && status.amountFen() != done.amount().fen()) {
                log.error("Payment {}: the cloud reports {} fen paid, the intent was for {}", done.id(), status.amountFen(),
                        done.amount().fen());
            }
            return new PaymentOutcome.Paid(done, tender(done));
        }
        String key = done.messageKey() != null ? done.messageKey()
                : done.state() == IntentState.FAILED ? "payment.failed.unknown" : "payment.reversed.cancelled";
        return new PaymentOutcome.NotPaid(done, new UserMessage(key));
    }

    /**
     * An earlier payment of {@code saleId} that is paid, that no sale took, not refunded, and
     * that the caller does not hold as a tender yet: it becomes the tender instead of a new
     * charge. Taken for at most {@code amount}; what it took beyond is given back.
     */
    private PaymentOutcome.Paid paidEarlier(UUID saleId, Money amount, Set<UUID> counted) {
        for (PaymentIntent paid : journal.paidWithoutSale()) {
            if (!paid.saleId().equals(saleId) || counted.contains(paid.id()) || active.contains(paid.id()) || held.containsKey(paid.id())) {
                continue;
            }
            Money taken = paid.amount().compareTo(amount) > 0 ? amount : paid.amount();
            if (taken.compareTo(paid.amount()) < 0) {
                PaymentJournal.RefundEntry excess = journal.openRefund(paid.id(), paid.amount().minus(taken), "more than was due");
                sendRefund(excess);
            }
            log.info("Payment {} of sale {} turned out paid: taken as the tender ({}), nothing new charged", paid.id(), saleId,
                    taken.plain());
            return new PaymentOutcome.Paid(paid, tender(paid, taken), true);
        }
        return null;
    }

    /** The sale's tender for a paid intent: member stored value for the member code, else a payment code. */
    public static Tender tender(PaymentIntent paid) {
        return tender(paid, paid.amount());
    }

    private static Tender tender(PaymentIntent paid, Money amount) {
        if (paid.state() != IntentState.PAID) {
            throw new SuanpanException("payment.intent.notPaid");
        }
        return paid.wallet() == Wallet.MEMBER ? new Tender.MemberBalance(amount, paid.reference())
                : new Tender.PaymentCode(amount, paid.reference());
    }

    /**
     * Commits the sale paid by {@code intentId} and ties the payment to it, in one
     * transaction: a paid intent has a sale, or (after a crash) none and is refunded.
     */
    public CompletedSale commitSale(SaleService sales, Checkout checkout, UUID intentId) {
        return commitSale(sales, checkout, List.of(intentId));
    }

    /** As {@link #commitSale(SaleService, Checkout, UUID)}, for a sale split over several code payments. */
    public CompletedSale commitSale(SaleService sales, Checkout checkout, Collection<UUID> intentIds) {
        CompletedSale sale = store.inTransaction(tx -> {
            CompletedSale done = sales.commit(tx, checkout);
            for (UUID intentId : intentIds) {
                PaymentJournal.attachSale(tx, intentId, done.id(), done.receiptNumber().text());
            }
            return done;
        });
        held.keySet().removeAll(intentIds);
        return sale;
    }

    /**
     * The sale {@code saleId} will not be committed (the cashier cancelled it after part of it
     * was paid by code), or was committed without some of its payments: every payment of it
     * that is paid and that no sale took is refunded now, as after a crash.
     *
     * @return what the cashier should be told, one message per payment given back
     */
    public List<UserMessage> abandon(UUID saleId) {
        held.values().removeIf(saleId::equals); // committed or not, the sale is done with its payments
        List<UserMessage> told = new ArrayList<>();
        for (PaymentIntent paid : journal.paidWithoutSale()) {
            if (paid.saleId().equals(saleId) && !active.contains(paid.id())) {
                UserMessage message = refundUnsold(paid);
                if (message != null) {
                    told.add(message);
                }
            }
        }
        return told;
    }

    /**
     * Gives back part or all of a paid code payment: journaled first, then sent. A refund
     * the cloud could not finish yet stays pending and is sent again at the next start.
     */
    public PaymentJournal.RefundEntry refund(UUID intentId, Money amount, String reason) {
        PaymentJournal.RefundEntry entry = journal.openRefund(intentId, amount, reason);
        sendRefund(entry);
        return journal.refundsOf(intentId).stream().filter(r -> r.id().equals(entry.id())).findFirst().orElseThrow();
    }

    /**
     * Journals, inside a return's own transaction, the part of it that goes back to a wallet
     * (its payment-code and member-code tenders), so the return and the money owed back are
     * kept together or not at all. Send them afterwards with {@link #sendPendingRefunds()}.
     *
     * @return the journaled wallet refunds (none for a return paid back in cash or on a card)
     */
    public List<PaymentJournal.RefundEntry> journalReturn(DSLContext tx, CompletedRefund done) {
        List<PaymentJournal.RefundEntry> entries = new ArrayList<>();
        if (done.saleReceiptNo() == null || done.training()) {
            return entries;
        }
        for (RefundTender t : done.tenders()) {
            boolean member = t.method() == TenderMethod.MEMBER_BALANCE;
            if (t.method() != TenderMethod.PAYMENT_CODE && !member) {
                continue;
            }
            // a sale split over several codes of one kind: the refund goes back through them in turn,
            // each for at most what it still holds
            Money left = t.amount();
            for (PaymentIntent paid : PaymentJournal.allPaidFor(tx, done.saleReceiptNo(), member)) {
                Money room = PaymentJournal.refundable(tx, paid.id());
                if (!left.isPositive() || !room.isPositive()) {
                    continue;
                }
                Money part = room.compareTo(left) < 0 ? room : left;
                entries.add(journal.openRefund(tx, paid.id(), part, "return " + done.number().text()));
                left = left.minus(part);
            }
        }
        return entries;
    }

    /** Sends every wallet refund not yet sent (or not yet answered); returns how many are still pending. */
    public int sendPendingRefunds() {
        for (PaymentJournal.RefundEntry refund : journal.pendingRefunds()) {
            sendRefund(refund);
        }
        return journal.pendingRefunds().size();
    }

    private boolean sendRefund(PaymentJournal.RefundEntry entry) {
        try {
            RefundStatus status = client.refund(new PaymentRefund(Protocol.VERSION, entry.intentId(), entry.id(), entry.amount().fen(),
                    entry.reason()));
            if (RefundStatus.REFUNDED.equals(status.state())) {
                journal.finishRefund(entry.id(), true, null);
                return true;
            }
            if (RefundStatus.FAILED.equals(status.state())) {
                journal.finishRefund(entry.id(), false, status.messageKey());
            }
        } catch (SyncFailure f) {
            log.info("Refund {} not sent yet: {}", entry.id(), f.getMessage());
        }
        return false;
    }

    /**
     * At start-up: every payment left open is resolved (asked, and reversed unless paid), a
     * payment that was paid but never reached a sale is refunded, pending refunds are sent
     * again. Returns what the cashier should be told; while the cloud is out of reach the
     * open payments stay open and new code payments are refused.
     */
    public List<UserMessage> recoverAtStartup() {
        List<UserMessage> told = new ArrayList<>(resolveOpen());
        told.addAll(refundPaidWithoutSale(null));
        for (PaymentJournal.RefundEntry refund : journal.pendingRefunds()) {
            sendRefund(refund);
        }
        if (!journal.open().isEmpty()) {
            told.add(new UserMessage("payment.recovery.offline", journal.open().size()));
        }
        return told;
    }

    /**
     * Gives back every payment that was paid but no sale took (a crash between paid and
     * commit, or an intent settled as paid after the cashier had moved on), except those of
     * {@code currentSale} and those held by a sale still being paid, which may still be committed.
     */
    private List<UserMessage> refundPaidWithoutSale(UUID currentSale) {
        List<UserMessage> told = new ArrayList<>();
        for (PaymentIntent paid : journal.paidWithoutSale()) {
            if (active.contains(paid.id()) || held.containsKey(paid.id()) || paid.saleId().equals(currentSale)) {
                continue; // still being paid, or handed to a sale that is still being paid
            }
            UserMessage message = refundUnsold(paid);
            if (message != null) {
                told.add(message);
            }
        }
        return told;
    }

    /** Gives back what is left of a paid payment that no sale took; null if it could not even be journaled. */
    private UserMessage refundUnsold(PaymentIntent paid) {
        try {
            Money left = journal.refundable(paid.id());
            PaymentJournal.RefundEntry entry = journal.openRefund(paid.id(), left, "no sale took the payment");
            boolean done = sendRefund(entry);
            return new UserMessage(done ? "payment.recovery.refunded" : "payment.recovery.refundPending", paid.maskedCode(),
                    left.display());
        } catch (SuanpanException e) {
            log.warn("Payment {} paid without a sale could not be refunded: {}", paid.id(), e.userMessage());
            return null;
        }
    }

    /** Whether earlier payments are still unresolved (new code payments wait for them). */
    public boolean blocked() {
        return journal.open().stream().anyMatch(i -> !active.contains(i.id()));
    }

    /** Resolves open intents no thread of this process is following: ask, reverse unless paid, wait for the final answer. */
    private List<UserMessage> resolveOpen() {
        List<UserMessage> told = new ArrayList<>();
        for (PaymentIntent open : journal.open()) {
            if (active.contains(open.id())) {
                continue;
            }
            try {
                PaymentStatus status = client.poll(open.id(), 0);
                if (!status.state().isFinal()) {
                    // nobody waits at the counter for this one any more
                    status = client.cancel(open.id());
                }
                Instant until = clock.instant().plus(giveUpAfter);
                while (!status.state().isFinal() && clock.instant().isBefore(until)) {
                    status = client.poll(open.id(), pollSeconds);
                }
                if (!status.state().isFinal()) {
                    continue;
                }
                PaymentOutcome outcome = finish(open, status);
                told.add(new UserMessage(switch (outcome) {
                    case PaymentOutcome.Paid p -> "payment.recovery.paid";
                    case PaymentOutcome.NotPaid n when n.intent().state() == IntentState.FAILED -> "payment.recovery.failed";
                    default -> "payment.recovery.reversed";
                }, open.maskedCode(), open.amount().display()));
            } catch (SyncFailure f) {
                log.info("Payment {} still unresolved, the cloud is out of reach: {}", open.id(), f.getMessage());
                break;
            }
        }
        return told;
    }

    /** A failure that proves the request never left the terminal: no connection was made. */
    private static boolean neverSent(SyncFailure f) {
        if (f.kind() == SyncFailure.Kind.NOT_ENROLLED) {
            return true;
        }
        if (f.kind() != SyncFailure.Kind.OFFLINE) {
            return false;
        }
        for (Throwable t = f.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    private void pause(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuanpanException("payment.unresolved");
        }
    }
}
