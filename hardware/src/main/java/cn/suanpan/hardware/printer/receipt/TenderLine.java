package cn.suanpan.hardware.printer.receipt;

import java.util.Objects;

/** One way the customer paid ("微信支付" "￥30.00"), in the order the tenders were taken. */
public record TenderLine(String label, String amount) {

    public TenderLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
    }
}
