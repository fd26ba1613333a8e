package cn.suanpan.hardware.printer.receipt;

import java.util.Objects;

/**
 * A QR code at the foot of the receipt (e-invoice link, mini-program page).
 *
 * @param payload the text to encode; printed as its UTF-8 bytes
 * @param caption printed under the code, may be empty
 */
public record ReceiptQr(String payload, String caption) {

    public ReceiptQr {
        Objects.requireNonNull(payload, "payload");
        if (payload.isEmpty()) {
            throw new IllegalArgumentException("empty QR payload");
        }
        caption = caption == null ? "" : caption;
    }
}
