package cn.suanpan.cloud.miniprogram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stands in for WeChat in development and tests. A login code always names the same user
 * (its openid is derived from the code), so a developer can be "the same customer" again
 * by sending the same code; a phone-number code is taken to be the number itself. Nothing
 * is verified: a cloud facing real customers must use WeChat's exchange instead.
 */
public final class LocalWeChatLogin implements WeChatLogin {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    @Override
    public String openId(String loginCode) {
        if (loginCode == null || loginCode.isBlank() || loginCode.length() > 128) {
            throw new Refused("the login code is empty or longer than 128 characters");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("suanpan-local-wechat|" + loginCode).getBytes(StandardCharsets.UTF_8));
            return "local-" + HexFormat.of().formatHex(digest, 0, 14);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String phoneNumber(String phoneCode) {
        if (phoneCode == null || !MOBILE.matcher(phoneCode).matches()) {
            throw new Refused("the local stand-in takes an 11-digit mainland mobile number as the phone code");
        }
        return phoneCode;
    }
}
