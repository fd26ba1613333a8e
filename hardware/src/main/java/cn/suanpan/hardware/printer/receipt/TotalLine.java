package cn.suanpan.hardware.printer.receipt;

import java.util.Objects;

/**
 * A label and value in the totals block ("小计" "￥40.50"). The one line marked
 * {@code emphasised} is the amount to pay and is printed large.
 */
public record TotalLine(String label, String value, boolean emphasised) {

    public TotalLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    public static TotalLine of(String label, String value) {
        return new TotalLine(label, value, false);
    }

    public static TotalLine total(String label, String value) {
        return new TotalLine(label, value, true);
    }
}
