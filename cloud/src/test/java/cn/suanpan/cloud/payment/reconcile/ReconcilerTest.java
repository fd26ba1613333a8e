package cn.suanpan.cloud.payment.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.cloud.payment.reconcile.LedgerEntry.Kind;
import cn.suanpan.cloud.payment.reconcile.Mismatch.Type;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final Instant T = Instant.parse("2026-11-25T02:00:00Z");

    private static BillLine pay(Wallet w, String order, long fen) {
        return new BillLine(w, order, "txn-" + order, Kind.PAY, null, Money.ofFen(fen), T);
    }

    private static BillLine refund(Wallet w, String order, String no, long fen) {
        return new BillLine(w, order, "txn-" + order, Kind.REFUND, no, Money.ofFen(fen), T);
    }

    @Test
    void agreeingSidesAreClean() {
        ReconciliationReport r = Reconciler.match(
                List.of(LedgerEntry.pay(Wallet.WECHAT, "a", Money.ofFen(100), T),
                        LedgerEntry.refund(Wallet.WECHAT, "a", "a-1", Money.ofFen(40), T),
                        LedgerEntry.pay(Wallet.ALIPAY, "b", Money.ofFen(200), T)),
                List.of(pay(Wallet.ALIPAY, "b", 200), refund(Wallet.WECHAT, "a", "a-1", 40), pay(Wallet.WECHAT, "a", 100)));

        assertThat(r.clean()).isTrue();
        assertThat(r.matched()).isEqualTo(3);
        assertThat(r.mismatches()).isEmpty();
    }

    @Test
    void listsEveryKindOfMismatch() {
        ReconciliationReport r = Reconciler.match(
                List.of(LedgerEntry.pay(Wallet.WECHAT, "only-ours", Money.ofFen(100), T),
                        LedgerEntry.pay(Wallet.WECHAT, "differs", Money.ofFen(100), T),
                        LedgerEntry.pay(Wallet.ALIPAY, "refunds", Money.ofFen(500), T),
                        LedgerEntry.refund(Wallet.ALIPAY, "refunds", "r-ours", Money.ofFen(100), T),
                        LedgerEntry.refund(Wallet.ALIPAY, "refunds", "r-both", Money.ofFen(100), T),
                        LedgerEntry.pay(Wallet.ALIPAY, "twice", Money.ofFen(300), T),
                        LedgerEntry.pay(Wallet.ALIPAY, "twice", Money.ofFen(300), T)),
                List.of(pay(Wallet.WECHAT, "differs", 110),
                        pay(Wallet.WECHAT, "only-theirs", 900),
                        pay(Wallet.ALIPAY, "refunds", 500),
                        refund(Wallet.ALIPAY, "refunds", "r-both", 150),
                        refund(Wallet.ALIPAY, "refunds", "r-theirs", 50),
                        pay(Wallet.ALIPAY, "twice", 300)));

        assertThat(r.clean()).isFalse();
        assertThat(r.mismatches()).containsExactlyInAnyOrder(
                new Mismatch(Type.MISSING_AT_PROVIDER, Wallet.WECHAT, "only-ours", null, Money.ofFen(100), null),
                new Mismatch(Type.AMOUNT_DIFFERS, Wallet.WECHAT, "differs", null, Money.ofFen(100), Money.ofFen(110)),
                new Mismatch(Type.MISSING_IN_LEDGER, Wallet.WECHAT, "only-theirs", null, null, Money.ofFen(900)),
                new Mismatch(Type.REFUND_MISMATCH, Wallet.ALIPAY, "refunds", "r-ours", Money.ofFen(100), null),
                new Mismatch(Type.REFUND_MISMATCH, Wallet.ALIPAY, "refunds", "r-both", Money.ofFen(100), Money.ofFen(150)),
                new Mismatch(Type.REFUND_MISMATCH, Wallet.ALIPAY, "refunds", "r-theirs", null, Money.ofFen(50)),
                new Mismatch(Type.DUPLICATE, Wallet.ALIPAY, "twice", null, Money.ofFen(300), null));
        assertThat(r.matched()).isEqualTo(2);
    }

    @Test
    void aPaymentGivenBackInFullAtTheWalletNetsToZeroButIsListed() {
        ReconciliationReport r = Reconciler.match(List.of(),
                List.of(pay(Wallet.WECHAT, "rev", 700), refund(Wallet.WECHAT, "rev", "REVOKE-rev", 700)));

        assertThat(r.clean()).isTrue();
        assertThat(r.mismatches()).containsExactly(
                new Mismatch(Type.REVERSED_AT_PROVIDER, Wallet.WECHAT, "rev", null, null, Money.ofFen(700)));
    }

    @Test
    void aPaymentOnlyPartlyGivenBackIsMissingInTheLedger() {
        ReconciliationReport r = Reconciler.match(List.of(),
                List.of(pay(Wallet.WECHAT, "x", 700), refund(Wallet.WECHAT, "x", "x-1", 200)));

        assertThat(r.ofType(Type.MISSING_IN_LEDGER)).hasSize(1);
        assertThat(r.ofType(Type.REFUND_MISMATCH)).hasSize(1);
        assertThat(r.clean()).isFalse();
    }
}
