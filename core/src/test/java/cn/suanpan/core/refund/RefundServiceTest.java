package cn.suanpan.core.refund;

import static cn.suanpan.core.store.schema.Tables.REFUND;
import static cn.suanpan.core.store.schema.Tables.REFUND_LINE;
import static cn.suanpan.core.store.schema.Tables.SYNC_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.suanpan.core.audit.AuditAction;
import cn.suanpan.core.audit.AuditEntry;
import cn.suanpan.core.auth.SupervisorOverride;
import cn.suanpan.core.cart.AttachMember;
import cn.suanpan.core.cart.Member;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.cart.VoidLine;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.sale.Checkout;
import cn.suanpan.core.sale.CompletedSale;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderMethod;
import cn.suanpan.core.testing.SaleTerminal;
import cn.suanpan.core.testing.TestTerminal;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefundServiceTest {

    private static final Optional<SupervisorOverride> NONE = Optional.empty();

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

    private CompletedRefund refund(String receipt, LineReturn... lines) {
        return t.refunds.refund(new RefundRequest(receipt, List.of(lines), Payback.ORIGINAL, true, "changed mind"),
                t.supervisor, NONE);
    }

    private static LineReturn pieces(int lineNo, int count) {
        return new LineReturn(lineNo, count * 1000L);
    }

    @Test
    void partOfASaleComesBackThenTheRestButNeverMore() {
        CompletedSale sale = t.sell("SP00001*3", "SP00003");  // 10.50 + 8.50
        String receipt = sale.receiptNumber().text();

        CompletedRefund first = refund(receipt, pieces(1, 1));
        assertThat(first.number().text()).isEqualTo("RF-0001-01-20250501-0001");
        assertThat(first.total()).isEqualTo(Money.parse("3.50"));
        assertThat(first.tenders()).extracting(RefundTender::method, RefundTender::amount)
                .containsExactly(tuple(TenderMethod.CASH, Money.parse("3.50")));
        assertThat(t.stock.onHand(t.product("SP00001").id())).isEqualByComparingTo("-2");

        assertRefused(() -> refund(receipt, pieces(1, 3)), "refund.overReturn", 1, "可口可乐 500ml", "3", "2");

        CompletedRefund rest = refund(receipt);
        assertThat(rest.lines()).extracting(RefundedLine::saleLineNo, RefundedLine::quantityDisplay)
                .containsExactly(tuple(1, "2"), tuple(2, "1"));
        assertThat(rest.total()).isEqualTo(Money.parse("15.50"));
        assertRefused(() -> refund(receipt), "refund.nothingLeft", receipt);

        assertThat(t.stock.onHand(t.product("SP00001").id())).isEqualByComparingTo("0");
        assertThat(t.store.dsl().fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.EVENT_TYPE.eq("refund.completed"))).isEqualTo(2);
        String payload = t.store.dsl().select(SYNC_OUTBOX.PAYLOAD).from(SYNC_OUTBOX)
                .where(SYNC_OUTBOX.EVENT_TYPE.eq("refund.completed")).orderBy(SYNC_OUTBOX.SEQ).limit(1).fetchSingle(SYNC_OUTBOX.PAYLOAD);
        assertThat(payload).contains("\"saleReceiptNo\":\"" + receipt + "\"", "\"saleLineNo\":1", "\"quantityMilli\":1000",
                "\"amountFen\":350", "\"saleId\":\"" + sale.id() + "\"");
    }

    @Test
    void theReceiptIsFoundByItsBarcodeToo() {
        CompletedSale sale = t.sell("SP00003");
        CompletedRefund refund = refund(sale.receiptNumber().barcode());
        assertThat(refund.saleReceiptNo()).isEqualTo(sale.receiptNumber().text());
    }

    @Test
    void unknownReceiptsAndLinesAreRefusedClearly() {
        CompletedSale sale = t.sell(t.cart(List.of("SP00001", "SP00002"), new VoidLine(2)));
        String receipt = sale.receiptNumber().text();
        assertRefused(() -> refund("0001-01-20250501-0099"), "refund.unknownReceipt", "0001-01-20250501-0099");
        assertRefused(() -> refund("hello"), "refund.unknownReceipt", "hello");
        assertRefused(() -> refund(receipt, pieces(3, 1)), "refund.noSuchLine", 3, receipt);
        assertRefused(() -> refund(receipt, pieces(2, 1)), "refund.lineVoided", 2);
        assertRefused(() -> refund(receipt, new LineReturn(1, 500)), "refund.wholePieces", "可口可乐 500ml");
        assertRefused(() -> refund(receipt, new LineReturn(1, 0)), "refund.badQuantity", "0.000");
        assertThat(t.store.dsl().fetchCount(REFUND)).isZero();
    }

    @Test
    void aCashierNeedsASupervisorToRefund() {
        CompletedSale sale = t.sell("SP00003");
        RefundRequest request = RefundRequest.whole(sale.receiptNumber().text());
        assertRefused(() -> t.refunds.refund(request, t.cashier, NONE), "auth.denied", "王芳");
        assertThat(t.store.dsl().fetchCount(REFUND)).isZero();

        CompletedRefund refund = t.refunds.refund(request, t.cashier,
                Optional.of(new SupervisorOverride("lijun", TestTerminal.SUPERVISOR_PIN)));
        assertThat(refund.approverId()).isEqualTo(t.supervisor.id());

        List<AuditEntry> audit = t.audit.latest(t.store.dsl(), 2);
        assertThat(audit).extracting(AuditEntry::action).containsExactly(AuditAction.REFUND, AuditAction.OVERRIDE_GRANTED);
        assertThat(audit.getFirst().subject()).isEqualTo(refund.number().text());
        assertThat(audit.getFirst().approverId()).isEqualTo(t.supervisor.id());
        assertThat(audit.getFirst().details()).contains("\"totalFen\":850");
        assertThat(t.store.inTransaction(tx -> t.audit.verify(tx)).ok()).isTrue();
    }

    @Test
    void aBlindRefundNeedsItsOwnPermissionAndAReason() {
        t.openShift();
        BlindRefundRequest request = new BlindRefundRequest(
                List.of(new BlindRefundRequest.Line(t.product("SP00003"), Quantity.pieces(2))), true, "no receipt, regular", false);
        assertRefused(() -> t.refunds.blindRefund(request, t.supervisor, NONE), "auth.denied", "李军");
        assertRefused(() -> t.refunds.blindRefund(new BlindRefundRequest(request.lines(), true, " ", false), t.admin, NONE),
                "refund.reasonRequired");

        CompletedRefund refund = t.refunds.blindRefund(request, t.cashier,
                Optional.of(new SupervisorOverride("zhang", TestTerminal.ADMIN_PIN)));
        assertThat(refund.saleReceiptNo()).isNull();
        assertThat(refund.total()).isEqualTo(Money.ofYuan(17));
        assertThat(refund.tenders()).extracting(RefundTender::method).containsExactly(TenderMethod.CASH);
        assertThat(t.stock.onHand(t.product("SP00003").id())).isEqualByComparingTo("2");
        assertThat(t.store.dsl().select(REFUND_LINE.SALE_ID).from(REFUND_LINE).fetchSingle(REFUND_LINE.SALE_ID)).isNull();
        assertThat(t.audit.latest(t.store.dsl(), 1).getFirst().details()).contains("\"blind\":true", "no receipt, regular");
    }

    @Test
    void theOriginalTendersAreRepaidLastFirstEachUpToWhatItPaid() {
        t.openShift();
        PricedCart priced = t.price(t.cart("SP00003*2"));  // 17.00: card 10, cash 10 with 3 change
        CompletedSale sale = t.sales.commit(Checkout.of(priced,
                t.pay(priced, new Tender.ExternalCard(Money.ofYuan(10), "POS-1"), new Tender.Cash(Money.ofYuan(10))), t.cashier));
        String receipt = sale.receiptNumber().text();

        CompletedRefund one = refund(receipt, pieces(1, 1));
        assertThat(one.tenders()).extracting(RefundTender::method, RefundTender::amount, RefundTender::reference)
                .containsExactly(tuple(TenderMethod.CASH, Money.ofYuan(7), null),
                        tuple(TenderMethod.EXTERNAL_CARD, Money.parse("1.50"), "POS-1"));
        CompletedRefund two = refund(receipt, pieces(1, 1));
        assertThat(two.tenders()).extracting(RefundTender::method, RefundTender::amount)
                .containsExactly(tuple(TenderMethod.EXTERNAL_CARD, Money.parse("8.50")));
    }

    @Test
    void cashPaybackIgnoresHowTheSaleWasPaid() {
        t.openShift();
        PricedCart priced = t.price(t.cart("SP00003"));
        CompletedSale sale = t.sales.commit(Checkout.of(priced,
                t.pay(priced, new Tender.ExternalCard(Money.parse("8.50"), "POS-2")), t.cashier));
        CompletedRefund refund = t.refunds.refund(new RefundRequest(sale.receiptNumber().text(), List.of(), Payback.CASH, false,
                null), t.supervisor, NONE);
        assertThat(refund.tenders()).extracting(RefundTender::method, RefundTender::amount, RefundTender::saleTenderPosition)
                .containsExactly(tuple(TenderMethod.CASH, Money.parse("8.50"), null));
        // not restocked: damaged goods
        assertThat(t.stock.onHand(t.product("SP00003").id())).isEqualByComparingTo("-1");
        assertThat(t.shifts.xReport().takings().cashRefunds()).isEqualTo(Money.parse("8.50"));
    }

    @Test
    void theLastRefundOfACashRoundedSalePaysBackExactlyWhatWasPaid() {
        t.rounding = new CashRounding(CashRounding.Step.TO_JIAO, CashRounding.Mode.DOWN);
        CompletedSale sale = t.sell("SP00193@0.455");  // 3.63, paid 3.60
        String receipt = sale.receiptNumber().text();

        CompletedRefund part = refund(receipt, new LineReturn(1, 200));  // 3.63 × 200/455 = 1.5956 → 1.60
        assertThat(part.total()).isEqualTo(Money.parse("1.60"));
        CompletedRefund rest = refund(receipt);
        assertThat(rest.lines()).singleElement().satisfies(l -> assertThat(l.amount()).isEqualTo(Money.parse("2.03")));
        assertThat(rest.total()).isEqualTo(Money.parse("2.00"));
        assertThat(rest.rounding()).isEqualTo(Money.parse("0.03"));
        assertThat(t.stock.onHand(t.product("SP00193").id())).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void pointsComeBackWithTheGoods() {
        var member = t.members.signUpAtCounter("13800138000", "李雷");
        CompletedSale sale = t.sell(t.cart(List.of("SP00003*3"), new AttachMember(new Member(member.id().toString(), "李雷"))));
        assertThat(sale.pointsEarned()).isEqualTo(25);

        CompletedRefund one = refund(sale.receiptNumber().text(), pieces(1, 1));
        assertThat(one.pointsReversed()).isEqualTo(8);  // ⌊25 × 8.50 / 25.50⌋
        CompletedRefund rest = refund(sale.receiptNumber().text());
        assertThat(rest.pointsReversed()).isEqualTo(17);
        assertThat(t.members.byPhone("13800138000").orElseThrow().points()).isZero();
    }

    @Test
    void aTrainingSaleComesBackAsATrainingRefund() {
        PricedCart priced = t.price(t.cart("SP00003"));
        CompletedSale training = t.sales.commit(Checkout.of(priced, t.pay(priced, new Tender.Cash(Money.ofYuan(10))), t.cashier)
                .asTraining());
        int outbox = t.store.dsl().fetchCount(SYNC_OUTBOX);

        CompletedRefund refund = refund(training.receiptNumber().text());
        assertThat(refund.number().text()).isEqualTo("TR-RF-0001-01-20250501-0001");
        assertThat(refund.training()).isTrue();
        assertThat(t.store.dsl().fetchCount(SYNC_OUTBOX)).isEqualTo(outbox);
        assertThat(t.stock.onHand(t.product("SP00003").id())).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private static void assertRefused(ThrowingCallable call, String key, Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SuanpanException.class, e -> {
            assertThat(e.userMessage().key()).isEqualTo(key);
            assertThat(e.userMessage().args()).containsExactly(args);
        });
    }
}
