package cn.suanpan.cloud.payment;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import cn.suanpan.cloud.testing.FaultyNetwork;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.outbox.JsonWriter;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.payment.IntentState;
import cn.suanpan.core.payment.PaymentIntent;
import cn.suanpan.core.payment.PaymentJournal;
import cn.suanpan.core.payment.PaymentRouting;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.sync.client.CloudLink;
import cn.suanpan.sync.payment.CodePayments;
import cn.suanpan.sync.payment.PaymentClient;
import cn.suanpan.sync.payment.PaymentOutcome;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.PaymentPoll;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.slf4j.LoggerFactory;

/**
 * A terminal's code payments as a process of its own, for {@link TerminalKillTest}: it opens
 * an enrolled terminal store, resolves what an earlier run left ({@link
 * CodePayments#recoverAtStartup()}), then pays what it is asked on standard input, one line
 * each, {@code pay <sale id> <code> <fen>}, until the input ends. Each payment that is paid
 * is committed as a sale (the sale's event and the intent's link in one transaction, as
 * {@link CodePayments#commitSale} does around the sale service).
 *
 * <p>Each step is a line on standard output starting with {@code @ }, so the test can kill
 * the process at the moment it wants: {@code starting}, {@code recovering}, {@code
 * recovered}, {@code ready}, {@code waiting <intent> <s>} (the customer confirms), {@code
 * paid <intent>}, {@code sale <intent> <receipt>}, {@code notpaid}, {@code unresolved},
 * {@code refused}, {@code closed}.
 *
 * <p>Arguments: the store's folder; how long a paid payment waits before its sale is
 * committed, in milliseconds (the cashier's last look, and the window a kill may hit); and
 * optionally a seed, which puts {@link FaultyNetwork} between the terminal and the cloud.
 */
public final class PayingTerminal {

    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private PayingTerminal() {
    }

    public static void main(String[] args) throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path storeDir = Path.of(args[0]);
        long beforeSale = Long.parseLong(args[1]);
        Long networkSeed = args.length > 2 ? Long.valueOf(args[2]) : null;
        say("starting");
        Clock clock = Clock.systemUTC();
        try (LocalStore store = LocalStore.open(storeDir)) {
            PaymentJournal journal = new PaymentJournal(store, clock);
            OkHttpClient.Builder http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5)).retryOnConnectionFailure(false)
                    .readTimeout(Duration.ofSeconds(PaymentPoll.MAX_WAIT_SECONDS + 15))
                    .callTimeout(Duration.ofSeconds(PaymentPoll.MAX_WAIT_SECONDS + 30));
            if (networkSeed != null) {
                http.addInterceptor(new FaultyNetwork(networkSeed));
            }
            CodePayments payments = new CodePayments(store, journal, new PaymentClient(store, new CloudLink(http.build(), new JsonCodec(),
                    clock)), PaymentRouting.bundled(), clock, d -> Thread.sleep(Math.min(d.toMillis(), 500)))
                    .pollSeconds(2).giveUpAfter(Duration.ofSeconds(8));
            say("recovering " + journal.open().size() + " open, " + journal.paidWithoutSale().size() + " paid without a sale, "
                    + journal.pendingRefunds().size() + " refunds pending");
            List<UserMessage> told = payments.recoverAtStartup();
            say("recovered " + told.stream().map(UserMessage::key).toList());
            say("ready");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.trim().split(" ");
                if (f.length == 4 && f[0].equals("pay")) {
                    pay(store, payments, UUID.fromString(f[1]), f[2], Money.ofFen(Long.parseLong(f[3])), beforeSale, clock);
                }
                say("ready");
            }
        }
        say("closed");
    }

    private static void pay(LocalStore store, CodePayments payments, UUID sale, String code, Money amount, long beforeSale, Clock clock)
            throws InterruptedException {
        PaymentOutcome outcome;
        try {
            outcome = payments.pay(sale, code, amount, "kill test", (intent, secondsLeft) -> {
                if (intent.state() == IntentState.WAITING) {
                    say("waiting " + intent.id() + " " + secondsLeft);
                }
            });
        } catch (SuanpanException e) {
            say("refused " + e.userMessage().key());
            return;
        }
        switch (outcome) {
            case PaymentOutcome.Paid paid -> {
                say("paid " + paid.intent().id());
                Thread.sleep(beforeSale);
                say("sale " + paid.intent().id() + " " + commitSale(store, paid.intent(), clock));
            }
            case PaymentOutcome.NotPaid notPaid -> say("notpaid " + notPaid.intent().id() + " " + notPaid.why().key());
            case PaymentOutcome.Unresolved unresolved -> say("unresolved " + unresolved.intent().id() + " " + unresolved.why().key());
        }
    }

    /** What the sale's commit does for the payment: the sale event and the intent's link, in one transaction. */
    private static String commitSale(LocalStore store, PaymentIntent paid, Clock clock) {
        UUID completed = Ids.uuidV7(clock);
        String receipt = "0001-09-" + completed.toString().substring(0, 8);
        store.inTransactionRun(tx -> {
            Outbox.append(tx, Ids.uuidV7(clock), "sale.completed", JsonWriter.object().put("id", completed)
                    .put("receiptNo", receipt).put("totalFen", paid.amount().fen()).put("soldAt", clock.instant()).toString(),
                    clock.instant());
            PaymentJournal.attachSale(tx, paid.id(), completed, receipt);
        });
        return receipt;
    }

    private static void say(String line) {
        OUT.println("@ " + line);
    }
}
