package cn.suanpan.cloud.payment.unionpay;

import cn.suanpan.cloud.payment.gateway.CancelSignal;
import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.ChargeProgress;
import cn.suanpan.cloud.payment.gateway.GatewayUnavailable;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.cloud.payment.reconcile.Bill;
import cn.suanpan.cloud.payment.reconcile.BillFormatException;
import cn.suanpan.cloud.payment.reconcile.BillSource;
import cn.suanpan.cloud.payment.reconcile.UnionPayBillParser;
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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumer-presented QR payments (被扫) through a UnionPay acquirer, for UnionPay (云闪付)
 * or e-CNY (数字人民币) codes — one gateway per merchant, the same rules for both:
 * <ul>
 *   <li>respCode 00: paid;</li>
 *   <li>03, 04, 05 or no answer: in doubt — query by orderId and txnTime every
 *       {@link UnionPayConfig#queryInterval()} up to {@link UnionPayConfig#waitForCustomer()}
 *       (or until the cashier cancels), then reverse; a query that finds no such
 *       transaction (34) after an answer in doubt means the consume never got through:
 *       it is reversed at once, which also closes the orderId against a late copy;</li>
 *   <li>12 (duplicate: our own orderId again): the query says what became of it;</li>
 *   <li>anything else: failed, nothing charged.</li>
 * </ul>
 * The reverse (冲正) is repeated while it is in doubt or unanswered, and followed by a
 * query; a payment that overtook it is refunded at once ({@code <intent>-R}).
 *
 * <p>The day's bill is the merchant's settlement file (对账文件) from the acquirer's file
 * transfer: respCode 98 (文件不存在) is a file not made yet, and the file read by
 * {@link UnionPayBillParser}; each of the two merchants has a file of its own.
 */
public final class UnionPayGateway implements PaymentGateway, BillSource {

    private static final Logger log = LoggerFactory.getLogger(UnionPayGateway.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String AUTOMATIC_REFUND = "-R";

    private final UnionPayConfig config;
    private final UnionPayClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    public UnionPayGateway(UnionPayConfig config, Clock clock, Sleeper sleeper) {
        this.config = config;
        this.client = new UnionPayClient(config, clock);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public Wallet wallet() {
        return config.wallet();
    }

    @Override
    public ChargeOutcome charge(Charge charge, ChargeProgress progress, CancelSignal cancel) {
        Instant start = clock.instant();
        Optional<String> txnTime = UnionPayNumbers.txnTime(charge.outTradeNo());
        if (txnTime.isEmpty()) {
            log.error("{}: {} is no UUIDv7, so it has no stable txnTime; not sent", config.wallet(), charge.outTradeNo());
            return new ChargeOutcome.Failed("ORDER_ID", UnionPayErrors.chargeKey("ORDER_ID"));
        }
        UnionPayReply reply;
        try {
            reply = client.consume(charge, txnTime.get());
        } catch (NoAnswer e) {
            if (!e.sent()) {
                throw new GatewayUnavailable(config.wallet() + " acquirer cannot be reached", e);
            }
            log.warn("consume {}: no answer ({}), querying", charge.outTradeNo(), e.getMessage());
            return follow(charge, progress, cancel, start, true, "NOANSWER");
        }
        String code = reply.respCode();
        if (reply.ok()) {
            return paid(reply, charge);
        }
        if (UnionPayReply.inDoubt(code)) {
            // 05: accepted, the customer is confirming — wait before the first query; 03/04: ask at once
            return follow(charge, progress, cancel, start, !"05".equals(code), code);
        }
        if ("12".equals(code)) {
            return duplicate(charge, progress, cancel, start);
        }
        log.info("consume {} refused: {} {}", charge.outTradeNo(), code, reply.message());
        return new ChargeOutcome.Failed(code, UnionPayErrors.chargeKey(code));
    }

    /** Our own orderId again: the query tells whether it is paid, pending, or closed for good. */
    private ChargeOutcome duplicate(Charge charge, ChargeProgress progress, CancelSignal cancel, Instant start) {
        UnionPayReply q = query(charge);
        if (q != null && q.ok()) {
            if ("00".equals(q.origRespCode())) {
                return paidUnlessGivenBack(q, charge);
            }
            if (UnionPayReply.inDoubt(q.origRespCode())) {
                return follow(charge, progress, cancel, start, false, "12");
            }
            return new ChargeOutcome.Failed("12", "payment.failed.orderClosed");
        }
        return follow(charge, progress, cancel, start, false, "12");
    }

    /**
     * Queries every interval until the consume is paid or failed, the time is up or the
     * cashier cancels; the last two reverse it.
     */
    private ChargeOutcome follow(Charge charge, ChargeProgress progress, CancelSignal cancel, Instant start,
                                 boolean queryFirst, String doubt) {
        Instant deadline = start.plus(config.waitForCustomer());
        boolean ask = queryFirst;
        while (true) {
            if (ask) {
                UnionPayReply q = query(charge);
                if (q != null) {
                    if ("34".equals(q.respCode())) {
                        log.info("{}: the acquirer has no such consume after {}; reversing", charge.outTradeNo(), doubt);
                        return reverseAndConclude(charge, UndoReason.providerError(doubt));
                    }
                    if (q.ok()) {
                        String orig = q.origRespCode();
                        if ("00".equals(orig)) {
                            return paid(q, charge);
                        }
                        if (!UnionPayReply.inDoubt(orig)) {
                            log.info("consume {} failed: {} {}", charge.outTradeNo(), orig, q.get("origRespMsg"));
                            return new ChargeOutcome.Failed(orig, UnionPayErrors.chargeKey(orig));
                        }
                    }
                    // still in doubt, or the query itself was refused for now: keep asking
                }
            }
            ask = true;
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return reverseAndConclude(charge, UndoReason.TIMEOUT);
            }
            progress.waitingForCustomer(left);
            Duration wait = config.queryInterval().compareTo(left) < 0 ? config.queryInterval() : left;
            if (cancel.cancelled() || cancel.pause(wait)) {
                return reverseAndConclude(charge, UndoReason.CANCELLED);
            }
        }
    }

    @Override
    public ChargeOutcome settle(Charge charge, CancelSignal cancel) {
        Optional<String> txnTime = UnionPayNumbers.txnTime(charge.outTradeNo());
        if (txnTime.isEmpty()) {
            // such a number is never sent (see charge): nothing can be charged under it
            return UndoReason.UNFINISHED.outcome();
        }
        UnionPayReply q;
        try {
            q = client.query(UnionPayNumbers.orderId(charge.outTradeNo()), txnTime.get());
        } catch (NoAnswer e) {
            throw new GatewayUnavailable(config.wallet() + " acquirer cannot be reached to settle " + charge.outTradeNo(), e);
        }
        if ("34".equals(q.respCode())) {
            return reverseAndConclude(charge, UndoReason.UNFINISHED);
        }
        if (!q.ok()) {
            throw new GatewayUnavailable("the acquirer could not answer for " + charge.outTradeNo() + ": " + q.respCode(), null);
        }
        String orig = q.origRespCode();
        if ("00".equals(orig)) {
            return paidUnlessGivenBack(q, charge);
        }
        if (UnionPayReply.inDoubt(orig)) {
            return reverseAndConclude(charge, UndoReason.UNFINISHED);
        }
        if ("01".equals(orig)) {
            return q.get("payTime") != null ? new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded")
                    : UndoReason.UNFINISHED.outcome();
        }
        return new ChargeOutcome.Failed(orig, UnionPayErrors.chargeKey(orig));
    }

    /**
     * A paid consume, unless this gateway already gave it back with its automatic refund
     * (a payment that overtook its reverse, settled again after a crash).
     */
    private ChargeOutcome paidUnlessGivenBack(UnionPayReply q, Charge charge) {
        Refund automatic = automaticRefund(charge.outTradeNo(), charge.amount());
        try {
            UnionPayReply r = client.query(UnionPayNumbers.orderId(automatic.outRefundNo()),
                    refundTxnTime(automatic).orElseThrow());
            if (r.ok() && "00".equals(r.origRespCode())) {
                return new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded");
            }
        } catch (NoAnswer e) {
            throw new GatewayUnavailable("the acquirer cannot be reached to settle " + charge.outTradeNo(), e);
        }
        return paid(q, charge);
    }

    private enum ReverseAnswer { DONE, RETRY, REFUSED }

    /** Reverses until the acquirer confirms, then queries to learn what stayed of the consume. */
    private ChargeOutcome reverseAndConclude(Charge charge, UndoReason reason) {
        String orderId = UnionPayNumbers.orderId(charge.outTradeNo());
        String txnTime = UnionPayNumbers.txnTime(charge.outTradeNo()).orElseThrow();
        for (int round = 1; ; round++) {
            ReverseAnswer answer = reverse(orderId, txnTime);
            if (answer != ReverseAnswer.RETRY) {
                UnionPayReply q = query(charge);
                if (q != null) {
                    if ("34".equals(q.respCode())) {
                        return reason.outcome();
                    }
                    if (q.ok()) {
                        String orig = q.origRespCode();
                        if ("00".equals(orig)) {
                            return refundPaidAfterAll(charge, q);
                        }
                        if (!UnionPayReply.inDoubt(orig)) {
                            return q.get("payTime") != null ? new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded")
                                    : reason.outcome();
                        }
                    }
                    // still pending after the reverse, or the query was refused: reverse again
                }
            }
            if (round >= config.maxRounds()) {
                throw new GatewayUnavailable("the acquirer did not confirm the reverse of " + charge.outTradeNo()
                        + "; settle it later", null);
            }
            sleeper.sleep(config.retryPause());
        }
    }

    private ReverseAnswer reverse(String orderId, String txnTime) {
        try {
            UnionPayReply r = client.reverse(orderId, txnTime);
            if (r.ok()) {
                return ReverseAnswer.DONE;
            }
            if (UnionPayReply.inDoubt(r.respCode()) || "06".equals(r.respCode())) {
                return ReverseAnswer.RETRY;
            }
            log.info("reverse {}: {} {}", orderId, r.respCode(), r.message());
            return ReverseAnswer.REFUSED;
        } catch (NoAnswer e) {
            log.warn("reverse {}: no answer ({})", orderId, e.getMessage());
            return ReverseAnswer.RETRY;
        }
    }

    private ChargeOutcome refundPaidAfterAll(Charge charge, UnionPayReply q) {
        Money total = q.get("txnAmt") == null ? charge.amount() : Money.ofFen(Long.parseLong(q.get("txnAmt")));
        RefundOutcome r = refund(automaticRefund(charge.outTradeNo(), total));
        if (r instanceof RefundOutcome.Refunded) {
            log.warn("{} was paid after its reverse; refunded in full", charge.outTradeNo());
            return new ChargeOutcome.Reversed("payment.reversed.paidThenRefunded");
        }
        log.error("{} was paid after its reverse and the refund was refused: {}", charge.outTradeNo(), r);
        return paid(q, charge);
    }

    private static Refund automaticRefund(String outTradeNo, Money total) {
        return new Refund(outTradeNo, outTradeNo + AUTOMATIC_REFUND, total, total, "payment completed after it was called off");
    }

    private UnionPayReply query(Charge charge) {
        try {
            return client.query(UnionPayNumbers.orderId(charge.outTradeNo()),
                    UnionPayNumbers.txnTime(charge.outTradeNo()).orElseThrow());
        } catch (NoAnswer e) {
            log.warn("query {}: no answer ({})", charge.outTradeNo(), e.getMessage());
            return null;
        }
    }

    private ChargeOutcome.Paid paid(UnionPayReply r, Charge charge) {
        String when = r.get("payTime");
        Instant at = WalletTime.paidAt(when, TIME, clock);
        String amount = r.get("txnAmt");
        return new ChargeOutcome.Paid(r.get("queryId"), at,
                amount == null || !amount.matches("\\d{1,12}") ? charge.amount() : Money.ofFen(Long.parseLong(amount)));
    }

    /** A refund is sent at the time its number was made if it is a UUIDv7, else at its charge's. */
    private static Optional<String> refundTxnTime(Refund refund) {
        return UnionPayNumbers.txnTime(refund.outRefundNo()).or(() -> UnionPayNumbers.txnTime(refund.outTradeNo()));
    }

    @Override
    public RefundOutcome refund(Refund refund) {
        Optional<String> txnTime = refundTxnTime(refund);
        Optional<String> origTxnTime = UnionPayNumbers.txnTime(refund.outTradeNo());
        if (txnTime.isEmpty() || origTxnTime.isEmpty()) {
            return new RefundOutcome.Rejected("ORDER_ID", "payment.refund.notPaid");
        }
        String refundOrderId = UnionPayNumbers.orderId(refund.outRefundNo());
        NoAnswer last = null;
        for (int attempt = 1; attempt <= config.maxRounds(); attempt++) {
            try {
                UnionPayReply r = client.refund(refund, txnTime.get(), origTxnTime.get());
                if (r.ok()) {
                    return new RefundOutcome.Refunded(r.get("queryId"), refund.amount());
                }
                String code = r.respCode();
                if (!UnionPayReply.inDoubt(code) && !"12".equals(code) && !"06".equals(code)) {
                    log.info("refund {} refused: {} {}", refund.outRefundNo(), code, r.message());
                    return new RefundOutcome.Rejected(code, UnionPayErrors.refundKey(code));
                }
            } catch (NoAnswer e) {
                last = e;
                if (!e.sent() && attempt == 1) {
                    throw new GatewayUnavailable(config.wallet() + " acquirer cannot be reached", e);
                }
            }
            // in doubt, a duplicate of ours, or lost: ask before asking again (the same orderId is safe either way)
            try {
                UnionPayReply q = client.query(refundOrderId, txnTime.get());
                if (q.ok() && "00".equals(q.origRespCode())) {
                    String amount = q.get("txnAmt");
                    return new RefundOutcome.Refunded(q.get("queryId"),
                            amount == null ? refund.amount() : Money.ofFen(Long.parseLong(amount)));
                }
            } catch (NoAnswer e) {
                last = e;
            }
            sleeper.sleep(config.retryPause());
        }
        throw new GatewayUnavailable("the acquirer did not confirm refund " + refund.outRefundNo() + "; try again", last);
    }

    @Override
    public Bill bill(LocalDate day) {
        UnionPayReply reply;
        try {
            reply = client.settlementFile(day);
        } catch (NoAnswer e) {
            throw new GatewayUnavailable(config.wallet() + " acquirer did not give the settlement file of " + day + ": "
                    + e.getMessage(), e);
        }
        if ("98".equals(reply.respCode())) {
            return new Bill.NotYet(config.wallet() + ": " + reply.respCode() + " " + reply.message());
        }
        if (!reply.ok()) {
            throw new GatewayUnavailable(config.wallet() + " acquirer refused the settlement file of " + day + ": "
                    + reply.respCode() + " " + reply.message(), null);
        }
        String content = reply.get("fileContent");
        if (content == null) {
            throw new BillFormatException("the settlement file of " + day + " came without its content");
        }
        byte[] file;
        try {
            file = Base64.getMimeDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw new BillFormatException("the settlement file of " + day + " is not base64", e);
        }
        return new Bill.Lines(UnionPayBillParser.parse(config.wallet(), config.merId(), day,
                new String(file, StandardCharsets.UTF_8)));
    }
}
