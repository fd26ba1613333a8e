package cn.suanpan.paysim.state;

import java.time.Instant;

/** A refund the wallet made; a reverse or cancel of a paid order is one too, numbered {@code REVOKE-…}. */
public record SimRefund(String outRefundNo, String refundId, long amountFen, Instant at) {
}
