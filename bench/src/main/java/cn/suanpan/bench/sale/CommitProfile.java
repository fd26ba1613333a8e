package cn.suanpan.bench.sale;

import cn.suanpan.core.cart.AddItem;
import cn.suanpan.core.cart.CartEditor;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricingEngine;
import cn.suanpan.core.sale.Checkout;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderPlan;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.DefaultTransactionListenerProvider;

/**
 * Where a sale commit's time goes, without JMH: {@code CommitProfile PRODUCTS COMMITS}.
 * Commits the same kind of sales as {@link SaleCommitBenchmark} and prints, per commit, the
 * percentiles of the whole call, of the statements (counted and timed by a jOOQ listener),
 * of the database commit itself (the write to the file) and of the thread's CPU time, and
 * the bytes the thread allocated per commit (which, unlike times, the machine's load does
 * not change).
 */
public final class CommitProfile {

    private CommitProfile() {
    }

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        long t0 = System.nanoTime();
        // a kept catalog: -Dsuanpan.bench.template=DIR (made there on the first run)
        try (BenchTerminal terminal = BenchTerminal.create(products)) {
            System.out.printf("catalog of %,d products ready in %,d ms%n", products, (System.nanoTime() - t0) / 1_000_000);
            List<Checkout> checkouts = checkouts(terminal, products);
            AtomicInteger statements = new AtomicInteger();
            AtomicLong statementNanos = new AtomicLong();
            AtomicLong commitNanos = new AtomicLong();
            long[] started = new long[2];
            var cfg = terminal.store.dsl().configuration().derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    started[0] = System.nanoTime();
                }

                @Override
                public void executeEnd(ExecuteContext ctx) {
                    statements.incrementAndGet();
                    statementNanos.addAndGet(System.nanoTime() - started[0]);
                }
            })).derive(new DefaultTransactionListenerProvider(new TransactionListener() {
                @Override
                public void commitStart(TransactionContext ctx) {
                    started[1] = System.nanoTime();
                }

                @Override
                public void commitEnd(TransactionContext ctx) {
                    commitNanos.addAndGet(System.nanoTime() - started[1]);
                }
            }));
            int n = commits;
            long[] total = new long[n];
            long[] inStatements = new long[n];
            long[] inCommit = new long[n];
            long[] cpu = new long[n];
            var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long[] allocated = new long[n];
            int[] count = new int[n];
            for (int i = 0; i < n; i++) {
                Checkout checkout = checkouts.get(i % checkouts.size());
                statements.set(0);
                statementNanos.set(0);
                commitNanos.set(0);
                long a0 = threads.getCurrentThreadAllocatedBytes();
                long c0 = threads.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                cfg.dsl().transactionResult(c -> terminal.sales.commit(c.dsl(), checkout));
                total[i] = System.nanoTime() - s;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
                allocated[i] = threads.getCurrentThreadAllocatedBytes() - a0;
                inStatements[i] = statementNanos.get();
                inCommit[i] = commitNanos.get();
                count[i] = statements.get();
            }
            // the first fifth warms up
            int from = n / 5;
            print("whole commit", Arrays.copyOfRange(total, from, n));
            print("statements", Arrays.copyOfRange(inStatements, from, n));
            print("db commit", Arrays.copyOfRange(inCommit, from, n));
            print("thread CPU", Arrays.copyOfRange(cpu, from, n));
            System.out.printf("allocated     %,.0f bytes a commit on average%n",
                    Arrays.stream(allocated, from, n).average().orElse(0));
            System.out.printf("statements per commit: %.1f on average%n",
                    Arrays.stream(count, from, n).average().orElse(0));
            System.out.printf("load average: %s%n", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        }
    }

    static List<Checkout> checkouts(BenchTerminal terminal, int products) {
        Random random = new Random(7);
        PricingEngine pricing = new PricingEngine(Clock.systemUTC(), ZoneId.of("Asia/Shanghai"), List.of(), CashRounding.NONE);
        List<Checkout> checkouts = new ArrayList<>();
        for (int i = 0; i < 512; i++) {
            CartEditor editor = new CartEditor();
            for (int line = 0, lines = 1 + random.nextInt(5); line < lines; line++) {
                Product p = terminal.catalog.bySku("G" + (1 + random.nextInt(products))).orElseThrow();
                editor.apply(new AddItem(p, Quantity.pieces(1 + random.nextInt(3))));
            }
            PricedCart priced = pricing.price(editor.cart());
            TenderPlan paid = TenderPlan.forCart(priced, CashRounding.NONE).add(new Tender.Cash(priced.total()));
            checkouts.add(Checkout.of(priced, paid, terminal.cashier));
        }
        return checkouts;
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-14s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms  mean %6.2f ms%n", what,
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
