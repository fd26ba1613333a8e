package cn.suanpan.cloud.payment.alipay;

import cn.suanpan.cloud.payment.gateway.CancelSignal;
import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.ChargeProgress;
import cn.suanpan.cloud.payment.gateway.GatewayUnavailable;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.cloud.payment.reconcile.AlipayBillParser;
import cn.suanpan.cloud.payment.reconcile.Bill;
import cn.suanpan.cloud.payment.reconcile.BillSource;
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
 * Alipay bar-code payments (当面付, alipay.trade.pay scene=bar_code) with the documented rules:
 * <ul>
 *   <li>10000: paid;</li>
 *   <li>10003: the customer is confirming — poll trade.query every few seconds up to
 *       {@link AlipayConfig#waitForCustomer()} (or until the cashier cancels), then cancel;</li>
 *   <li>20000, ACQ.SYSTEM_ERROR or no answer: query, then cancel unless paid;</li>
 *   <li>trade.cancel is repeated while {@code retry_flag=Y}; {@code action=refund} means the
 *       trade had been paid and Alipay gave the money back; a query after the cancel catches
 *       a payment that overtook it, which is then refunded;</li>
 *   <li>40004 with a definitive sub code (code invalid, balance not enough, …): failed.</li>
 * </ul>
 * The day's trade bill: bill.downloadurl.query gives a link, valid 30 seconds, to a zip
 * holding the detail file (GBK); {@code isp.bill_not_exist} is a bill not made yet.
 */
public final class AlipayGateway implements PaymentGateway, BillSource {

    private static final Logger log = LoggerFactory.getLogger(AlipayGateway.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AlipayConfig config;
    private final AlipayClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    public AlipayGateway(AlipayConfig config, Clock clock, Sleeper sleeper) {
        this.config = config;
        this.client = new AlipayClient(config, clock);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public Wallet wallet() {
        return Wallet.ALIPAY;
    }

    @Override
    public ChargeOutcome charge(Charge charge, ChargeProgress progress, CancelSignal cancel) {
        Instant start = clock.instant();
        AlipayReply reply;
        try {
            reply = client.pay(charge);
        } catch (NoAnswer e) {
            if (!e.sent()) {
                throw new GatewayUnavailable("Alipay cannot be reached", e);
            }
            log.warn("trade.pay {}: no answer ({}), querying", charge.outTradeNo(), e.getMessage());
            return afterUncertain(charge, progress, cancel, start, UndoReason.providerError("NOANSWER"));
        }
        if (reply.ok()) {
            return paid(reply, charge);
        }
        String code = reply.code() == null ? "" : reply.code();
        return switch (code) {
            case "10003" -> waitForCustomer(charge, progress, cancel, start);
            case "20000" -> afterUncertain(charge, progress, cancel, start, UndoReason.providerError(reply.errorCode()));
            case "40004" -> switch (reply.subCode() == null ? "" : reply.subCode()) {
                case "ACQ.SYSTEM_ERROR", "ACQ.TRADE_HAS_SUCCESS" ->
                        afterUncertain(charge, progress, cancel, start, UndoReason.providerError(reply.subCode()));
                default -> {
                    log.info("trade.pay {} refused: {} {}", charge.outTradeNo(), reply.subCode(), reply.message());
                    yield new ChargeOutcome.Failed(reply.errorCode(), AlipayErrors.chargeKey(reply.errorCode()));
                }
            };
            default -> {
                log.error("trade.pay {} refused: {} {}", charge.outTradeNo(), reply.errorCode(), reply.message());
                yield new ChargeOutcome.Failed(reply.errorCode(), "payment.failed.merchantSetup");
            }
        };
    }

    @Override
    public ChargeOutcome settle(Charge charge, CancelSignal cancel) {
        AlipayReply q;
        try {
            q = client.query(charge.outTradeNo());
        } catch (NoAnswer e) {
            throw new GatewayUnavailable("Alipay cannot be reached to settle " + charge.outTradeNo(), e);
        }
        return switch (state(q)) {
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> paid(q, charge);
            case "TRADE_CLOSED" -> q.get("send_pay_date") != null
                    ? new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded")
                    : UndoReason.UNFINISHED.outcome();
            case "WAIT_BUYER_PAY", "ACQ.TRADE_NOT_EXIST" -> cancelAndConclude(charge, UndoReason.UNFINISHED);
            default -> throw new GatewayUnavailable("Alipay could not answer for " + charge.outTradeNo() + ": "
                    + q.errorCode(), null);
        };
    }

    private static String state(AlipayReply q) {
        return q.ok() ? q.get("trade_status") : q.errorCode();
    }

    private ChargeOutcome afterUncertain(Charge charge, ChargeProgress progress, CancelSignal cancel, Instant start,
                                         UndoReason reason) {
        AlipayReply q = query(charge.outTradeNo());
        return switch (q == null ? "NOANSWER" : state(q)) {
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> paid(q, charge);
            case "WAIT_BUYER_PAY" -> waitForCustomer(charge, progress, cancel, start);
            default -> cancelAndConclude(charge, reason);
        };
    }

    private ChargeOutcome waitForCustomer(Charge charge, ChargeProgress progress, CancelSignal cancel, Instant start) {
        Instant deadline = start.plus(config.waitForCustomer());
        while (true) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return cancelAndConclude(charge, UndoReason.TIMEOUT);
            }
            progress.waitingForCustomer(left);
            Duration wait = config.queryInterval().compareTo(left) < 0 ? config.queryInterval() : left;
            if (cancel.cancelled() || cancel.pause(wait)) {
                return cancelAndConclude(charge, UndoReason.CANCELLED);
            }
            AlipayReply q = query(charge.outTradeNo());
            if (q == null) {
                continue;
            }
            switch (state(q)) {
                case "TRADE_SUCCESS", "TRADE_FINISHED" -> {
                    return paid(q, charge);
                }
                case "TRADE_CLOSED" -> {
                    return cancelAndConclude(charge, UndoReason.CANCELLED);
                }
                default -> {
                    // WAIT_BUYER_PAY, or a query error: still waiting
                }
            }
        }
    }

    private enum CancelAnswer { CLOSED, REFUNDED, RETRY, REFUSED }

    /**
     * Cancels until Alipay confirms (repeating while it answers retry_flag=Y or nothing),
     * then queries to learn what stayed of the trade.
     */
    private ChargeOutcome cancelAndConclude(Charge charge, UndoReason reason) {
        boolean refundedByCancel = false;
        for (int round = 1; ; round++) {
            CancelAnswer answer = cancel(charge.outTradeNo());
            refundedByCancel |= answer == CancelAnswer.REFUNDED;
            if (answer != CancelAnswer.RETRY) {
                AlipayReply q = query(charge.outTradeNo());
                if (q != null) {
                    switch (state(q)) {
                        case "TRADE_SUCCESS", "TRADE_FINISHED" -> {
                            return refundPaidAfterAll(charge, q);
                        }
                        case "TRADE_CLOSED" -> {
                            return refundedByCancel || q.get("send_pay_date") != null
                                    ? new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded")
                                    : reason.outcome();
                        }
                        case "ACQ.TRADE_NOT_EXIST" -> {
                            return reason.outcome();
                        }
                        default -> {
                            // still waiting for the buyer after a cancel, or the query failed: cancel again
                        }
                    }
                }
            }
            if (round >= config.maxRounds()) {
                throw new GatewayUnavailable("Alipay did not confirm the cancel of " + charge.outTradeNo()
                        + "; settle it later", null);
            }
            sleeper.sleep(config.retryPause());
        }
    }

    private CancelAnswer cancel(String outTradeNo) {
        try {
            AlipayReply r = client.cancel(outTradeNo);
            if ("Y".equals(r.get("retry_flag"))) {
                return CancelAnswer.RETRY;
            }
            if (r.ok()) {
                return "refund".equals(r.get("action")) ? CancelAnswer.REFUNDED : CancelAnswer.CLOSED;
            }
            log.info("trade.cancel {}: {} {}", outTradeNo, r.errorCode(), r.message());
            return CancelAnswer.REFUSED;
        } catch (NoAnswer e) {
            log.warn("trade.cancel {}: no answer ({})", outTradeNo, e.getMessage());
            return CancelAnswer.RETRY;
        }
    }

    private ChargeOutcome refundPaidAfterAll(Charge charge, AlipayReply q) {
        Money total = Money.parse(q.get("total_amount"));
        RefundOutcome r = refund(new Refund(charge.outTradeNo(), charge.outTradeNo() + "-R", total, total,
                "payment completed after it was called off"));
        if (r instanceof RefundOutcome.Refunded) {
            log.warn("{} was paid after its cancel; refunded in full", charge.outTradeNo());
            return new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded");
        }
        log.error("{} was paid after its cancel and the refund was refused: {}", charge.outTradeNo(), r);
        return paid(q, charge);
    }

    private AlipayReply query(String outTradeNo) {
        try {
            return client.query(outTradeNo);
        } catch (NoAnswer e) {
            log.warn("trade.query {}: no answer ({})", outTradeNo, e.getMessage());
            return null;
        }
    }

    private ChargeOutcome.Paid paid(AlipayReply r, Charge charge) {
        String when = r.get("gmt_payment") != null ? r.get("gmt_payment") : r.get("send_pay_date");
        Instant at = WalletTime.paidAt(when, TIME, clock);
        String total = r.get("total_amount");
        return new ChargeOutcome.Paid(r.get("trade_no"), at, total == null ? charge.amount() : Money.parse(total));
    }

    @Override
    public RefundOutcome refund(Refund refund) {
        NoAnswer last = null;
        for (int attempt = 1; attempt <= config.maxRounds(); attempt++) {
            try {
                AlipayReply r = client.refund(refund);
                if (r.ok()) {
                    return new RefundOutcome.Refunded(refund.outRefundNo(), refund.amount());
                }
                boolean unknown = "20000".equals(r.code()) || "ACQ.SYSTEM_ERROR".equals(r.subCode());
                if (!unknown) {
                    log.info("trade.refund {} refused: {} {}", refund.outRefundNo(), r.errorCode(), r.message());
                    return new RefundOutcome.Rejected(r.errorCode(), AlipayErrors.refundKey(r.errorCode()));
                }
            } catch (NoAnswer e) {
                last = e;
                if (!e.sent() && attempt == 1) {
                    throw new GatewayUnavailable("Alipay cannot be reached", e);
                }
            }
            // the refund may have been made: ask before asking again (the same out_request_no is safe either way)
            try {
                AlipayReply q = client.refundQuery(refund.outTradeNo(), refund.outRefundNo());
                if (q.ok() && q.get("refund_amount") != null) {
                    return new RefundOutcome.Refunded(refund.outRefundNo(), Money.parse(q.get("refund_amount")));
                }
            } catch (NoAnswer e) {
                last = e;
            }
            sleeper.sleep(config.retryPause());
        }
        throw new GatewayUnavailable("Alipay did not confirm refund " + refund.outRefundNo() + "; try again", last);
    }

    /** A bill zip larger than this is refused: a shop's day is far smaller, a broken link may be anything. */
    private static final int MAX_BILL_BYTES = 64 * 1024 * 1024;

    @Override
    public Bill bill(LocalDate day) {
        try {
            AlipayReply reply = client.billDownloadUrl(day);
            if (!reply.ok()) {
                if ("isp.bill_not_exist".equals(reply.subCode())) {
                    return new Bill.NotYet("Alipay: " + reply.message());
                }
                throw new GatewayUnavailable("Alipay refused the bill of " + day + ": " + reply.errorCode() + " "
                        + reply.message(), null);
            }
            String url = reply.get("bill_download_url");
            if (url == null || url.isBlank()) {
                throw new GatewayUnavailable("Alipay gave no link to the bill of " + day, null);
            }
            return new Bill.Lines(AlipayBillParser.parseZip(client.download(url, MAX_BILL_BYTES)));
        } catch (NoAnswer e) {
            throw new GatewayUnavailable("Alipay did not give the bill of " + day + ": " + e.getMessage(), e);
        }
    }
}
