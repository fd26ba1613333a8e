package cn.suanpan.core.refund;

import java.util.List;
import java.util.Objects;

/**
 * A return against a receipt.
 *
 * @param receipt the original receipt number, typed or scanned from its barcode
 * @param lines   what comes back; empty means everything not yet returned
 * @param restock whether the goods go back on the shelf (not when damaged)
 * @param reason  why, for the audit log; may be null
 */
public record RefundRequest(String receipt, List<LineReturn> lines, Payback payback, boolean restock, String reason) {

    public RefundRequest {
        Objects.requireNonNull(receipt, "receipt");
        lines = List.copyOf(lines);
        Objects.requireNonNull(payback, "payback");
    }

    /** Everything still returnable, back to the original tenders and on the shelf. */
    public static RefundRequest whole(String receipt) {
        return new RefundRequest(receipt, List.of(), Payback.ORIGINAL, true, null);
    }
}
