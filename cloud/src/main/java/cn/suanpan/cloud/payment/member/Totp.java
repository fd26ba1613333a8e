package cn.suanpan.cloud.payment.member;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Time-based one-time passwords, RFC 6238 with HMAC-SHA1 (RFC 4226 truncation), 30-second steps from the Unix epoch. */
public final class Totp {

    public static final int STEP_SECONDS = 30;

    private Totp() {
    }

    /** The step a moment falls in. */
    public static long step(long unixSeconds) {
        return Math.floorDiv(unixSeconds, STEP_SECONDS);
    }

    /** The password of the step {@code unixSeconds} falls in, with {@code digits} digits (6 to 9). */
    public static String at(byte[] key, long unixSeconds, int digits) {
        return ofStep(key, step(unixSeconds), digits);
    }

    public static String ofStep(byte[] key, long step, int digits) {
        if (digits < 6 || digits > 9) {
            throw new IllegalArgumentException("6 to 9 digits");
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        int modulus = 1;
        for (int i = 0; i < digits; i++) {
            modulus *= 10;
        }
        String otp = Integer.toString(binary % modulus);
        return "0".repeat(digits - otp.length()) + otp;
    }
}
