package cn.suanpan.core.sale;

/**
 * The kinds of numbered documents a terminal issues. Each kind has its own gapless daily
 * sequence, so that training never leaves a hole in the numbers the cloud sees, and a
 * prefix that tells them apart on paper.
 */
public enum ReceiptKind {
    SALE(""),
    TRAINING_SALE("TR-"),
    REFUND("RF-"),
    TRAINING_REFUND("TR-RF-");

    private final String prefix;

    ReceiptKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public boolean training() {
        return this == TRAINING_SALE || this == TRAINING_REFUND;
    }

    public static ReceiptKind sale(boolean training) {
        return training ? TRAINING_SALE : SALE;
    }

    public static ReceiptKind refund(boolean training) {
        return training ? TRAINING_REFUND : REFUND;
    }
}
