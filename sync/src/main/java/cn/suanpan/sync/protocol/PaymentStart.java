package cn.suanpan.sync.protocol;

import cn.suanpan.core.payment.Wallet;
import java.util.UUID;

/**
 * Charge a scanned code. The terminal journals {@code intentId} before sending; it is the
 * wallet's merchant order number too, so sending the same start twice never charges twice.
 */
public record PaymentStart(int protocol, UUID intentId, UUID saleId, Wallet wallet, String authCode, long amountFen,
                           String description) implements Versioned {

    public PaymentStart {
        Checks.require(intentId != null, "intentId is required");
        Checks.require(saleId != null, "saleId is required");
        Checks.require(wallet != null, "wallet is required");
        Checks.require(authCode != null && !authCode.isBlank() && authCode.length() <= 64, "authCode is required (at most 64 characters)");
        Checks.require(amountFen > 0, "amountFen must be positive");
        Checks.require(description != null && description.length() <= 128, "description is required (at most 128 characters)");
    }
}
