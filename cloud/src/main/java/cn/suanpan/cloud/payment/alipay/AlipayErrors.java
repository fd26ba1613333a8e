package cn.suanpan.cloud.payment.alipay;

/** What Alipay's definitive sub codes mean for the cashier (bundle keys). */
final class AlipayErrors {

    private AlipayErrors() {
    }

    static String chargeKey(String subCode) {
        return switch (subCode) {
            case "ACQ.PAYMENT_AUTH_CODE_INVALID" -> "payment.failed.codeInvalid";
            case "ACQ.BUYER_BALANCE_NOT_ENOUGH", "ACQ.BUYER_BANKCARD_BALANCE_NOT_ENOUGH" -> "payment.failed.insufficientBalance";
            case "ACQ.BUYER_PAYMENT_AMOUNT_DAY_LIMIT_ERROR", "ACQ.BUYER_PAYMENT_AMOUNT_MONTH_LIMIT_ERROR",
                 "ACQ.BEYOND_PAY_RESTRICTION", "ACQ.BEYOND_PER_RECEIPT_RESTRICTION", "ACQ.TOTAL_FEE_EXCEED" ->
                    "payment.failed.limitExceeded";
            case "ACQ.TRADE_HAS_CLOSE" -> "payment.failed.orderClosed";
            case "ACQ.CONTEXT_INCONSISTENT" -> "payment.failed.orderConflict";
            case "ACQ.PAYMENT_FAIL" -> "payment.failed.bankError";
            case "ACQ.INVALID_PARAMETER", "ACQ.ACCESS_FORBIDDEN", "ACQ.PARTNER_ERROR", "ACQ.SELLER_BEEN_BLOCKED",
                 "isv.invalid-signature", "isv.invalid-app-id", "isv.invalid-parameter", "isv.invalid-method",
                 "20001", "40002" -> "payment.failed.merchantSetup";
            default -> "payment.failed.declined";
        };
    }

    static String refundKey(String subCode) {
        return switch (subCode) {
            case "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL" -> "payment.refund.overLimit";
            case "ACQ.TRADE_HAS_FINISHED" -> "payment.refund.tooOld";
            case "ACQ.TRADE_NOT_EXIST", "ACQ.TRADE_STATUS_ERROR" -> "payment.refund.notPaid";
            case "ACQ.SELLER_BALANCE_NOT_ENOUGH" -> "payment.refund.merchantBalance";
            default -> "payment.refund.refused";
        };
    }
}
