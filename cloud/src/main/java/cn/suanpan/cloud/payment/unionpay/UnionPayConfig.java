package cn.suanpan.cloud.payment.unionpay;

import cn.suanpan.core.payment.Wallet;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * One merchant at a UnionPay acquirer's QR API, taking the codes of one {@code wallet}:
 * UnionPay (云闪付) or e-CNY (数字人民币), each a merchant number of its own with its own
 * signing key ({@code certId} names it to the acquirer). The acquirer's public key checks
 * its answers. Timing: an answer in doubt is followed by a query every {@code queryInterval}
 * up to {@code waitForCustomer} from the start, then the consume is reversed.
 */
public record UnionPayConfig(Wallet wallet, String baseUrl, String merId, String certId, PrivateKey merchantKey,
                             PublicKey acquirerKey, SSLContext tls, Duration connectTimeout, Duration readTimeout,
                             Duration waitForCustomer, Duration queryInterval, Duration retryPause, int maxRounds) {

    public static final String PRODUCTION_URL = "https://gateway.95516.com";

    public UnionPayConfig {
        if (wallet != Wallet.UNIONPAY && wallet != Wallet.ECNY) {
            throw new IllegalArgumentException("the QR API takes UnionPay and e-CNY codes, not " + wallet);
        }
    }

    public static UnionPayConfig of(Wallet wallet, String baseUrl, String merId, String certId, PrivateKey merchantKey,
                                    PublicKey acquirerKey, SSLContext tls) {
        return new UnionPayConfig(wallet, baseUrl, merId, certId, merchantKey, acquirerKey, tls, Duration.ofSeconds(3),
                Duration.ofSeconds(15), Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(2), 10);
    }

    public UnionPayConfig withTimeouts(Duration connect, Duration read) {
        return new UnionPayConfig(wallet, baseUrl, merId, certId, merchantKey, acquirerKey, tls, connect, read,
                waitForCustomer, queryInterval, retryPause, maxRounds);
    }
}
