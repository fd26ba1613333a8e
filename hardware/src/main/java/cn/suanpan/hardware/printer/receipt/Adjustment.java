package cn.suanpan.hardware.printer.receipt;

import java.util.Objects;

/** A promotion or discount printed under the item it applies to, e.g. "第二件半价" "-￥1.75". */
public record Adjustment(String label, String amount) {

    public Adjustment {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
    }
}
