package cn.suanpan.cloud.payment.gateway;

import cn.suanpan.core.payment.Wallet;

/**
 * One wallet as the cloud sees it: its request builders, signing and, above all, its rules
 * for turning an uncertain answer into a final one. Only the cloud holds the provider's keys.
 *
 * <p>Every method uses the merchant order number ({@code outTradeNo}, the terminal's intent
 * id) or refund number as the wallet's idempotency key, so calling again after a crash or a
 * lost answer never charges or refunds twice.
 */
public interface PaymentGateway {

    Wallet wallet();

    /**
     * Charges a scanned code and follows the wallet's rules (query, wait for the customer,
     * reverse) until the outcome is final. Blocks; tells {@code progress} while the customer
     * is confirming; stops waiting and reverses once {@code cancel} is raised.
     *
     * @throws GatewayUnavailable only if nothing was sent to the wallet
     */
    ChargeOutcome charge(Charge charge, ChargeProgress progress, CancelSignal cancel);

    /**
     * Finishes a charge whose outcome was lost (crash, timeout): queries the wallet and
     * reverses it unless it is paid. Returns a final outcome; safe to call more than once.
     *
     * @throws GatewayUnavailable if the wallet cannot be reached now (try again later)
     */
    ChargeOutcome settle(Charge charge, CancelSignal cancel);

    /**
     * Refunds part or all of a paid charge. Repeating a refund number returns the first
     * refund's outcome.
     *
     * @throws GatewayUnavailable if the wallet cannot be reached now (try again later)
     */
    RefundOutcome refund(Refund refund);
}
