package cn.suanpan.core.members;

import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland mobile numbers: eleven digits starting with 1, as members sign up with them. */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private PhoneNumbers() {
    }

    /** The eleven digits of a mobile number typed with spaces, dashes or a +86 prefix; empty when it is none. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /**
     * Hides the middle four digits, {@code 13800000000} → {@code 138****0000}, as receipts and
     * customer displays must: anyone in the queue can read them. Anything that is not eleven
     * characters long keeps only its last four.
     */
    public static String mask(String phone) {
        if (phone == null || phone.isEmpty()) {
            return "";
        }
        if (phone.length() == 11) {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        int keep = Math.min(4, phone.length() / 2);
        return "*".repeat(phone.length() - keep) + phone.substring(phone.length() - keep);
    }
}
