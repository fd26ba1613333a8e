package cn.suanpan.core.catalog;

/** EAN-13 / EAN-8 / UPC-A check digits (the GS1 mod-10 scheme). */
public final class Ean13 {

    private Ean13() {
    }

    /** The check digit for the given digits without their check digit. */
    public static int checkDigit(CharSequence digitsWithoutCheck) {
        int sum = 0;
        int n = digitsWithoutCheck.length();
        for (int i = 0; i < n; i++) {
            int d = digitsWithoutCheck.charAt(n - 1 - i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit in " + digitsWithoutCheck);
            }
            // weights 3,1,3,1... from the right, next to the check digit
            sum += (i % 2 == 0) ? 3 * d : d;
        }
        return (10 - sum % 10) % 10;
    }

    /** True when {@code code} is all digits, 8, 12, 13 or 14 long, with a correct check digit. */
    public static boolean isValidGtin(String code) {
        int len = code.length();
        if (len != 8 && len != 12 && len != 13 && len != 14) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (!Character.isDigit(code.charAt(i)) || code.charAt(i) > '9') {
                return false;
            }
        }
        return checkDigit(code.subSequence(0, len - 1)) == code.charAt(len - 1) - '0';
    }

    public static String withCheckDigit(String twelveDigits) {
        return twelveDigits + checkDigit(twelveDigits);
    }
}
