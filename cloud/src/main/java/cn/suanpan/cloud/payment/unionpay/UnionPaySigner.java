package cn.suanpan.cloud.payment.unionpay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * UnionPay's signMethod 01 (RSA-SHA256) of version 5.1.0, for requests and answers alike:
 * the fields sorted by name, {@code signature} and empty values left out, joined as
 * {@code k=v&…} with raw (not URL-encoded) values; SHA256withRSA signs the lowercase hex of
 * that text's SHA-256 (not the text itself, as UnionPay's SDK does), and the signature
 * travels base64 in {@code signature}. The merchant signs with its private key and names
 * the key by {@code certId}; the acquirer's answers are checked with the acquirer's public key.
 */
public final class UnionPaySigner {

    private UnionPaySigner() {
    }

    public static String signingText(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(fields).entrySet()) {
            if (!e.getKey().equals("signature") && e.getValue() != null && !e.getValue().isEmpty()) {
                if (!text.isEmpty()) {
                    text.append('&');
                }
                text.append(e.getKey()).append('=').append(e.getValue());
            }
        }
        return text.toString();
    }

    /** The bytes SHA256withRSA signs: the SHA-256 of the signing text, as lowercase hex in ASCII. */
    static byte[] digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(Map<String, String> fields, PrivateKey key) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(digest(signingText(fields)));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the merchant's private key", e);
        }
    }

    /** Whether {@code fields} carry a valid {@code signature} by {@code key}'s holder. */
    public static boolean verify(Map<String, String> fields, PublicKey key) {
        String signature = fields.get("signature");
        if (signature == null || signature.isEmpty()) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(digest(signingText(fields)));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A private key as base64 PKCS#8, PEM armour optional. */
    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an RSA private key (PKCS#8)", e);
        }
    }

    /** A public key as base64 X.509 SubjectPublicKeyInfo, PEM armour optional. */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an RSA public key", e);
        }
    }

    private static byte[] decode(String text) {
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").strip());
    }
}
