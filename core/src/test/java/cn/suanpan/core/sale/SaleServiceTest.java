package cn.suanpan.core.sale;

import static cn.suanpan.core.store.schema.Tables.SALE;
import static cn.suanpan.core.store.schema.Tables.SALE_LINE;
import static cn.suanpan.core.store.schema.Tables.SALE_LINE_ADJUSTMENT;
import static cn.suanpan.core.store.schema.Tables.SALE_TENDER;
import static cn.suanpan.core.store.schema.Tables.STOCK_MOVEMENT;
import static cn.suanpan.core.store.schema.Tables.SYNC_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.suanpan.core.cart.AttachMember;
import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.Member;
import cn.suanpan.core.cart.VoidLine;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.members.MemberDirectory;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.Adjustment;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.stock.MovementKind;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderMethod;
import cn.suanpan.core.testing.SaleTerminal;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaleServiceTest {

    @TempDir
    Path tmp;

    private SaleTerminal t;

    @BeforeEach
    void open() {
        t = SaleTerminal.open(tmp);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aSaleIsStoredWithItsLinesTendersStockAndEvent() {
        t.openShift();
        // 2 × cola 500ml at 3.50, 0.455 kg of bananas at 7.98/kg = 3.63
        PricedCart priced = t.price(t.cart("SP00001*2", "SP00193@0.455"));
        assertThat(priced.total()).isEqualTo(Money.parse("10.63"));
        CompletedSale sale = t.sales.commit(Checkout.of(priced, t.pay(priced, new Tender.Cash(Money.ofYuan(20))), t.cashier));

        assertThat(sale.receiptNumber().text()).isEqualTo("0001-01-20250501-0001");
        StoredSale stored = t.stored(sale);
        assertThat(stored.total()).isEqualTo(Money.parse("10.63"));
        assertThat(stored.change()).isEqualTo(Money.parse("9.37"));
        assertThat(stored.cashierName()).isEqualTo("王芳");
        assertThat(stored.shiftId()).isEqualTo(t.shifts.current().orElseThrow().id());
        assertThat(stored.lines()).extracting(StoredLine::sku, StoredLine::quantityDisplay, l -> l.netAmount().plain())
                .containsExactly(tuple("SP00001", "2", "7.00"),
                        tuple("SP00193", "0.455", "3.63"));
        assertThat(stored.taxes()).extracting(x -> x.rateBasisPoints()).containsExactly(900, 1300);
        assertThat(stored.tenders()).singleElement().satisfies(tender -> {
            assertThat(tender.method()).isEqualTo(TenderMethod.CASH);
            assertThat(tender.net()).isEqualTo(Money.parse("10.63"));
        });

        assertThat(t.stock.onHand(t.product("SP00001").id())).isEqualByComparingTo("-2");
        assertThat(t.stock.onHand(t.product("SP00193").id())).isEqualByComparingTo("-0.455");
        assertThat(t.store.dsl().fetchCount(STOCK_MOVEMENT, STOCK_MOVEMENT.REFERENCE.eq(sale.receiptNumber().text())
                .and(STOCK_MOVEMENT.KIND.eq(MovementKind.SALE.name())))).isEqualTo(2);

        String payload = t.store.dsl().select(SYNC_OUTBOX.PAYLOAD).from(SYNC_OUTBOX).where(SYNC_OUTBOX.SEQ.eq(sale.outboxSeq()))
                .fetchSingle(SYNC_OUTBOX.PAYLOAD);
        assertThat(payload).contains("\"receiptNo\":\"0001-01-20250501-0001\"", "\"totalFen\":1063", "\"changeFen\":937",
                "\"name\":\"可口可乐 500ml\"", "\"quantityMilli\":455", "\"storeCode\":\"0001\"", "\"method\":\"CASH\"");
    }

    @Test
    void receiptNumbersFollowEachOtherAndRestartOnTheNextBusinessDay() {
        assertThat(t.sell("SP00001").receiptNumber().seq()).isEqualTo(1);
        assertThat(t.sell("SP00002").receiptNumber().seq()).isEqualTo(2);
        // 09:00 in Shanghai + 15 h is midnight: a new business day, though still 1 May in UTC
        t.clock.advance(Duration.ofHours(15));
        CompletedSale next = t.sell("SP00003");
        assertThat(next.receiptNumber().text()).isEqualTo("0001-01-20250502-0001");
    }

    @Test
    void splitTenderKeepsEveryTenderAndTheChangeOnTheCash() {
        t.openShift();
        PricedCart priced = t.price(t.cart("SP00003*2"));  // 17.00
        CompletedSale sale = t.sales.commit(Checkout.of(priced,
                t.pay(priced, new Tender.ExternalCard(Money.ofYuan(10), "POS-778812"), new Tender.Cash(Money.ofYuan(10))),
                t.cashier));

        assertThat(t.stored(sale).tenders()).extracting(StoredTender::method, StoredTender::amount, StoredTender::change,
                        StoredTender::reference)
                .containsExactly(tuple(TenderMethod.EXTERNAL_CARD, Money.ofYuan(10), Money.ZERO, "POS-778812"),
                        tuple(TenderMethod.CASH, Money.ofYuan(10), Money.ofYuan(3), null));
    }

    @Test
    void cashRoundingIsRecorded() {
        t.rounding = new CashRounding(CashRounding.Step.TO_JIAO, CashRounding.Mode.DOWN);
        CompletedSale sale = t.sell("SP00193@0.455");  // 3.63 → 3.60 in cash
        StoredSale stored = t.stored(sale);
        assertThat(stored.total()).isEqualTo(Money.parse("3.63"));
        assertThat(stored.rounding()).isEqualTo(Money.parse("0.03"));
        assertThat(stored.paid()).isEqualTo(Money.parse("3.60"));
    }

    @Test
    void adjustmentsAndVoidedLinesAreKept() {
        Cart cart = t.cart(List.of("SP00001", "SP00002"), new AttachMember(new Member(UUID.randomUUID().toString(), "Li")),
                new VoidLine(2));
        CompletedSale sale = t.sell(cart);
        StoredSale stored = t.stored(sale);
        assertThat(stored.lines()).hasSize(2);
        assertThat(stored.lines().get(0).adjustments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Adjustment.Kind.MEMBER_PRICE);
            assertThat(a.amount()).isEqualTo(Money.parse("0.40"));
        });
        assertThat(stored.lines().get(1).voided()).isTrue();
        assertThat(stored.total()).isEqualTo(Money.parse("3.10"));
        assertThat(t.store.dsl().fetchCount(SALE_LINE_ADJUSTMENT)).isEqualTo(1);
        // a voided line moves no stock
        assertThat(t.stock.onHand(t.product("SP00002").id())).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aMemberEarnsPointsSentAsADelta() {
        var member = t.members.signUpAtCounter("13800138000", "李雷");
        CompletedSale sale = t.sell(t.cart(List.of("SP00003*3"), new AttachMember(new Member(member.id().toString(), "李雷"))));
        assertThat(sale.pointsEarned()).isEqualTo(25);  // 25.50 paid
        assertThat(t.members.byPhone("13800138000").orElseThrow().points()).isEqualTo(25);
        assertThat(t.store.dsl().fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.EVENT_TYPE.eq(MemberDirectory.EVENT_POINTS))).isEqualTo(1);
        assertThat(t.stored(sale).memberId()).isEqualTo(member.id());
    }

    @Test
    void aTrainingSaleIsNumberedApartAndTouchesNothingElse() {
        t.sell("SP00001");
        int outboxBefore = t.store.dsl().fetchCount(SYNC_OUTBOX);
        PricedCart priced = t.price(t.cart("SP00003"));
        CompletedSale training = t.sales.commit(Checkout.of(priced, t.pay(priced, new Tender.Cash(Money.ofYuan(10))), t.cashier)
                .asTraining());

        assertThat(training.receiptNumber().text()).isEqualTo("TR-0001-01-20250501-0001");
        assertThat(training.training()).isTrue();
        assertThat(t.store.dsl().fetchCount(SYNC_OUTBOX)).isEqualTo(outboxBefore);
        assertThat(t.stock.onHand(t.product("SP00003").id())).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(t.stored(training).shiftId()).isNull();
        // the real sequence goes on as if the training sale never happened
        assertThat(t.sell("SP00002").receiptNumber().seq()).isEqualTo(2);
        // and the shift's takings do not see it
        assertThat(t.shifts.xReport().takings().cashSales()).isEqualTo(Money.parse("6.00"));
    }

    @Test
    void refusedSalesLeaveNothingBehind() {
        t.openShift();
        PricedCart priced = t.price(t.cart("SP00003"));
        assertRefused(() -> t.sales.commit(Checkout.of(priced, t.pay(priced, new Tender.Cash(Money.ofYuan(5))), t.cashier)),
                "sale.notPaid");
        PricedCart empty = t.price(t.cart(List.of("SP00001"), new VoidLine(1)));
        assertRefused(() -> t.sales.commit(Checkout.of(empty, t.pay(empty), t.cashier)), "sale.empty");
        PricedCart other = t.price(t.cart("SP00001"));
        assertRefused(() -> t.sales.commit(Checkout.of(other, t.pay(priced, new Tender.Cash(Money.ofYuan(10))), t.cashier)),
                "sale.totalChanged");

        assertThat(t.store.dsl().fetchCount(SALE)).isZero();
        assertThat(t.sell("SP00001").receiptNumber().seq()).isEqualTo(1);
    }

    @Test
    void aRealSaleNeedsAnOpenShift() {
        PricedCart priced = t.price(t.cart("SP00001"));
        assertRefused(() -> t.sales.commit(Checkout.of(priced, t.pay(priced, new Tender.Cash(Money.ofYuan(5))), t.cashier)),
                "sale.noShift");
        assertThat(t.store.dsl().fetchCount(SALE)).isZero();
    }

    @Test
    void aSaleRolledBackWithItsCallersTransactionGivesItsNumberBack() {
        t.openShift();
        PricedCart priced = t.price(t.cart("SP00001"));
        Checkout checkout = Checkout.of(priced, t.pay(priced, new Tender.Cash(Money.ofYuan(5))), t.cashier);
        assertThatThrownBy(() -> t.store.inTransactionRun(tx -> {
            t.sales.commit(tx, checkout);
            throw new IllegalStateException("printer on fire");
        })).hasMessage("printer on fire");

        assertThat(t.store.dsl().fetchCount(SALE)).isZero();
        assertThat(t.store.dsl().fetchCount(SALE_TENDER)).isZero();
        assertThat(t.store.dsl().fetchCount(STOCK_MOVEMENT)).isZero();
        assertThat(t.sales.commit(checkout).receiptNumber().seq()).isEqualTo(1);
    }

    @Test
    void negativeStockWarnsButSells() {
        CompletedSale sale = t.sell("SP00001");
        assertThat(sale.warnings()).singleElement().satisfies(w -> assertThat(w.key()).isEqualTo("stock.negative"));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SuanpanException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo(key));
    }
}
