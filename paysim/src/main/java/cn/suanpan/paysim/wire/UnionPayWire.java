package cn.suanpan.paysim.wire;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The acquirer's side of UnionPay's signMethod 01 (RSA-SHA256, version 5.1.0): the fields
 * sorted by name, {@code signature} and empty fields left out, joined as {@code k=v&…}; the SHA-256 of that
 * text as lowercase hex is what SHA256withRSA signs; the signature travels base64 in
 * {@code signature}. Written apart from the cloud's signer on purpose.
 */
public final class UnionPayWire {

    private UnionPayWire() {
    }

    public static String signingText(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((k, v) -> {
            if (!k.equals("signature") && v != null && !v.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append('&');
                }
                text.append(k).append('=').append(v);
            }
        });
        return text.toString();
    }

    static byte[] digestHex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(Map<String, String> fields, PrivateKey key) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(digestHex(signingText(fields)));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean verify(Map<String, String> fields, PublicKey key) {
        String signature = fields.get("signature");
        if (signature == null || signature.isEmpty()) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(digestHex(signingText(fields)));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A form body, names and values URL-encoded (UTF-8). */
    public static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8));
        });
        return out.toString();
    }

    /** Reads a form body; a pair without '=' is kept with an empty value. */
    public static Map<String, String> parse(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.put(k, v);
            } catch (IllegalArgumentException garbled) {
                fields.put("_garbled", pair);
            }
        }
        return fields;
    }
}
