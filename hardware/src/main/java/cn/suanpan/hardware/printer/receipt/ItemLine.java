package cn.suanpan.hardware.printer.receipt;

import java.util.List;
import java.util.Objects;

/**
 * One sold item. Quantities and amounts arrive formatted by the sale engine ("2",
 * "0.352kg", "￥3.50"), so the printer needs no money or unit types.
 */
public record ItemLine(String name, String quantity, String unitPrice, String amount, List<Adjustment> adjustments) {

    public ItemLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
        adjustments = List.copyOf(adjustments);
    }

    public ItemLine(String name, String quantity, String unitPrice, String amount) {
        this(name, quantity, unitPrice, amount, List.of());
    }
}
