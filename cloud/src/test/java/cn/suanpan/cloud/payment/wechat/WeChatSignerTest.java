package cn.suanpan.cloud.payment.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.cloud.payment.wechat.WeChatSigner.SignType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeChatSignerTest {

    private static final String KEY = "192006250b4c09247ec02edce69f6a2d";

    /** WeChat Pay's published example. */
    private static Map<String, String> example() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("nonce_str", "ibuaiVcKdpRxkhJA");
        f.put("mch_id", "10000100");
        f.put("device_info", "1000");
        f.put("body", "test");
        f.put("appid", "wxd930ea5d5a258f4f");
        return f;
    }

    @Test
    void signsThePublishedExampleWithMd5() {
        assertThat(WeChatSigner.signingText(example(), KEY)).isEqualTo(
                "appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA&key=" + KEY);
        assertThat(WeChatSigner.sign(example(), KEY, SignType.MD5)).isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
    }

    @Test
    void signsThePublishedExampleWithHmacSha256() {
        assertThat(WeChatSigner.sign(example(), KEY, SignType.HMAC_SHA256))
                .isEqualTo("6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6");
    }

    @Test
    void leavesOutEmptyValuesAndTheSignItself() {
        Map<String, String> f = example();
        f.put("attach", "");
        f.put("sign", "WHATEVER");
        assertThat(WeChatSigner.sign(f, KEY, SignType.MD5)).isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
    }

    @Test
    void verifiesOnlyAnUntouchedDocument() {
        Map<String, String> f = example();
        f.put("sign", WeChatSigner.sign(f, KEY, SignType.HMAC_SHA256));
        assertThat(WeChatSigner.verify(f, KEY, SignType.HMAC_SHA256)).isTrue();
        assertThat(WeChatSigner.verify(f, KEY, SignType.MD5)).isFalse();
        f.put("body", "test2");
        assertThat(WeChatSigner.verify(f, KEY, SignType.HMAC_SHA256)).isFalse();
    }

    @Test
    void xmlRoundTripKeepsMarkupInValues() {
        Map<String, String> f = example();
        f.put("body", "咖啡 <大杯> & ]]> 蛋糕");
        assertThat(WeChatXml.read(WeChatXml.write(f))).isEqualTo(f);
    }

    @Test
    void refusesDocumentsWithADoctype() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><return_code>&e;</return_code></xml>";
        assertThatThrownBy(() -> WeChatXml.read(xxe)).isInstanceOf(IllegalArgumentException.class);
    }
}
