package cn.suanpan.cloud.testing;

import cn.suanpan.cloud.payment.gateway.CancelSignal;
import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.ChargeProgress;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A wallet for tests that behaves like a micropay wallet asking the customer for a
 * password: the charge waits for the customer until the test calls {@link #confirm} (paid)
 * or the cashier cancels (reversed); {@link #payAtOnce} makes it pay without waiting.
 * Charges and refunds are kept by their numbers, so repeating one repeats its answer.
 */
public final class TestWallet implements PaymentGateway {

    private final Wallet wallet;
    private final Duration customerWindow;
    private final Map<String, ChargeOutcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Money> paid = new ConcurrentHashMap<>();
    private final Map<String, RefundOutcome> refunds = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> confirmations = new ConcurrentHashMap<>();
    /** Every charge call, in order (a charge sent twice appears twice). */
    public final List<String> charges = new CopyOnWriteArrayList<>();
    public final List<String> reversals = new CopyOnWriteArrayList<>();
    private volatile boolean payAtOnce;

    public TestWallet(Wallet wallet, Duration customerWindow) {
        this.wallet = wallet;
        this.customerWindow = customerWindow;
    }

    public TestWallet payAtOnce(boolean atOnce) {
        this.payAtOnce = atOnce;
        return this;
    }

    @Override
    public Wallet wallet() {
        return wallet;
    }

    /** The customer confirms on the phone. */
    public void confirm(String outTradeNo) {
        latch(outTradeNo).countDown();
    }

    private CountDownLatch latch(String outTradeNo) {
        return confirmations.computeIfAbsent(outTradeNo, k -> new CountDownLatch(1));
    }

    /** Marks an order paid at the wallet without a charge call (a payment whose answer was lost). */
    public void paidBehindTheScenes(String outTradeNo, Money amount) {
        paid.put(outTradeNo, amount);
    }

    public boolean isPaid(String outTradeNo) {
        return paid.containsKey(outTradeNo);
    }

    public Map<String, RefundOutcome> refunds() {
        return refunds;
    }

    @Override
    public ChargeOutcome charge(Charge charge, ChargeProgress progress, CancelSignal cancel) {
        charges.add(charge.outTradeNo());
        ChargeOutcome known = outcomes.get(charge.outTradeNo());
        if (known != null) {
            return known;
        }
        if (!payAtOnce) {
            Instant until = Instant.now().plus(customerWindow);
            CountDownLatch confirmed = latch(charge.outTradeNo());
            while (confirmed.getCount() > 0) {
                Duration left = Duration.between(Instant.now(), until);
                if (left.isNegative()) {
                    return finish(charge, new ChargeOutcome.Reversed("payment.reversed.cancelled"));
                }
                progress.waitingForCustomer(left);
                if (cancel.pause(Duration.ofMillis(100)) && confirmed.getCount() > 0) {
                    reversals.add(charge.outTradeNo());
                    return finish(charge, new ChargeOutcome.Reversed("payment.reversed.cancelled"));
                }
            }
        }
        paid.put(charge.outTradeNo(), charge.amount());
        return finish(charge, new ChargeOutcome.Paid("4200" + charge.outTradeNo().replace("-", "").substring(0, 24), Instant.now(),
                charge.amount()));
    }

    private ChargeOutcome finish(Charge charge, ChargeOutcome outcome) {
        outcomes.put(charge.outTradeNo(), outcome);
        return outcome;
    }

    @Override
    public ChargeOutcome settle(Charge charge, CancelSignal cancel) {
        if (paid.containsKey(charge.outTradeNo())) {
            return new ChargeOutcome.Paid("4200" + charge.outTradeNo().replace("-", "").substring(0, 24), Instant.now(),
                    paid.get(charge.outTradeNo()));
        }
        reversals.add(charge.outTradeNo());
        return finish(charge, new ChargeOutcome.Reversed("payment.reversed.notCharged"));
    }

    @Override
    public RefundOutcome refund(Refund refund) {
        return refunds.computeIfAbsent(refund.outRefundNo(), k -> paid.containsKey(refund.outTradeNo())
                ? new RefundOutcome.Refunded("RF" + k.substring(0, 8), refund.amount())
                : new RefundOutcome.Rejected("NOT_PAID", "payment.refund.notPaid"));
    }
}
