package cn.suanpan.cloud.payment.wechat;

import cn.suanpan.cloud.payment.gateway.CancelSignal;
import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.ChargeProgress;
import cn.suanpan.cloud.payment.gateway.GatewayUnavailable;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.cloud.payment.reconcile.Bill;
import cn.suanpan.cloud.payment.reconcile.BillSource;
import cn.suanpan.cloud.payment.reconcile.WeChatBillParser;
import cn.suanpan.cloud.payment.wire.WalletTime;
import cn.suanpan.cloud.payment.wire.NoAnswer;
import cn.suanpan.cloud.payment.wire.Sleeper;
import cn.suanpan.cloud.payment.wire.UndoReason;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeChat Pay payment codes (付款码支付) with the wallet's documented rules:
 * <ul>
 *   <li>micropay SUCCESS: paid;</li>
 *   <li>SYSTEMERROR, BANKERROR or no answer: query at once;</li>
 *   <li>USERPAYING: the customer is entering the password — query every few seconds up to
 *       {@link WeChatConfig#waitForCustomer()}, or until the cashier cancels;</li>
 *   <li>then reverse (撤销), again while the answer says {@code recall=Y}, querying after every
 *       reverse; if the order turns out paid after all (the payment overtook the reverse),
 *       refund it, so that the customer is never left charged for a sale that did not
 *       complete;</li>
 *   <li>a definitive error (expired or used code, no balance, …): failed, nothing charged.</li>
 * </ul>
 * ORDERPAID is the one "error" that means success: our order number is the terminal's
 * intent id, so a repeated micropay for a paid intent is answered that way.
 *
 * <p>The day's bill comes from downloadbill: "No Bill Exist" is a day without trades,
 * "Bill Creating" a bill not made yet (WeChat Pay makes them from 9:00 the next morning).
 */
public final class WeChatGateway implements PaymentGateway, BillSource {

    private static final Logger log = LoggerFactory.getLogger(WeChatGateway.class);
    private static final DateTimeFormatter TIME_END = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final WeChatConfig config;
    private final WeChatClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    public WeChatGateway(WeChatConfig config, Clock clock, Sleeper sleeper) {
        this.config = config;
        this.client = new WeChatClient(config);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public Wallet wallet() {
        return Wallet.WECHAT;
    }

    @Override
    public ChargeOutcome charge(Charge charge, ChargeProgress progress, CancelSignal cancel) {
        Instant start = clock.instant();
        WeChatReply reply;
        try {
            reply = client.micropay(charge);
        } catch (NoAnswer e) {
            if (!e.sent()) {
                throw new GatewayUnavailable("WeChat Pay cannot be reached", e);
            }
            log.warn("micropay {}: no answer ({}), querying", charge.outTradeNo(), e.getMessage());
            return afterUncertain(charge, progress, cancel, start, UndoReason.providerError("NOANSWER"));
        }
        if (reply.ok()) {
            return paid(reply, charge);
        }
        String err = reply.errCode();
        return switch (err) {
            case "USERPAYING" -> waitForCustomer(charge, progress, cancel, start);
            case "SYSTEMERROR", "BANKERROR", "ORDERPAID" -> afterUncertain(charge, progress, cancel, start,
                    UndoReason.providerError(err));
            default -> {
                log.info("micropay {} refused: {} {}", charge.outTradeNo(), err, reply.message());
                yield new ChargeOutcome.Failed(err, WeChatErrors.chargeKey(err));
            }
        };
    }

    @Override
    public ChargeOutcome settle(Charge charge, CancelSignal cancel) {
        WeChatReply q;
        try {
            q = client.orderQuery(charge.outTradeNo());
        } catch (NoAnswer e) {
            throw new GatewayUnavailable("WeChat Pay cannot be reached to settle " + charge.outTradeNo(), e);
        }
        if (q.refused()) {
            throw new GatewayUnavailable("WeChat Pay refused the query: " + q.message(), null);
        }
        String state = q.ok() ? q.get("trade_state") : q.errCode();
        return switch (state) {
            case "SUCCESS" -> paid(q, charge);
            case "REFUND" -> paidOrRefunded(q, charge);
            case "PAYERROR" -> new ChargeOutcome.Failed("PAYERROR", WeChatErrors.chargeKey("PAYERROR"));
            case "REVOKED", "CLOSED" -> UndoReason.UNFINISHED.outcome();
            default -> reverseAndConclude(charge, UndoReason.UNFINISHED);
        };
    }

    /** After an answer that leaves the outcome open: one query decides how to go on. */
    private ChargeOutcome afterUncertain(Charge charge, ChargeProgress progress, CancelSignal cancel, Instant start,
                                         UndoReason reason) {
        WeChatReply q = query(charge.outTradeNo());
        String state = q == null ? "NOANSWER" : q.ok() ? q.get("trade_state") : q.errCode();
        return switch (state) {
            case "SUCCESS" -> paid(q, charge);
            case "REFUND" -> paidOrRefunded(q, charge);
            case "USERPAYING" -> waitForCustomer(charge, progress, cancel, start);
            case "PAYERROR" -> new ChargeOutcome.Failed("PAYERROR", WeChatErrors.chargeKey("PAYERROR"));
            default -> reverseAndConclude(charge, reason);
        };
    }

    /** The customer is confirming on the phone: query until paid, the time is up, or the cashier cancels. */
    private ChargeOutcome waitForCustomer(Charge charge, ChargeProgress progress, CancelSignal cancel, Instant start) {
        Instant deadline = start.plus(config.waitForCustomer());
        while (true) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return reverseAndConclude(charge, UndoReason.TIMEOUT);
            }
            progress.waitingForCustomer(left);
            Duration wait = config.queryInterval().compareTo(left) < 0 ? config.queryInterval() : left;
            if (cancel.cancelled() || cancel.pause(wait)) {
                return reverseAndConclude(charge, UndoReason.CANCELLED);
            }
            WeChatReply q = query(charge.outTradeNo());
            if (q == null || !q.ok()) {
                continue;
            }
            switch (q.get("trade_state")) {
                case "SUCCESS" -> {
                    return paid(q, charge);
                }
                case "REFUND" -> {
                    return paidOrRefunded(q, charge);
                }
                case "PAYERROR" -> {
                    return new ChargeOutcome.Failed("PAYERROR", WeChatErrors.chargeKey("PAYERROR"));
                }
                case "REVOKED", "CLOSED" -> {
                    return reverseAndConclude(charge, UndoReason.CANCELLED);
                }
                default -> {
                    // USERPAYING, NOTPAY: still waiting
                }
            }
        }
    }

    private enum ReverseAnswer { DONE, RECALL, NO_ANSWER, REFUSED }

    /**
     * Reverses until WeChat Pay confirms, querying after every reverse. Keeps going through
     * lost answers for {@link WeChatConfig#maxRounds()} rounds; past that the outcome is
     * truly unknown and the caller must {@link #settle} later.
     */
    private ChargeOutcome reverseAndConclude(Charge charge, UndoReason reason) {
        for (int round = 1; ; round++) {
            ReverseAnswer reverse = reverse(charge.outTradeNo());
            WeChatReply q = query(charge.outTradeNo());
            if (q != null) {
                String state = q.ok() ? q.get("trade_state") : q.errCode();
                switch (state) {
                    case "SUCCESS" -> {
                        return refundPaidAfterAll(charge, q);
                    }
                    case "REFUND" -> {
                        return paidOrRefunded(q, charge);
                    }
                    case "PAYERROR" -> {
                        return new ChargeOutcome.Failed("PAYERROR", WeChatErrors.chargeKey("PAYERROR"));
                    }
                    case "REVOKED", "CLOSED", "ORDERNOTEXIST" -> {
                        return reason.outcome();
                    }
                    case "NOTPAY" -> {
                        if (reverse == ReverseAnswer.DONE || reverse == ReverseAnswer.REFUSED) {
                            return reason.outcome();
                        }
                    }
                    default -> {
                        // USERPAYING after a reverse, or a query error: reverse again
                    }
                }
            }
            if (round >= config.maxRounds()) {
                throw new GatewayUnavailable("WeChat Pay did not confirm the reverse of " + charge.outTradeNo()
                        + "; settle it later", null);
            }
            sleeper.sleep(config.retryPause());
        }
    }

    private ReverseAnswer reverse(String outTradeNo) {
        try {
            WeChatReply r = client.reverse(outTradeNo);
            if (r.ok()) {
                return "Y".equals(r.get("recall")) ? ReverseAnswer.RECALL : ReverseAnswer.DONE;
            }
            if ("Y".equals(r.get("recall"))) {
                return ReverseAnswer.RECALL;
            }
            if (r.refused()) {
                log.error("reverse {} refused: {}", outTradeNo, r.message());
                return ReverseAnswer.NO_ANSWER;
            }
            log.info("reverse {}: {} {}", outTradeNo, r.errCode(), r.message());
            return ReverseAnswer.REFUSED;
        } catch (NoAnswer e) {
            log.warn("reverse {}: no answer ({})", outTradeNo, e.getMessage());
            return ReverseAnswer.NO_ANSWER;
        }
    }

    /** The customer's payment overtook our reverse: give it all back. */
    private ChargeOutcome refundPaidAfterAll(Charge charge, WeChatReply q) {
        Money total = Money.ofFen(Long.parseLong(q.get("total_fee")));
        RefundOutcome r = refund(new Refund(charge.outTradeNo(), charge.outTradeNo() + "-R", total, total,
                "payment completed after it was called off"));
        if (r instanceof RefundOutcome.Refunded) {
            log.warn("{} was paid after its reverse; refunded in full", charge.outTradeNo());
            return new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded");
        }
        // cannot give it back: then the customer did pay, and the sale must say so
        log.error("{} was paid after its reverse and the refund was refused: {}", charge.outTradeNo(), r);
        return paid(q, charge);
    }

    /** trade_state REFUND: paid, then refunded in part or whole. */
    private ChargeOutcome paidOrRefunded(WeChatReply q, Charge charge) {
        long total = Long.parseLong(q.get("total_fee"));
        try {
            WeChatReply refunds = client.refundQuery(charge.outTradeNo());
            if (refunds.ok() && refundedFen(refunds) >= total) {
                return new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded");
            }
        } catch (NoAnswer e) {
            throw new GatewayUnavailable("WeChat Pay did not list the refunds of " + charge.outTradeNo(), e);
        }
        return paid(q, charge);
    }

    private static long refundedFen(WeChatReply refunds) {
        int count = Integer.parseInt(refunds.fields().getOrDefault("refund_count", "0"));
        long sum = 0;
        for (int i = 0; i < count; i++) {
            String status = refunds.get("refund_status_" + i);
            if (!"REFUNDCLOSE".equals(status)) {
                sum += Long.parseLong(refunds.get("refund_fee_" + i));
            }
        }
        return sum;
    }

    private WeChatReply query(String outTradeNo) {
        try {
            WeChatReply q = client.orderQuery(outTradeNo);
            return q.refused() ? null : q;
        } catch (NoAnswer e) {
            log.warn("orderquery {}: no answer ({})", outTradeNo, e.getMessage());
            return null;
        }
    }

    private ChargeOutcome.Paid paid(WeChatReply r, Charge charge) {
        String timeEnd = r.get("time_end");
        Instant at = WalletTime.paidAt(timeEnd, TIME_END, clock);
        String fee = r.get("total_fee");
        Money amount = fee == null ? charge.amount() : Money.ofFen(Long.parseLong(fee));
        return new ChargeOutcome.Paid(r.get("transaction_id"), at, amount);
    }

    @Override
    public RefundOutcome refund(Refund refund) {
        // the refunds made so far: a repeat of ours returns it, and the total is checked before asking
        try {
            WeChatReply listed = client.refundQuery(refund.outTradeNo());
            if (listed.ok()) {
                int count = Integer.parseInt(listed.fields().getOrDefault("refund_count", "0"));
                for (int i = 0; i < count; i++) {
                    if (refund.outRefundNo().equals(listed.get("out_refund_no_" + i))) {
                        return new RefundOutcome.Refunded(listed.get("refund_id_" + i),
                                Money.ofFen(Long.parseLong(listed.get("refund_fee_" + i))));
                    }
                }
                if (refundedFen(listed) + refund.amount().fen() > refund.total().fen()) {
                    return new RefundOutcome.Rejected("LIMIT", WeChatErrors.refundKey("LIMIT"));
                }
            }
        } catch (NoAnswer e) {
            log.warn("refundquery {}: no answer ({}); the wallet checks the limits itself", refund.outTradeNo(),
                    e.getMessage());
        }
        NoAnswer last = null;
        for (int attempt = 1; attempt <= config.maxRounds(); attempt++) {
            try {
                WeChatReply r = client.refund(refund);
                if (r.ok()) {
                    return new RefundOutcome.Refunded(r.get("refund_id"), Money.ofFen(Long.parseLong(r.get("refund_fee"))));
                }
                String err = r.errCode();
                if (!err.equals("SYSTEMERROR") && !err.equals("BIZERR_NEED_RETRY") && !err.equals("FREQUENCY_LIMITED")) {
                    log.info("refund {} refused: {} {}", refund.outRefundNo(), err, r.message());
                    return new RefundOutcome.Rejected(err, WeChatErrors.refundKey(err));
                }
            } catch (NoAnswer e) {
                last = e;
                if (!e.sent() && attempt == 1) {
                    throw new GatewayUnavailable("WeChat Pay cannot be reached", e);
                }
            }
            sleeper.sleep(config.retryPause());
        }
        throw new GatewayUnavailable("WeChat Pay did not confirm refund " + refund.outRefundNo() + "; try again", last);
    }

    @Override
    public Bill bill(LocalDate day) {
        WeChatClient.DownloadedBill answer;
        try {
            answer = client.downloadBill(day);
        } catch (NoAnswer e) {
            throw new GatewayUnavailable("WeChat Pay did not give the bill of " + day + ": " + e.getMessage(), e);
        }
        if (answer.text() != null) {
            return new Bill.Lines(WeChatBillParser.parse(answer.text()));
        }
        return switch (answer.refusal()) {
            case "No Bill Exist" -> new Bill.NoTrades();
            case "Bill Creating" -> new Bill.NotYet("WeChat Pay: Bill Creating");
            default -> throw new GatewayUnavailable("WeChat Pay refused the bill of " + day + ": " + answer.refusal(), null);
        };
    }
}
