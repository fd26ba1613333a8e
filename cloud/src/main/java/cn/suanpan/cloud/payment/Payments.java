package cn.suanpan.cloud.payment;

import cn.suanpan.cloud.payment.member.MemberCodes;
import cn.suanpan.cloud.payment.reconcile.DailyReconciliation;

/** The payment parts the HTTP routes use. */
public record Payments(PaymentService service, MemberCodes memberCodes, DailyReconciliation reconciliation) {
}
