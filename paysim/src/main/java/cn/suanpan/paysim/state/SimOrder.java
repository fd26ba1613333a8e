package cn.suanpan.paysim.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One merchant order as the wallet keeps it. Immutable: every change is a new snapshot,
 * which is what the journal appends.
 */
public record SimOrder(String wallet, String outTradeNo, String txnId, String authCode, long totalFen, String subject,
                       Instant createdAt, Status status, Instant confirmAt, Instant paidAt, Instant closedAt,
                       Scenario scenario, int retriesLeft, List<SimRefund> refunds) {

    public enum Status {
        /** Waiting for the customer's password. */
        USERPAYING,
        /** Created, nothing paid (after a system error). */
        NOTPAY,
        SUCCESS,
        /** The bank refused. */
        PAYERROR,
        /** Reversed or cancelled before anything was paid. */
        CLOSED,
        /** Reversed or cancelled after it was paid: the money went back. */
        REVOKED
    }

    public SimOrder {
        refunds = List.copyOf(refunds);
    }

    public String key() {
        return wallet + "/" + outTradeNo;
    }

    /** The order as it stands at {@code now}: a customer who confirmed meanwhile has paid. */
    public SimOrder at(Instant now) {
        if (status == Status.USERPAYING && confirmAt != null && !now.isBefore(confirmAt)) {
            return new SimOrder(wallet, outTradeNo, txnId, authCode, totalFen, subject, createdAt, Status.SUCCESS,
                    confirmAt, confirmAt, closedAt, scenario, retriesLeft, refunds);
        }
        return this;
    }

    public SimOrder withStatus(Status s, Instant paid, Instant closed) {
        return new SimOrder(wallet, outTradeNo, txnId, authCode, totalFen, subject, createdAt, s, confirmAt, paid, closed,
                scenario, retriesLeft, refunds);
    }

    public SimOrder withRetriesLeft(int n) {
        return new SimOrder(wallet, outTradeNo, txnId, authCode, totalFen, subject, createdAt, status, confirmAt, paidAt,
                closedAt, scenario, n, refunds);
    }

    public SimOrder plusRefund(SimRefund refund) {
        List<SimRefund> all = new ArrayList<>(refunds);
        all.add(refund);
        return new SimOrder(wallet, outTradeNo, txnId, authCode, totalFen, subject, createdAt, status, confirmAt, paidAt,
                closedAt, scenario, retriesLeft, all);
    }

    public long refundedFen() {
        return refunds.stream().mapToLong(SimRefund::amountFen).sum();
    }

    public SimRefund refund(String outRefundNo) {
        return refunds.stream().filter(r -> r.outRefundNo().equals(outRefundNo)).findFirst().orElse(null);
    }

    /** Whether money ever moved: paid now, or paid and given back by a reverse. */
    public boolean everPaid() {
        return paidAt != null;
    }
}
