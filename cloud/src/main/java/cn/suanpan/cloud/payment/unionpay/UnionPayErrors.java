package cn.suanpan.cloud.payment.unionpay;

/**
 * What the acquirer's definitive answer codes mean for the cashier (bundle keys). The codes
 * are those of UnionPay's online platform as the simulator uses them; a real acquirer's own
 * list must be checked against this one before production.
 */
final class UnionPayErrors {

    private UnionPayErrors() {
    }

    static String chargeKey(String respCode) {
        return switch (respCode) {
            case "72" -> "payment.failed.codeExpired";
            case "71" -> "payment.failed.codeInvalid";
            case "51" -> "payment.failed.insufficientBalance";
            case "40" -> "payment.failed.cardNotSupported";
            case "33" -> "payment.failed.limitExceeded";
            case "36" -> "payment.failed.orderConflict";
            case "60" -> "payment.failed.bankError";
            case "10", "11", "13", "31", "32", "ORDER_ID" -> "payment.failed.merchantSetup";
            default -> "payment.failed.declined";
        };
    }

    static String refundKey(String respCode) {
        return switch (respCode) {
            case "33" -> "payment.refund.overLimit";
            case "39" -> "payment.refund.tooOld";
            case "35", "34" -> "payment.refund.notPaid";
            default -> "payment.refund.refused";
        };
    }
}
