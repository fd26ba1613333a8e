package cn.suanpan.app.ui.payment;

import cn.suanpan.app.ui.common.Notice;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.payment.PaymentIntent;
import cn.suanpan.sync.payment.PaymentOutcome;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderMethod;
import cn.suanpan.core.tender.TenderPlan;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Taking the money for one sale: tenders are added to a {@link TenderPlan} (cash, the
 * shop's card terminal, vouchers, split as the customer likes); once it is settled the sale
 * is committed on the store worker, the drawer opens for cash and the receipt prints.
 */
public final class PaymentViewModel {

    /** Methods the dialog offers; payment codes and member balance arrive with their own flows. */
    public static final java.util.List<TenderMethod> OFFERED = java.util.List.of(
            TenderMethod.CASH, TenderMethod.EXTERNAL_CARD, TenderMethod.VOUCHER, TenderMethod.PAYMENT_CODE, TenderMethod.MEMBER_BALANCE);

    private final Services services;
    private final Session session;
    private final PricedCart cart;
    private final ObjectProperty<TenderPlan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<TenderMethod> method = new SimpleObjectProperty<>(TenderMethod.CASH);
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final BooleanProperty committing = new SimpleBooleanProperty(false);
    private final ObjectBinding<Money> change;
    /** The checkout this dialog pays: the id code payments are journaled under. */
    private final UUID checkoutId;
    private final CodePaymentDesk codes;
    private final BooleanProperty codeWaiting = new SimpleBooleanProperty(false);
    private final ObjectProperty<Instant> codeDeadline = new SimpleObjectProperty<>();
    private final ObjectProperty<PaymentIntent> codeIntent = new SimpleObjectProperty<>();
    /** The code payments this sale holds as tenders, in the order they were paid: tied to the sale when it commits. */
    private final Set<UUID> paidIntents = new LinkedHashSet<>();
    /** Whether a code payment was tried in this dialog: then one paid but not taken is given back when the dialog ends. */
    private volatile boolean codeTried;

    public PaymentViewModel(Services services, Session session, PricedCart cart) {
        this(services, session, cart, CodePaymentDesk.of(services.terminal()));
    }

    PaymentViewModel(Services services, Session session, PricedCart cart, CodePaymentDesk codes) {
        this.services = services;
        this.session = session;
        this.cart = cart;
        this.codes = codes;
        this.checkoutId = Ids.uuidV7(services.clock());
        plan.set(TenderPlan.forCart(cart, services.pricing().cashRounding()));
        change = Bindings.createObjectBinding(this::changeDue, plan, method, amount);
        codes.recoverOnce(told -> services.uiThread().execute(() -> notice.set(Notice.failure(new SuanpanException(told.getFirst())))));
    }

    /**
     * The change to hand back: once settled, the plan's; while cash is being typed, what the
     * typed amount would give, so the cashier sees it before pressing Enter.
     */
    public ObjectBinding<Money> changeProperty() {
        return change;
    }

    private Money changeDue() {
        TenderPlan p = plan.get();
        if (p.settled() || method.get() != TenderMethod.CASH || amount.get() == null || amount.get().isBlank()) {
            return p.change();
        }
        try {
            Money typed = Money.parse(amount.get());
            Money rest = typed.minus(p.remainingInCash());
            return rest.isPositive() ? rest : Money.ZERO;
        } catch (NumberFormatException | ArithmeticException e) {
            return Money.ZERO;
        }
    }

    public PricedCart cart() {
        return cart;
    }

    public ObjectProperty<TenderPlan> planProperty() {
        return plan;
    }

    public TenderPlan plan() {
        return plan.get();
    }

    public ObjectProperty<TenderMethod> methodProperty() {
        return method;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty committingProperty() {
        return committing;
    }

    /** Why a method cannot be used on a terminal without a cloud, as a bundle key; null when it can. */
    public static String unavailableReason(TenderMethod m) {
        return switch (m) {
            case PAYMENT_CODE, MEMBER_BALANCE -> "payment.notConfigured";
            default -> null;
        };
    }

    /** Why a method cannot be used on this terminal now: payment codes and the member code need the shop's cloud. */
    public String reasonUnavailable(TenderMethod m) {
        return isCode(m) && codes.available() ? null : unavailableReason(m);
    }

    private static boolean isCode(TenderMethod m) {
        return CodeMethods.isCode(m);
    }

    /** Whether a scanned code is a payment code of some wallet (rather than a voucher or a slip number). */
    public boolean looksLikePaymentCode(String code) {
        return codes.routing().looksLikePaymentCode(code);
    }

    public void choose(TenderMethod m) {
        String reason = reasonUnavailable(m);
        if (reason != null) {
            notice.set(Notice.warning(reason));
            return;
        }
        if (codeWaiting.get()) {
            return;
        }
        method.set(m);
        amount.set("");
        reference.set("");
        notice.set(Notice.NONE);
    }

    /** A quick-amount button: that much cash handed over. */
    public boolean cash(Money handed) {
        return add(new Tender.Cash(handed));
    }

    /** Exactly what is left, in cash. */
    public boolean exactCash() {
        return add(new Tender.Cash(plan.get().remainingInCash()));
    }

    /**
     * Adds the tender typed in for the chosen method. An empty amount means "what is left":
     * for cash that is the exact amount, for a card or voucher the remaining total.
     */
    public boolean addTyped() {
        TenderPlan p = plan.get();
        Money value;
        try {
            value = amount.get() == null || amount.get().isBlank()
                    ? (method.get() == TenderMethod.CASH ? p.remainingInCash() : p.remaining())
                    : Money.parse(amount.get());
        } catch (NumberFormatException | ArithmeticException e) {
            notice.set(Notice.error("payment.badAmount", amount.get()));
            return false;
        }
        try {
            Tender tender = switch (method.get()) {
                case CASH -> new Tender.Cash(value);
                case EXTERNAL_CARD -> new Tender.ExternalCard(value, reference.get());
                case VOUCHER -> new Tender.Voucher(value, reference.get());
                default -> throw new IllegalStateException("not offered: " + method.get());
            };
            return add(tender);
        } catch (SuanpanException e) {
            notice.set(Notice.failure(e));
            return false;
        }
    }

    public void removeTender(int index) {
        Tender tender = plan.get().tenders().get(index);
        if (tender instanceof Tender.PaymentCode || tender instanceof Tender.MemberBalance) {
            // the customer's money is taken: it goes back only with the whole sale (cancel the payment)
            notice.set(Notice.warning("payment.code.cannotRemove"));
            return;
        }
        plan.set(plan.get().remove(index));
        notice.set(Notice.NONE);
    }

    private boolean add(Tender tender) {
        if (plan.get().settled()) {
            notice.set(Notice.warning("payment.alreadySettled"));
            return false;
        }
        try {
            plan.set(plan.get().add(tender));
        } catch (SuanpanException e) {
            notice.set(Notice.failure(e));
            return false;
        }
        amount.set("");
        reference.set("");
        if (!plan.get().settled()) {
            notice.set(Notice.info("payment.stillDue", plan.get().remaining().display()));
            if (method.get() == TenderMethod.CASH) {
                // after cash that does not cover it, the rest is usually paid by card
                method.set(TenderMethod.EXTERNAL_CARD);
            }
        } else {
            notice.set(Notice.NONE);
        }
        return true;
    }

    /**
     * Enter: adds what is typed (or, with nothing typed, the rest in the chosen method) and
     * commits once the sale is settled.
     */
    public void enter(Consumer<RecordedSale> onPaid) {
        if (committing.get() || codeWaiting.get()) {
            return;
        }
        if (isCode(method.get())) {
            String code = reference.get() == null ? "" : reference.get().strip();
            if (!code.isEmpty()) {
                payCode(code, onPaid);
                return;
            }
            if (!plan.get().settled()) {
                notice.set(Notice.warning("payment.code.prompt"));
                return;
            }
        }
        boolean typed = amount.get() != null && !amount.get().isBlank();
        if (typed || !plan.get().settled()) {
            if (!addTyped()) {
                return;
            }
        }
        if (plan.get().settled()) {
            confirm(onPaid);
        }
    }

    /** Commits the sale on the store worker; then the drawer, the receipt and {@code onPaid} on the UI thread. */
    public void confirm(Consumer<RecordedSale> onPaid) {
        TenderPlan p = plan.get();
        if (!p.settled()) {
            notice.set(Notice.warning("payment.stillDue", p.remaining().display()));
            return;
        }
        if (committing.get()) {
            return;
        }
        committing.set(true);
        notice.set(Notice.info("payment.committing"));
        boolean training = session.training();
        List<UUID> intents = List.copyOf(paidIntents);
        services.executor().submit(() -> services.sales().record(cart, p, session.user(), training, intents), sale -> {
            committing.set(false);
            // a payment of this sale that turned out paid but is not in it goes back to the customer
            giveBackUntaken(told -> { });
            onPaid.accept(sale);
        }, failure -> {
            committing.set(false);
            notice.set(Notice.failure(failure));
        });
    }

    // ---- code payments (WeChat Pay, Alipay, UnionPay, e-CNY, the member code)

    public BooleanProperty codeWaitingProperty() {
        return codeWaiting;
    }

    /** When the cloud stops waiting for the customer; null while not known. */
    public ObjectProperty<Instant> codeDeadlineProperty() {
        return codeDeadline;
    }

    public ObjectProperty<PaymentIntent> codeIntentProperty() {
        return codeIntent;
    }

    /**
     * Takes a payment from a scanned code: the amount typed in first (one part of a split
     * tender), or else what is left to pay. The payment is journaled and followed off the
     * JavaFX thread; the dialog shows the countdown meanwhile. Once paid the tender is added,
     * and the sale committed once it is paid in full; otherwise the cashier reads why.
     */
    public void payCode(String scanned, Consumer<RecordedSale> onPaid) {
        if (codeWaiting.get() || committing.get()) {
            return;
        }
        if (session.training()) {
            notice.set(Notice.warning("payment.code.training"));
            return;
        }
        TenderPlan p = plan.get();
        if (p.settled()) {
            notice.set(Notice.warning("payment.alreadySettled"));
            return;
        }
        if (!codes.available()) {
            notice.set(Notice.warning("payment.notConfigured"));
            return;
        }
        try {
            codes.routing().walletOf(scanned);
        } catch (SuanpanException e) {
            notice.set(Notice.failure(e));
            return;
        }
        Money due;
        try {
            due = amount.get() == null || amount.get().isBlank() ? p.remaining() : Money.parse(amount.get());
        } catch (NumberFormatException | ArithmeticException e) {
            notice.set(Notice.error("payment.badAmount", amount.get()));
            return;
        }
        if (!due.isPositive()) {
            notice.set(Notice.error("payment.badAmount", amount.get()));
            return;
        }
        if (due.compareTo(p.remaining()) > 0) {
            // only cash gives change
            notice.set(Notice.error("tender.exceedsRemaining", due.plain(), p.remaining().plain()));
            return;
        }
        Set<UUID> counted = Set.copyOf(paidIntents);
        codeTried = true;
        codeWaiting.set(true);
        codeDeadline.set(null);
        notice.set(Notice.info("payment.code.sending"));
        String description = services.store().storeName();
        Executor ui = services.uiThread();
        Thread.ofVirtual().name("code-payment").start(() -> {
            try {
                PaymentOutcome outcome = codes.payments().pay(checkoutId, scanned, due, description == null ? "Suanpan" : description,
                        counted, (intent, secondsLeft) -> ui.execute(() -> waiting(intent, secondsLeft)));
                ui.execute(() -> finished(outcome, onPaid));
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    codeWaiting.set(false);
                    codeIntent.set(null);
                    notice.set(Notice.failure(e));
                });
            }
        });
    }

    private void waiting(PaymentIntent intent, int secondsLeft) {
        if (!codeWaiting.get()) {
            return;
        }
        codeIntent.set(intent);
        if (secondsLeft < 0) {
            notice.set(Notice.warning("payment.code.reconnecting"));
        } else if (secondsLeft > 0) {
            codeDeadline.set(services.clock().instant().plusSeconds(secondsLeft));
            // the waiting box says it, with the countdown
            notice.set(Notice.NONE);
        }
    }

    private void finished(PaymentOutcome outcome, Consumer<RecordedSale> onPaid) {
        codeWaiting.set(false);
        codeDeadline.set(null);
        codeIntent.set(outcome.intent());
        reference.set("");
        switch (outcome) {
            case PaymentOutcome.Paid paid -> {
                try {
                    plan.set(plan.get().add(paid.tender()));
                } catch (SuanpanException e) {
                    // the plan cannot change while paying; should it, the payment is given back when the dialog ends
                    notice.set(Notice.failure(e));
                    return;
                }
                paidIntents.add(paid.intent().id());
                amount.set("");
                String masked = paid.intent().maskedCode();
                String taken = paid.tender().amount().display();
                if (paid.earlier()) {
                    notice.set(Notice.success("payment.code.paidEarlier", masked, taken));
                } else if (!plan.get().settled()) {
                    notice.set(Notice.success("payment.code.partPaid", masked, taken, plan.get().remaining().display()));
                } else {
                    notice.set(Notice.success("payment.code.paid", masked, taken));
                }
                if (plan.get().settled()) {
                    confirm(onPaid);
                }
            }
            case PaymentOutcome.NotPaid notPaid -> notice.set(Notice.failure(new SuanpanException(notPaid.why())));
            case PaymentOutcome.Unresolved unresolved -> notice.set(Notice.failure(new SuanpanException(unresolved.why())));
        }
    }

    /** The code payments this sale holds as tenders, in the order they were paid. */
    public List<UUID> paidIntents() {
        return List.copyOf(paidIntents);
    }

    /**
     * The cashier leaves the dialog without completing the sale: every code payment of it that
     * was paid (a part of a split tender) is refunded to the customer, off the JavaFX thread;
     * {@code tell} gets what the cashier should know, on the JavaFX thread.
     */
    public void abandon(Consumer<List<UserMessage>> tell) {
        if (committing.get() || codeWaiting.get()) {
            return;
        }
        plan.set(TenderPlan.forCart(cart, services.pricing().cashRounding()));
        paidIntents.clear();
        giveBackUntaken(tell);
    }

    /** Refunds the paid code payments of this checkout that no sale took, off the JavaFX thread. */
    private void giveBackUntaken(Consumer<List<UserMessage>> tell) {
        if (!codeTried || !codes.available()) {
            return;
        }
        Executor ui = services.uiThread();
        Thread.ofVirtual().name("code-payment-giveback").start(() -> {
            try {
                List<UserMessage> told = codes.payments().abandon(checkoutId);
                if (!told.isEmpty()) {
                    ui.execute(() -> tell.accept(told));
                }
            } catch (RuntimeException e) {
                // left to the next code payment or start, which refund whatever no sale took
                ui.execute(() -> tell.accept(List.of(new UserMessage("payment.code.refundLater"))));
            }
        });
    }

    /** The cashier stops waiting: the cloud reverses the payment (if the customer paid in the meantime, it is paid). */
    public void cancelCode() {
        PaymentIntent intent = codeIntent.get();
        if (!codeWaiting.get() || intent == null) {
            return;
        }
        notice.set(Notice.info("payment.code.cancelling"));
        codes.payments().cancel(intent.id());
    }
}
