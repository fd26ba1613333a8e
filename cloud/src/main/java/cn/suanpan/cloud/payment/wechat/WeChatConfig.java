package cn.suanpan.cloud.payment.wechat;

import cn.suanpan.cloud.payment.wechat.WeChatSigner.SignType;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * A WeChat Pay merchant as the cloud holds it. {@code tls} carries the merchant's client
 * certificate (needed by reverse and refund). The timing fields are WeChat's documented
 * rules for payment codes: query every {@code queryInterval} while the customer confirms,
 * give up and reverse after {@code waitForCustomer}.
 */
public record WeChatConfig(String baseUrl, String appId, String mchId, String apiKey, SignType signType, SSLContext tls,
                           String serverIp, Duration connectTimeout, Duration readTimeout, Duration waitForCustomer,
                           Duration queryInterval, Duration retryPause, int maxRounds) {

    public static final String PRODUCTION_URL = "https://api.mch.weixin.qq.com";

    public static WeChatConfig of(String baseUrl, String appId, String mchId, String apiKey, SSLContext tls) {
        return new WeChatConfig(baseUrl, appId, mchId, apiKey, SignType.HMAC_SHA256, tls, "127.0.0.1",
                Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(45), Duration.ofSeconds(5),
                Duration.ofSeconds(2), 10);
    }

    public WeChatConfig withSignType(SignType type) {
        return new WeChatConfig(baseUrl, appId, mchId, apiKey, type, tls, serverIp, connectTimeout, readTimeout,
                waitForCustomer, queryInterval, retryPause, maxRounds);
    }

    public WeChatConfig withTimeouts(Duration connect, Duration read) {
        return new WeChatConfig(baseUrl, appId, mchId, apiKey, signType, tls, serverIp, connect, read,
                waitForCustomer, queryInterval, retryPause, maxRounds);
    }
}
