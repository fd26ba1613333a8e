package cn.suanpan.cloud.payment.reconcile;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import java.time.Instant;

/** One line of a wallet's bill, reduced to what reconciliation compares. Amounts are positive. */
public record BillLine(Wallet wallet, String outTradeNo, String providerTxnId, LedgerEntry.Kind kind, String refundNo,
                       Money amount, Instant at) {
}
