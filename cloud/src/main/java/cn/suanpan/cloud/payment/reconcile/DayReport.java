package cn.suanpan.cloud.payment.reconcile;

import cn.suanpan.core.payment.Wallet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A shop's reconciliation of one Beijing day as stored: each wallet's state and counts, and
 * every mismatch. {@code state} is the worst of the wallets' (FAILED, NOT_YET, MISMATCHED,
 * CLEAN in that order). {@code messageKey}s name the bundle text for the shop's admin.
 */
public record DayReport(UUID shopId, String billDate, String state, int matched, int mismatches, int needAttention,
                        List<WalletDay> wallets, List<Item> items) {

    public DayReport {
        wallets = List.copyOf(wallets);
        items = List.copyOf(items);
    }

    /** One wallet's day. {@code detail} says why a bill is missing (the wallet's words, for the record). */
    public record WalletDay(Wallet wallet, String state, int matched, int mismatches, String detail, int attempts,
                            Instant checkedAt, Instant nextTryAt, String messageKey) {
    }

    /** One mismatch; amounts in fen, null where that side has nothing. */
    public record Item(String kind, Wallet wallet, String outTradeNo, String refundNo, Long oursFen, Long theirsFen,
                       boolean needsAttention, String messageKey) {
    }

    public static DayReport of(UUID shopId, String billDate, List<WalletDay> wallets, List<Item> items) {
        String state = worst(wallets.stream().map(WalletDay::state).toList());
        int matched = wallets.stream().mapToInt(WalletDay::matched).sum();
        int attention = (int) items.stream().filter(Item::needsAttention).count();
        return new DayReport(shopId, billDate, state, matched, items.size(), attention, wallets, items);
    }

    private static String worst(List<String> states) {
        for (WalletState s : List.of(WalletState.FAILED, WalletState.NOT_YET, WalletState.MISMATCHED)) {
            if (states.contains(s.name())) {
                return s.name();
            }
        }
        return WalletState.CLEAN.name();
    }
}
