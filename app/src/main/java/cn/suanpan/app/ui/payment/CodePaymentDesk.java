package cn.suanpan.app.ui.payment;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.payment.PaymentJournal;
import cn.suanpan.core.payment.PaymentRouting;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.sync.client.Sleeper;
import cn.suanpan.sync.payment.CodePayments;
import cn.suanpan.sync.payment.PaymentClient;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's code payments as the screens use them: one per open store, since it
 * knows which payments this process is following. Payments start off the JavaFX thread
 * (they wait for the customer for up to a minute). The first use resolves what an earlier
 * run left open, before any new code payment is taken.
 */
public final class CodePaymentDesk {

    private static final Logger log = LoggerFactory.getLogger(CodePaymentDesk.class);
    private static final Map<LocalStore, CodePaymentDesk> DESKS = new WeakHashMap<>();

    private final CodePayments payments;
    private final AtomicBoolean recovered = new AtomicBoolean();

    CodePaymentDesk(CodePayments payments) {
        this.payments = payments;
    }

    public static CodePaymentDesk of(TerminalContext terminal) {
        synchronized (DESKS) {
            return DESKS.computeIfAbsent(terminal.store(), store -> new CodePaymentDesk(new CodePayments(store,
                    new PaymentJournal(store, terminal.clock()), PaymentClient.standard(store, terminal.clock()),
                    PaymentRouting.load(terminal.dataDirectory().root()), terminal.clock(), Sleeper.REAL)));
        }
    }

    public CodePayments payments() {
        return payments;
    }

    public PaymentRouting routing() {
        return payments.routing();
    }

    /** Whether code payments are offered: the terminal is enrolled with the shop's cloud. */
    public boolean available() {
        return payments.available();
    }

    /**
     * Once per run, off the calling thread: resolves the payments an earlier run left open
     * and refunds any paid one that no sale took; {@code tell} gets what the cashier should
     * know (on the resolving thread).
     */
    public void recoverOnce(Consumer<List<UserMessage>> tell) {
        if (!available() || !recovered.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("payment-recovery").start(() -> {
            try {
                List<UserMessage> told = payments.recoverAtStartup();
                if (!told.isEmpty()) {
                    tell.accept(told);
                }
            } catch (RuntimeException e) {
                recovered.set(false);
                log.warn("Resolving earlier code payments failed; tried again at the next payment", e);
            }
        });
    }
}
