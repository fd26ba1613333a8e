package cn.suanpan.cloud.payment.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AlipaySignerTest {

    private static KeyPair keys;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        keys = g.generateKeyPair();
    }

    @Test
    void signsSortedNonEmptyParametersWithoutTheSign() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("method", "alipay.trade.pay");
        p.put("app_id", "2021000000000000");
        p.put("notify_url", "");
        p.put("sign", "old");
        p.put("biz_content", "{\"out_trade_no\":\"a&b=c\"}");
        p.put("sign_type", "RSA2");

        assertThat(AlipaySigner.signingText(p)).isEqualTo(
                "app_id=2021000000000000&biz_content={\"out_trade_no\":\"a&b=c\"}&method=alipay.trade.pay&sign_type=RSA2");
    }

    @Test
    void aSignatureVerifiesOnlyForItsTextAndKey() throws Exception {
        String sign = AlipaySigner.sign("a=1&b=2", keys.getPrivate());
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);

        assertThat(AlipaySigner.verify("a=1&b=2", sign, keys.getPublic())).isTrue();
        assertThat(AlipaySigner.verify("a=1&b=3", sign, keys.getPublic())).isFalse();
        assertThat(AlipaySigner.verify("a=1&b=2", sign, g.generateKeyPair().getPublic())).isFalse();
        assertThat(AlipaySigner.verify("a=1&b=2", "not base64!", keys.getPublic())).isFalse();
    }

    @Test
    void readsKeysWithOrWithoutPemArmour() {
        String pub = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        assertThat(AlipaySigner.publicKey(pub)).isEqualTo(keys.getPublic());
        assertThat(AlipaySigner.publicKey(pem)).isEqualTo(keys.getPublic());
        assertThat(AlipaySigner.privateKey(Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded())))
                .isEqualTo(keys.getPrivate());
    }

    @Test
    void takesTheSignedObjectVerbatimFromTheAnswer() {
        String inner = "{\"code\":\"10000\",\"msg\":\"Success\",\"subject\":\"a \\\"}\\\" {b}\",\"fund_bill_list\":[{\"amount\":\"1.00\"}]}";
        String body = "{\"alipay_trade_pay_response\":" + inner + ",\"sign\":\"xyz\"}";
        assertThat(AlipaySigner.signedContent(body, "alipay_trade_pay_response")).isEqualTo(inner);
        assertThat(AlipaySigner.signedContent(body, "alipay_trade_query_response")).isNull();
    }
}
