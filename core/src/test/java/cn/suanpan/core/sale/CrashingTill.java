package cn.suanpan.core.sale;

import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderPlan;
import cn.suanpan.core.testing.MutableClock;
import cn.suanpan.core.testing.SaleTerminal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The till of the crash test, run in a JVM of its own: {@code CrashingTill DATA [N]}.
 *
 * <ol>
 *   <li>It starts (its classes mapped from the ahead-of-time cache) and says {@value #UP};</li>
 *   <li>waits for a line {@value #GO} on stdin, which the test sends once the previous till is
 *       dead and its database checked;</li>
 *   <li>opens the terminal in DATA, says {@value #READY}, and sells until it is killed,
 *       printing each receipt number on a line of its own as soon as {@code commit} has
 *       returned: a printed number is a sale the cashier saw as done.</li>
 * </ol>
 * With N it makes N sales on DATA and exits normally instead (to record the ahead-of-time
 * cache). It does not warm up on a database of its own first: on a busy machine the test's
 * time is the CPU all its tills use, and a second database to open and recover per till
 * cost more than it saved.
 */
public final class CrashingTill {

    static final String UP = "UP";
    static final String GO = "GO";
    static final String READY = "READY";

    private CrashingTill() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Random random = new Random();
        MutableClock clock = new MutableClock(Instant.now());
        if (args.length > 1) {
            sell(Path.of(args[0]), clock, random, Long.parseLong(args[1]), null, System.nanoTime());
            return;
        }
        out.println(UP);
        out.flush();
        System.err.printf("up, cpu %d ms%n", cpuMillis());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (!GO.equals(in.readLine())) {
            return;  // not needed after all: the test is over
        }
        long go = System.nanoTime();
        sell(Path.of(args[0]), clock, random, Long.MAX_VALUE, out, go);
    }

    private static void sell(Path dir, MutableClock clock, Random random, long count, PrintStream out, long start) {
        try (SaleTerminal t = SaleTerminal.open(dir, clock)) {
            List<Product> products = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                products.add(t.product(String.format("SP%05d", i)));
            }
            if (out != null) {
                out.println(READY);
                out.flush();
                // for whoever wonders where a slow crash test spends its time
                System.err.printf("open %d ms, cpu %d ms%n", (System.nanoTime() - start) / 1_000_000, cpuMillis());
            }
            for (long n = 0; n < count; n++) {
                clock.advance(Duration.ofMillis(1));
                CompletedSale sale = t.sales.commit(checkout(t, products, random));
                if (out != null) {
                    out.println(sale.receiptNumber().text());
                    out.flush();
                    if (n == 0) {
                        System.err.printf("first sale %d ms, cpu %d ms%n", (System.nanoTime() - start) / 1_000_000, cpuMillis());
                    }
                }
            }
        }
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** One to five lines, paid in cash, or half by card and the rest in cash. */
    private static Checkout checkout(SaleTerminal t, List<Product> products, Random random) {
        List<String> items = new ArrayList<>();
        for (int i = 0, lines = 1 + random.nextInt(5); i < lines; i++) {
            items.add(products.get(random.nextInt(products.size())).sku() + "*" + (1 + random.nextInt(3)));
        }
        Cart cart = t.cart(items);
        PricedCart priced = t.price(cart);
        TenderPlan plan = TenderPlan.forCart(priced, t.rounding);
        if (random.nextBoolean() && priced.total().fen() > 100) {
            plan = plan.add(new Tender.ExternalCard(Money.ofFen(priced.total().fen() / 2), "POS-" + random.nextInt(1_000_000)));
        }
        plan = plan.add(new Tender.Cash(Money.ofFen((plan.remainingInCash().fen() / 1000 + 1) * 1000)));
        return Checkout.of(priced, plan, t.cashier);
    }
}
