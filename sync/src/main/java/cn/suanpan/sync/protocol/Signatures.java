package cn.suanpan.sync.protocol;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 request signing. A request's signature covers, one per line:
 * <pre>
 * SUANPAN-HMAC-SHA256
 * METHOD
 * /path?query
 * timestamp (epoch seconds)
 * nonce
 * hex SHA-256 of the body (of nothing, for a request without one)
 * </pre>
 * keyed with the terminal's secret (32 random bytes, base64url on the wire). The response
 * is signed too, over the request's nonce, the status and the body's hash, so a terminal
 * can tell a complete answer to <em>its</em> request from a damaged or foreign one.
 */
public final class Signatures {

    public static final String SCHEME = "SUANPAN-HMAC-SHA256";
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {
    }

    public static String canonicalRequest(String method, String pathAndQuery, long timestampSeconds, String nonce, byte[] body) {
        return SCHEME + "\n" + method.toUpperCase(java.util.Locale.ROOT) + "\n" + pathAndQuery + "\n" + timestampSeconds + "\n"
                + nonce + "\n" + sha256Hex(body);
    }

    public static String canonicalResponse(String nonce, int status, byte[] body) {
        return SCHEME + "-RESPONSE\n" + nonce + "\n" + status + "\n" + sha256Hex(body);
    }

    public static String signRequest(String secret, String method, String pathAndQuery, long timestampSeconds, String nonce,
                                     byte[] body) {
        return hmacHex(secret, canonicalRequest(method, pathAndQuery, timestampSeconds, nonce, body));
    }

    public static String signResponse(String secret, String nonce, int status, byte[] body) {
        return hmacHex(secret, canonicalResponse(nonce, status, body));
    }

    public static String hmacHex(String secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(decodeSecret(secret), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256Hex(byte[] body) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares two signatures in time that does not depend on where they differ. */
    public static boolean same(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** A new terminal secret: 32 random bytes, base64url without padding. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** A new request nonce: 16 random bytes in hex. */
    public static String newNonce() {
        byte[] n = new byte[16];
        RANDOM.nextBytes(n);
        return HEX.formatHex(n);
    }

    static byte[] decodeSecret(String secret) {
        try {
            byte[] key = Base64.getUrlDecoder().decode(secret);
            if (key.length < 16) {
                throw new IllegalArgumentException("secret too short");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a terminal secret", e);
        }
    }
}
