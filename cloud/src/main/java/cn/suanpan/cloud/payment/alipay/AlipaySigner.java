package cn.suanpan.cloud.payment.alipay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alipay openapi RSA2: a request is signed (SHA256withRSA, the merchant's app private key)
 * over its parameters sorted by name, empty ones and {@code sign} left out, joined as
 * {@code k=v&…} with raw (not URL-encoded) values; an answer is verified with Alipay's
 * public key over the exact text of its {@code …_response} object.
 */
public final class AlipaySigner {

    private AlipaySigner() {
    }

    public static String signingText(Map<String, String> params) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            if (!e.getKey().equals("sign") && e.getValue() != null && !e.getValue().isEmpty()) {
                if (!text.isEmpty()) {
                    text.append('&');
                }
                text.append(e.getKey()).append('=').append(e.getValue());
            }
        }
        return text.toString();
    }

    public static String sign(String text, PrivateKey key) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the app private key", e);
        }
    }

    public static boolean verify(String text, String sign, PublicKey key) {
        if (sign == null || sign.isEmpty()) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(sign));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A private key as Alipay's tools give it: base64 PKCS#8, PEM armour optional. */
    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key (PKCS#8)", e);
        }
    }

    /** Alipay's public key as the open platform shows it: base64 X.509 SubjectPublicKeyInfo. */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA public key", e);
        }
    }

    private static byte[] decode(String text) {
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").strip());
    }

    /**
     * The exact text of the object under {@code "node":} in an answer, as it was signed —
     * re-serialising it would change spacing or escapes and break the signature.
     */
    public static String signedContent(String body, String node) {
        int at = body.indexOf("\"" + node + "\"");
        if (at < 0) {
            return null;
        }
        int start = body.indexOf('{', at + node.length() + 2);
        if (start < 0) {
            return null;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return body.substring(start, i + 1);
            }
        }
        return null;
    }
}
