package cn.suanpan.core.payment;

import cn.suanpan.core.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * One attempt to take a code payment, as journaled.
 *
 * @param id              the intent id, also the wallet's merchant order number
 * @param saleId          the checkout it pays for
 * @param code            the whole code while the intent is open; null once final
 * @param completedSaleId the sale that took the payment, set with the sale's commit
 */
public record PaymentIntent(UUID id, UUID saleId, Wallet wallet, String maskedCode, String code, Money amount,
                            IntentState state, String providerTxn, String messageKey, boolean cancelRequested,
                            Instant createdAt, Instant paidAt, UUID completedSaleId, String receiptNo) {

    /** How the payment appears on the receipt and in the sale's tender: wallet, masked code, transaction. */
    public String reference() {
        String ref = wallet.name() + " " + maskedCode + (providerTxn == null ? "" : " " + providerTxn);
        return ref.length() <= 64 ? ref : ref.substring(0, 64);
    }
}
