package cn.suanpan.core.sale;

import static cn.suanpan.core.store.schema.Tables.SALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.testing.SaleTerminal;
import cn.suanpan.core.testing.TempFolder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Receipt numbers stay gapless per day and kind, whatever mix of sales fails, rolls back or commits. */
class ReceiptNumberProperties {

    enum Outcome {
        /** Committed. */
        SOLD,
        /** A training sale: numbered in its own sequence. */
        TRAINING,
        /** Stored, then rolled back with the caller's transaction after the number was taken. */
        ROLLED_BACK,
        /** Refused before it was stored: not paid. */
        REFUSED,
        /** The clock moves past a few hours, sometimes into the next business day. */
        LATER
    }

    private TempFolder folder;
    private SaleTerminal t;

    @BeforeProperty
    void open() {
        folder = new TempFolder("receipt-properties");
        t = SaleTerminal.open(folder.path());
        t.openShift();
    }

    @AfterProperty
    void close() {
        t.close();
        folder.close();
    }

    @Property(tries = 40)
    void receiptNumbersAreGaplessPerDayAndKind(@ForAll @Size(max = 15) List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            PricedCart priced = t.price(t.cart("SP00003"));
            Checkout paid = Checkout.of(priced, t.pay(priced, new Tender.Cash(Money.ofYuan(10))), t.cashier);
            switch (outcome) {
                case SOLD -> t.sales.commit(paid);
                case TRAINING -> t.sales.commit(paid.asTraining());
                case ROLLED_BACK -> assertThatThrownBy(() -> t.store.inTransactionRun(tx -> {
                    t.sales.commit(tx, paid);
                    throw new IllegalStateException("rolled back");
                })).hasMessage("rolled back");
                case REFUSED -> assertThatThrownBy(() -> t.sales.commit(Checkout.of(priced,
                        t.pay(priced, new Tender.Cash(Money.ofYuan(1))), t.cashier))).isInstanceOf(SuanpanException.class);
                case LATER -> t.clock.advance(Duration.ofHours(7));
            }
        }

        for (boolean training : new boolean[] {false, true}) {
            var byDay = t.store.dsl().select(SALE.BUSINESS_DATE, SALE.SEQ).from(SALE).where(SALE.TRAINING.eq(training))
                    .orderBy(SALE.BUSINESS_DATE, SALE.SEQ).fetchGroups(SALE.BUSINESS_DATE, SALE.SEQ);
            for (var day : byDay.entrySet()) {
                LocalDate date = day.getKey();
                assertThat(day.getValue()).as("%s sequence of %s", training ? "training" : "sale", date)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, day.getValue().size()).boxed().toList());
            }
        }
    }
}
