package cn.suanpan.cloud.payment.wechat;

/** What WeChat Pay's definitive error codes mean for the cashier (bundle keys). */
final class WeChatErrors {

    private WeChatErrors() {
    }

    static String chargeKey(String errCode) {
        return switch (errCode) {
            case "AUTHCODEEXPIRE" -> "payment.failed.codeExpired";
            case "AUTH_CODE_INVALID", "AUTH_CODE_ERROR" -> "payment.failed.codeInvalid";
            case "NOTENOUGH" -> "payment.failed.insufficientBalance";
            case "NOTSUPORTCARD" -> "payment.failed.cardNotSupported";
            case "ORDERCLOSED", "ORDERREVERSED" -> "payment.failed.orderClosed";
            case "OUT_TRADE_NO_USED" -> "payment.failed.orderConflict";
            case "BUYER_MISMATCH", "TRADE_ERROR" -> "payment.failed.declined";
            case "PAYERROR" -> "payment.failed.bankError";
            case "FAIL", "SIGNERROR", "NOAUTH", "PARAM_ERROR", "LACK_PARAMS", "APPID_NOT_EXIST", "MCHID_NOT_EXIST",
                 "APPID_MCHID_NOT_MATCH", "XML_FORMAT_ERROR", "REQUIRE_POST_METHOD", "NOT_UTF8", "INVALID_REQUEST" ->
                    "payment.failed.merchantSetup";
            default -> "payment.failed.declined";
        };
    }

    static String refundKey(String errCode) {
        return switch (errCode) {
            case "TRADE_OVERDUE" -> "payment.refund.tooOld";
            case "NOTENOUGH" -> "payment.refund.merchantBalance";
            case "ORDERNOTEXIST", "INVALID_TRANSACTIONID" -> "payment.refund.notPaid";
            case "LIMIT" -> "payment.refund.overLimit";
            default -> "payment.refund.refused";
        };
    }
}
