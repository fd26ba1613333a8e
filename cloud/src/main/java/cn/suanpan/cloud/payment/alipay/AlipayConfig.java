package cn.suanpan.cloud.payment.alipay;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * An Alipay app as the cloud holds it: the app's private key signs, Alipay's public key
 * verifies. The timing fields are Alipay's documented rules for 当面付 bar codes: query
 * every {@code queryInterval} (3–6 s) while the customer confirms, cancel after
 * {@code waitForCustomer}.
 */
public record AlipayConfig(String gatewayUrl, String appId, PrivateKey appPrivateKey, PublicKey alipayPublicKey,
                           SSLContext tls, Duration connectTimeout, Duration readTimeout, Duration waitForCustomer,
                           Duration queryInterval, Duration retryPause, int maxRounds) {

    public static final String PRODUCTION_URL = "https://openapi.alipay.com/gateway.do";

    public static AlipayConfig of(String gatewayUrl, String appId, PrivateKey appPrivateKey, PublicKey alipayPublicKey,
                                  SSLContext tls) {
        return new AlipayConfig(gatewayUrl, appId, appPrivateKey, alipayPublicKey, tls, Duration.ofSeconds(3),
                Duration.ofSeconds(15), Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(2), 10);
    }

    public AlipayConfig withTimeouts(Duration connect, Duration read) {
        return new AlipayConfig(gatewayUrl, appId, appPrivateKey, alipayPublicKey, tls, connect, read, waitForCustomer,
                queryInterval, retryPause, maxRounds);
    }
}
