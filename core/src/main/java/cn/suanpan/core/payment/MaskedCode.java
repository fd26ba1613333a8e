package cn.suanpan.core.payment;

/**
 * A payment code as it may be shown, printed or kept after the payment: all but the last
 * four digits hidden. The whole code is a bearer token for a minute and is kept only
 * until the payment is final.
 */
public final class MaskedCode {

    private MaskedCode() {
    }

    public static String of(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        int keep = Math.min(4, code.length() / 2);
        return "****" + code.substring(code.length() - keep);
    }
}
