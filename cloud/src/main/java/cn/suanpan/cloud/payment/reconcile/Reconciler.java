package cn.suanpan.cloud.payment.reconcile;

import cn.suanpan.cloud.payment.reconcile.LedgerEntry.Kind;
import cn.suanpan.cloud.payment.reconcile.Mismatch.Type;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Matches the cloud's payments and refunds of a day against the wallets' bills of the same
 * day. Pure: no clock, no store; the caller picks the day's entries on both sides (by
 * Beijing date, as the wallets cut their bills).
 *
 * <p>A payment is matched on wallet and merchant order number, a refund on wallet, order
 * number and refund number. Every payment the bill shows that our ledger lacks is listed —
 * except a payment the wallet gave back in full that same day (a reverse after the customer
 * paid), which is listed apart as netting to zero.
 */
public final class Reconciler {

    private Reconciler() {
    }

    private record Key(Wallet wallet, String outTradeNo, Kind kind, String refundNo) {
    }

    public static ReconciliationReport match(List<LedgerEntry> ours, List<BillLine> theirs) {
        List<Mismatch> out = new ArrayList<>();
        Map<Key, LedgerEntry> mine = new LinkedHashMap<>();
        for (LedgerEntry e : ours) {
            Key k = new Key(e.wallet(), e.outTradeNo(), e.kind(), e.kind() == Kind.REFUND ? e.refundNo() : null);
            if (mine.putIfAbsent(k, e) != null) {
                out.add(new Mismatch(Type.DUPLICATE, e.wallet(), e.outTradeNo(), k.refundNo(), e.amount(), null));
            }
        }
        Map<Key, BillLine> bill = new LinkedHashMap<>();
        for (BillLine l : theirs) {
            Key k = new Key(l.wallet(), l.outTradeNo(), l.kind(), l.kind() == Kind.REFUND ? l.refundNo() : null);
            if (bill.putIfAbsent(k, l) != null) {
                out.add(new Mismatch(Type.DUPLICATE, l.wallet(), l.outTradeNo(), k.refundNo(), null, l.amount()));
            }
        }
        int matched = 0;
        for (Map.Entry<Key, LedgerEntry> e : mine.entrySet()) {
            Key k = e.getKey();
            LedgerEntry entry = e.getValue();
            BillLine line = bill.get(k);
            boolean refund = k.kind() == Kind.REFUND;
            if (line == null) {
                out.add(new Mismatch(refund ? Type.REFUND_MISMATCH : Type.MISSING_AT_PROVIDER, k.wallet(), k.outTradeNo(),
                        k.refundNo(), entry.amount(), null));
            } else if (!line.amount().equals(entry.amount())) {
                out.add(new Mismatch(refund ? Type.REFUND_MISMATCH : Type.AMOUNT_DIFFERS, k.wallet(), k.outTradeNo(),
                        k.refundNo(), entry.amount(), line.amount()));
            } else {
                matched++;
            }
        }
        for (Map.Entry<Key, BillLine> e : bill.entrySet()) {
            Key k = e.getKey();
            if (mine.containsKey(k)) {
                continue;
            }
            BillLine line = e.getValue();
            if (k.kind() == Kind.PAY) {
                boolean ours2 = mine.keySet().stream().anyMatch(m -> m.wallet() == k.wallet()
                        && m.outTradeNo().equals(k.outTradeNo()));
                Money givenBack = bill.values().stream()
                        .filter(b -> b.kind() == Kind.REFUND && b.wallet() == k.wallet() && b.outTradeNo().equals(k.outTradeNo()))
                        .map(BillLine::amount).reduce(Money.ZERO, Money::plus);
                Type type = !ours2 && givenBack.equals(line.amount()) ? Type.REVERSED_AT_PROVIDER : Type.MISSING_IN_LEDGER;
                out.add(new Mismatch(type, k.wallet(), k.outTradeNo(), null, null, line.amount()));
            } else if (!reversedAtProvider(k, mine, bill)) {
                out.add(new Mismatch(Type.REFUND_MISMATCH, k.wallet(), k.outTradeNo(), k.refundNo(), null, line.amount()));
            }
        }
        out.sort(Comparator.comparing((Mismatch m) -> m.wallet()).thenComparing(Mismatch::outTradeNo)
                .thenComparing(m -> Objects.requireNonNullElse(m.refundNo(), "")));
        return new ReconciliationReport(matched, out);
    }

    /** The refunds of a payment reported as {@link Type#REVERSED_AT_PROVIDER} are part of that entry. */
    private static boolean reversedAtProvider(Key refund, Map<Key, LedgerEntry> mine, Map<Key, BillLine> bill) {
        Key pay = new Key(refund.wallet(), refund.outTradeNo(), Kind.PAY, null);
        BillLine paid = bill.get(pay);
        if (paid == null || mine.keySet().stream().anyMatch(m -> m.wallet() == refund.wallet()
                && m.outTradeNo().equals(refund.outTradeNo()))) {
            return false;
        }
        Money givenBack = bill.values().stream()
                .filter(b -> b.kind() == Kind.REFUND && b.wallet() == refund.wallet() && b.outTradeNo().equals(refund.outTradeNo()))
                .map(BillLine::amount).reduce(Money.ZERO, Money::plus);
        return givenBack.equals(paid.amount());
    }
}
