package cn.suanpan.bench.sale;

import cn.suanpan.core.cart.AddItem;
import cn.suanpan.core.cart.CartEditor;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricingEngine;
import cn.suanpan.core.sale.Checkout;
import cn.suanpan.core.sale.CompletedSale;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderPlan;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Committing a sale: one to five lines, paid in cash, against a database holding a
 * generated catalog. What is timed is {@link cn.suanpan.core.sale.SaleService#commit} alone —
 * the transaction with the sale, its lines, taxes and tenders, stock movements, outbox
 * events and receipt number, written to disk before it returns. The carts are priced
 * beforehand, as they are at the counter before the cashier presses "pay".
 *
 * <p>Sample time gives the percentiles; the target is p99 ≤ 10 ms (docs/PERFORMANCE.md).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class SaleCommitBenchmark {

    /** Products in the catalog; the target is 1,000,000 ({@code -p products=1000000}). */
    @Param("100000")
    int products;

    private BenchTerminal terminal;
    private final List<Checkout> checkouts = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        terminal = BenchTerminal.create(products);
        Random random = new Random(7);
        PricingEngine pricing = new PricingEngine(Clock.systemUTC(), ZoneId.of("Asia/Shanghai"), List.of(), CashRounding.NONE);
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
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        terminal.close();
    }

    @Benchmark
    public CompletedSale commit() {
        Checkout checkout = checkouts.get(next);
        next = (next + 1) % checkouts.size();
        return terminal.sales.commit(checkout);
    }
}
