package cn.suanpan.cloud.payment;

import cn.suanpan.cloud.payment.member.MemberCodes;

/** The payment parts the HTTP routes use. */
public record Payments(PaymentService service, MemberCodes memberCodes) {
}
