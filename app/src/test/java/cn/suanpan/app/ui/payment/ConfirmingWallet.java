package cn.suanpan.app.ui.payment;

import cn.suanpan.cloud.payment.gateway.CancelSignal;
import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.ChargeProgress;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.core.payment.Wallet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * A WeChat Pay stand-in for the screen tests: the customer confirms on the phone
 * {@code confirmAfter} after the charge, by the cloud's clock, which the test moves; the
 * wallet gives up after {@code window}. A cancel reverses.
 */
final class ConfirmingWallet implements PaymentGateway {

    private final Clock clock;
    private final Duration confirmAfter;
    private final Duration window;
    private final Map<String, ChargeOutcome> outcomes = new ConcurrentHashMap<>();
    final List<String> reversed = new CopyOnWriteArrayList<>();

    ConfirmingWallet(Clock clock, Duration confirmAfter, Duration window) {
        this.clock = clock;
        this.confirmAfter = confirmAfter;
        this.window = window;
    }

    @Override
    public Wallet wallet() {
        return Wallet.WECHAT;
    }

    @Override
    public ChargeOutcome charge(Charge charge, ChargeProgress progress, CancelSignal cancel) {
        Instant start = clock.instant();
        while (true) {
            Duration waited = Duration.between(start, clock.instant());
            if (waited.compareTo(confirmAfter) >= 0) {
                return done(charge, new ChargeOutcome.Paid("4200000" + charge.outTradeNo().replace("-", "").substring(0, 21),
                        clock.instant(), charge.amount()));
            }
            if (waited.compareTo(window) >= 0) {
                return done(charge, new ChargeOutcome.Reversed("payment.reversed.cancelled"));
            }
            progress.waitingForCustomer(window.minus(waited));
            if (cancel.pause(Duration.ofMillis(200))) {
                reversed.add(charge.outTradeNo());
                return done(charge, new ChargeOutcome.Reversed("payment.reversed.cancelled"));
            }
        }
    }

    private ChargeOutcome done(Charge charge, ChargeOutcome outcome) {
        outcomes.put(charge.outTradeNo(), outcome);
        return outcome;
    }

    @Override
    public ChargeOutcome settle(Charge charge, CancelSignal cancel) {
        ChargeOutcome known = outcomes.get(charge.outTradeNo());
        return known != null ? known : new ChargeOutcome.Reversed("payment.reversed.notCharged");
    }

    @Override
    public RefundOutcome refund(Refund refund) {
        return new RefundOutcome.Refunded("RF" + refund.outRefundNo().substring(0, 8), refund.amount());
    }
}
