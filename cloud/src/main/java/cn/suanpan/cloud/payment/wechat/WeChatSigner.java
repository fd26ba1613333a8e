package cn.suanpan.cloud.payment.wechat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat Pay v2 signatures: the fields sorted by name, empty values and {@code sign} left
 * out, joined as {@code k=v&…}, {@code &key=API_KEY} appended, then MD5 or HMAC-SHA256
 * (keyed with the API key) as uppercase hex.
 */
public final class WeChatSigner {

    public enum SignType {
        MD5("MD5"),
        HMAC_SHA256("HMAC-SHA256");

        private final String wire;

        SignType(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    private WeChatSigner() {
    }

    /** The text that is hashed, key included. */
    public static String signingText(Map<String, String> fields, String apiKey) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(fields).entrySet()) {
            if (!e.getKey().equals("sign") && e.getValue() != null && !e.getValue().isEmpty()) {
                text.append(e.getKey()).append('=').append(e.getValue()).append('&');
            }
        }
        return text.append("key=").append(apiKey).toString();
    }

    public static String sign(Map<String, String> fields, String apiKey, SignType type) {
        byte[] text = signingText(fields, apiKey).getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = switch (type) {
                case MD5 -> MessageDigest.getInstance("MD5").digest(text);
                case HMAC_SHA256 -> {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                    yield mac.doFinal(text);
                }
            };
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code fields} carry a correct {@code sign}; compared in constant time. */
    public static boolean verify(Map<String, String> fields, String apiKey, SignType type) {
        String given = fields.get("sign");
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                sign(fields, apiKey, type).getBytes(StandardCharsets.US_ASCII));
    }
}
