package cn.suanpan.core.sale;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.refund.LineReturn;
import cn.suanpan.core.refund.Payback;
import cn.suanpan.core.refund.RefundRequest;
import cn.suanpan.core.stock.MovementKind;
import cn.suanpan.core.testing.SaleTerminal;
import cn.suanpan.core.testing.TempFolder;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** The stock ledger balances: on hand = delivered − sold + returned to the shelf. Training changes nothing. */
class StockBalanceProperties {

    private static final List<String> SKUS = List.of("SP00001", "SP00002", "SP00003", "SP00010");

    /** A delivery, a sale (maybe training), or a return of part of the last sale (maybe not restocked). */
    sealed interface Step {
        record Deliver(int sku, int count) implements Step { }
        record Sell(int sku, int count, boolean training) implements Step { }
        record ReturnLast(int count, boolean restock) implements Step { }
    }

    private TempFolder folder;
    private SaleTerminal t;

    @BeforeProperty
    void open() {
        folder = new TempFolder("stock-properties");
        t = SaleTerminal.open(folder.path());
        t.openShift();
    }

    @AfterProperty
    void close() {
        t.close();
        folder.close();
    }

    @Property(tries = 40)
    void onHandIsDeliveredMinusSoldPlusReturned(@ForAll("steps") List<Step> steps) {
        Map<UUID, BigDecimal> expected = new HashMap<>();
        for (String sku : SKUS) {
            UUID id = t.product(sku).id();
            expected.put(id, t.stock.onHand(id));
        }
        CompletedSale last = null;
        Product lastProduct = null;
        long lastLeft = 0;
        for (Step step : steps) {
            switch (step) {
                case Step.Deliver d -> {
                    Product p = t.product(SKUS.get(d.sku()));
                    t.stock.record(p.id(), BigDecimal.valueOf(d.count()), MovementKind.RECEIPT, "delivery", t.cashier.id());
                    expected.merge(p.id(), BigDecimal.valueOf(d.count()), BigDecimal::add);
                }
                case Step.Sell s -> {
                    Product p = t.product(SKUS.get(s.sku()));
                    var priced = t.price(t.cart(p.sku() + "*" + s.count()));
                    var tender = new cn.suanpan.core.tender.Tender.Cash(priced.total());
                    var checkout = Checkout.of(priced, t.pay(priced, tender), t.cashier);
                    last = t.sales.commit(s.training() ? checkout.asTraining() : checkout);
                    lastProduct = p;
                    lastLeft = s.count();
                    if (!s.training()) {
                        expected.merge(p.id(), BigDecimal.valueOf(-s.count()), BigDecimal::add);
                    }
                }
                case Step.ReturnLast r -> {
                    if (last == null || lastLeft == 0) {
                        continue;
                    }
                    long count = Math.min(r.count(), lastLeft);
                    t.refunds.refund(new RefundRequest(last.receiptNumber().text(), List.of(new LineReturn(1, count * 1000)),
                            Payback.CASH, r.restock(), null), t.supervisor, Optional.empty());
                    lastLeft -= count;
                    if (r.restock() && !last.training()) {
                        expected.merge(lastProduct.id(), BigDecimal.valueOf(count), BigDecimal::add);
                    }
                }
            }
        }
        for (var e : expected.entrySet()) {
            assertThat(t.stock.onHand(e.getKey())).isEqualByComparingTo(e.getValue());
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> sku = Arbitraries.integers().between(0, SKUS.size() - 1);
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 5);
        Arbitrary<Step> deliver = Combinators.combine(sku, count).as(Step.Deliver::new);
        Arbitrary<Step> sell = Combinators.combine(sku, count, Arbitraries.of(false, false, false, true)).as(Step.Sell::new);
        Arbitrary<Step> giveBack = Combinators.combine(count, Arbitraries.of(true, true, false)).as(Step.ReturnLast::new);
        return Arbitraries.oneOf(deliver, sell, giveBack).list().ofMaxSize(10);
    }
}
