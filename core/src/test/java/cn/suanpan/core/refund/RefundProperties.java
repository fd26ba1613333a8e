package cn.suanpan.core.refund;

import static cn.suanpan.core.store.schema.Tables.REFUND;
import static cn.suanpan.core.store.schema.Tables.REFUND_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.sale.CompletedSale;
import cn.suanpan.core.sale.StoredLine;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.testing.SaleTerminal;
import cn.suanpan.core.testing.TempFolder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.jooq.impl.DSL;

/** Refunds never give back more than was sold, whatever the order and size of the returns. */
class RefundProperties {

    /** Piece products and one weighed, so that partial weights come back too. */
    private static final List<String> ITEMS = List.of("SP00001*", "SP00003*", "SP00010*", "SP00193@");

    private TempFolder folder;
    private SaleTerminal t;

    @BeforeProperty
    void open() {
        folder = new TempFolder("refund-properties");
        t = SaleTerminal.open(folder.path());
        t.openShift();
    }

    @AfterProperty
    void close() {
        t.close();
        folder.close();
    }

    /** What comes back in one refund: (line index, thousandths) pairs, possibly too many. */
    record Attempt(List<int[]> parts) {
    }

    @Property(tries = 60)
    void refundsNeverExceedWhatWasSold(@ForAll("sales") List<int[]> sold, @ForAll("attempts") List<Attempt> attempts,
                                       @ForAll CashRounding.Mode mode, @ForAll boolean roundToJiao) {
        t.rounding = roundToJiao ? new CashRounding(CashRounding.Step.TO_JIAO, mode) : CashRounding.NONE;
        List<String> items = new ArrayList<>();
        for (int[] s : sold) {
            String item = ITEMS.get(s[0]);
            items.add(item.endsWith("@") ? item + BigDecimal.valueOf(s[1], 3).toPlainString() : item + s[1]);
        }
        CompletedSale sale = t.sell(t.cart(items));
        StoredSale stored = t.stored(sale);
        Map<Integer, Long> returned = new HashMap<>();

        for (Attempt attempt : attempts) {
            List<LineReturn> lines = new ArrayList<>();
            Map<Integer, Long> asked = new HashMap<>();
            for (int[] part : attempt.parts()) {
                StoredLine line = stored.lines().get(part[0] % stored.lines().size());
                long milli = line.weighed() ? part[1] : Math.max(1, part[1] / 1000) * 1000L;
                lines.add(new LineReturn(line.lineNo(), milli));
                asked.merge(line.lineNo(), milli, Long::sum);
            }
            boolean fits = asked.entrySet().stream().allMatch(e ->
                    returned.getOrDefault(e.getKey(), 0L) + e.getValue() <= stored.line(e.getKey()).orElseThrow().quantityMilli());
            try {
                t.refunds.refund(new RefundRequest(sale.receiptNumber().text(), lines, Payback.ORIGINAL, true, null),
                        t.supervisor, Optional.empty());
                assertThat(fits).as("a refund beyond what was sold went through").isTrue();
                Statistics.label("refund").collect("made");
                asked.forEach((line, milli) -> returned.merge(line, milli, Long::sum));
            } catch (SuanpanException e) {
                assertThat(fits).as("a refund within what was sold was refused: %s", e.getMessage()).isFalse();
                assertThat(e.userMessage().key()).isEqualTo("refund.overReturn");
                Statistics.label("refund").collect("refused");
            }
        }

        for (StoredLine line : stored.lines()) {
            long back = t.store.dsl().select(DSL.coalesce(DSL.sum(REFUND_LINE.QUANTITY_MILLI), BigDecimal.ZERO)).from(REFUND_LINE)
                    .where(REFUND_LINE.SALE_ID.eq(sale.id())).and(REFUND_LINE.SALE_LINE_NO.eq(line.lineNo()))
                    .fetchSingle().value1().longValueExact();
            long money = t.store.dsl().select(DSL.coalesce(DSL.sum(REFUND_LINE.AMOUNT_FEN), BigDecimal.ZERO)).from(REFUND_LINE)
                    .where(REFUND_LINE.SALE_ID.eq(sale.id())).and(REFUND_LINE.SALE_LINE_NO.eq(line.lineNo()))
                    .fetchSingle().value1().longValueExact();
            assertThat(back).isEqualTo(returned.getOrDefault(line.lineNo(), 0L)).isLessThanOrEqualTo(line.quantityMilli());
            assertThat(money).isLessThanOrEqualTo(line.netAmount().fen());
            if (back == line.quantityMilli()) {
                assertThat(money).as("a line returned in full gives back exactly its net amount").isEqualTo(line.netAmount().fen());
            }
        }
        long refunded = t.store.dsl().select(DSL.coalesce(DSL.sum(REFUND.TOTAL_FEN), BigDecimal.ZERO)).from(REFUND)
                .where(REFUND.SALE_ID.eq(sale.id())).fetchSingle().value1().longValueExact();
        assertThat(Money.ofFen(refunded)).isLessThanOrEqualTo(stored.paid());
        // both kinds of attempt must really occur, or the property proves nothing
        Statistics.label("refund").coverage(c -> {
            c.check("made").percentage(p -> p > 10);
            c.check("refused").percentage(p -> p > 10);
        });
    }

    @Provide
    Arbitrary<List<int[]>> sales() {
        Arbitrary<int[]> line = Arbitraries.integers().between(0, ITEMS.size() - 1).flatMap(i -> ITEMS.get(i).endsWith("@")
                ? Arbitraries.integers().between(50, 3_000).map(g -> new int[] {i, g})
                : Arbitraries.integers().between(1, 6).map(n -> new int[] {i, n}));
        return line.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<int[]> part = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 4_000))
                .as((line, milli) -> new int[] {line, milli});
        return part.list().ofMinSize(1).ofMaxSize(3).map(Attempt::new).list().ofMinSize(1).ofMaxSize(5);
    }
}
