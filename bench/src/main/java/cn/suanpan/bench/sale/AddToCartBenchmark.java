package cn.suanpan.bench.sale;

import cn.suanpan.core.cart.AddItem;
import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.CartEditor;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.pricing.LocalizedName;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricingEngine;
import cn.suanpan.core.pricing.Promotion;
import cn.suanpan.core.pricing.PromotionInfo;
import cn.suanpan.core.pricing.Target;
import cn.suanpan.core.pricing.TimeWindow;
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
 * What happens at each scan: a product is added to a cart that already holds some lines,
 * and the whole cart is priced again with a realistic set of running promotions (one of
 * each kind, on the generated catalog's categories), as the screen shows it. Products come
 * from the generated catalog in the database; the lookup itself is measured elsewhere.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class AddToCartBenchmark {

    /** Lines in the cart before the scan. */
    @Param({"5", "30"})
    int lines;

    @Param("10000")
    int products;

    private Cart cart;
    private PricingEngine pricing;
    private final List<Product> scanned = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Random random = new Random(11);
        try (BenchTerminal terminal = BenchTerminal.create(products)) {
            for (int i = 0; i < 1_000; i++) {
                scanned.add(terminal.catalog.bySku("G" + (1 + random.nextInt(products))).orElseThrow());
            }
        }
        CartEditor editor = new CartEditor();
        for (int i = 0; i < lines; i++) {
            editor.apply(new AddItem(scanned.get(random.nextInt(scanned.size())), Quantity.pieces(1 + random.nextInt(3))));
        }
        cart = editor.cart();
        pricing = new PricingEngine(Clock.systemUTC(), ZoneId.of("Asia/Shanghai"), promotions(), CashRounding.NONE);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        scanned.clear();
    }

    /** One promotion of each kind, on the categories LargeCatalog spreads products over. */
    static List<Promotion> promotions() {
        return List.of(
                new Promotion.PercentOff(info("p1", "饮料九折", 1), Target.categories("drinks"), 1_000),
                new Promotion.BuyXGetY(info("p2", "零食买二送一", 2), Target.categories("snacks"), 2, 1, 10_000),
                new Promotion.BundlePrice(info("p3", "方便面任选3件10元", 2), Target.categories("noodles"), 3, Money.ofYuan(10)),
                new Promotion.SecondItemDiscount(info("p4", "乳品第二件半价", 1), Target.categories("dairy"), 5_000),
                new Promotion.AmountOff(info("p5", "日用品每件立减1元", 1), Target.categories("daily"), Money.ofYuan(1)),
                new Promotion.PercentOff(info("p6", "全场95折", 0), Target.all(), 500));
    }

    private static PromotionInfo info(String id, String name, int priority) {
        return new PromotionInfo(id, new LocalizedName(name, null), TimeWindow.ALWAYS, priority);
    }

    @Benchmark
    public PricedCart scanAndPrice() {
        Product product = scanned.get(next);
        next = (next + 1) % scanned.size();
        return pricing.price(new AddItem(product, Quantity.pieces(1)).execute(cart));
    }
}
