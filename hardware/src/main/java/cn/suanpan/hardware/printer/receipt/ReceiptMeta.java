package cn.suanpan.hardware.printer.receipt;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Who sold what when and where.
 *
 * @param receiptNo the receipt number as printed, e.g. {@code S01-T02-20250314-0042}
 * @param time      local time of the sale in the store's zone (the caller converts from UTC)
 * @param cashier   the cashier's display name
 * @param terminal  the terminal's code
 */
public record ReceiptMeta(String receiptNo, LocalDateTime time, String cashier, String terminal) {

    public ReceiptMeta {
        Objects.requireNonNull(receiptNo, "receiptNo");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(cashier, "cashier");
        Objects.requireNonNull(terminal, "terminal");
    }
}
