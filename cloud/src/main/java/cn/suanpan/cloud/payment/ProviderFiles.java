package cn.suanpan.cloud.payment;

import cn.suanpan.cloud.payment.alipay.AlipayConfig;
import cn.suanpan.cloud.payment.alipay.AlipayGateway;
import cn.suanpan.cloud.payment.alipay.AlipaySigner;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.unionpay.UnionPayConfig;
import cn.suanpan.cloud.payment.unionpay.UnionPayGateway;
import cn.suanpan.cloud.payment.unionpay.UnionPaySigner;
import cn.suanpan.cloud.payment.wechat.WeChatConfig;
import cn.suanpan.cloud.payment.wechat.WeChatGateway;
import cn.suanpan.cloud.payment.wechat.WeChatSigner.SignType;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import cn.suanpan.cloud.payment.wire.Sleeper;
import cn.suanpan.core.payment.Wallet;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The WeChat Pay, Alipay, UnionPay and e-CNY merchants of a cloud node, read from one properties file each
 * (see docs/PAYMENTS-PROVIDERS.md for the keys). Relative paths in a file are taken from the
 * file's own folder, so a merchant's keys and certificates sit beside its settings. The
 * files are read when the node starts: a missing key or an unreadable certificate stops the
 * start instead of failing the first customer.
 */
public final class ProviderFiles {

    private ProviderFiles() {
    }

    /** The gateways of the files given (either may be null: that wallet is not taken). */
    public static GatewaySetup setup(Path wechatFile, Path alipayFile) {
        return setup(wechatFile, alipayFile, null, null);
    }

    /** The gateways of the files given (any may be null: that wallet is not taken). */
    public static GatewaySetup setup(Path wechatFile, Path alipayFile, Path unionpayFile, Path ecnyFile) {
        WeChatConfig wechat = wechatFile == null ? null : wechat(wechatFile);
        AlipayConfig alipay = alipayFile == null ? null : alipay(alipayFile);
        UnionPayConfig unionpay = unionpayFile == null ? null : unionpay(unionpayFile, Wallet.UNIONPAY);
        UnionPayConfig ecny = ecnyFile == null ? null : unionpay(ecnyFile, Wallet.ECNY);
        return (store, clock) -> {
            List<PaymentGateway> gateways = new ArrayList<>();
            if (wechat != null) {
                gateways.add(new WeChatGateway(wechat, clock, Sleeper.REAL));
            }
            if (alipay != null) {
                gateways.add(new AlipayGateway(alipay, clock, Sleeper.REAL));
            }
            if (unionpay != null) {
                gateways.add(new UnionPayGateway(unionpay, clock, Sleeper.REAL));
            }
            if (ecny != null) {
                gateways.add(new UnionPayGateway(ecny, clock, Sleeper.REAL));
            }
            return gateways;
        };
    }

    /**
     * {@code base-url}, {@code app-id}, {@code mch-id}, {@code api-key}, {@code client-keystore}
     * (WeChat's apiclient_cert.p12, needed by reverse and refund); optional
     * {@code client-keystore-password} (default: the merchant number, as WeChat issues it),
     * {@code trusted-certificate} (a PEM certificate to trust instead of the system's roots),
     * {@code sign-type} (HMAC-SHA256 or MD5), {@code connect-timeout-ms}, {@code read-timeout-ms}.
     */
    public static WeChatConfig wechat(Path file) {
        Settings s = Settings.read(file);
        String mchId = s.required("mch-id");
        String password = s.optional("client-keystore-password", mchId);
        WeChatConfig config = WeChatConfig.of(s.optional("base-url", WeChatConfig.PRODUCTION_URL), s.required("app-id"), mchId,
                s.required("api-key"), ProviderHttp.tls(s.path("client-keystore", true), password.toCharArray(),
                        s.path("trusted-certificate", false)));
        String signType = s.optional("sign-type", SignType.HMAC_SHA256.wire());
        config = config.withSignType(switch (signType) {
            case "HMAC-SHA256" -> SignType.HMAC_SHA256;
            case "MD5" -> SignType.MD5;
            default -> throw new IllegalArgumentException(file + ": sign-type is HMAC-SHA256 or MD5, not " + signType);
        });
        return config.withTimeouts(s.millis("connect-timeout-ms", config.connectTimeout()),
                s.millis("read-timeout-ms", config.readTimeout()));
    }

    /**
     * {@code gateway-url}, {@code app-id}, {@code app-private-key} (base64 PKCS#8, or
     * {@code app-private-key-file}), {@code alipay-public-key} (base64 X.509, or
     * {@code alipay-public-key-file}); optional {@code trusted-certificate},
     * {@code connect-timeout-ms}, {@code read-timeout-ms}.
     */
    public static AlipayConfig alipay(Path file) {
        Settings s = Settings.read(file);
        AlipayConfig config = AlipayConfig.of(s.optional("gateway-url", AlipayConfig.PRODUCTION_URL), s.required("app-id"),
                AlipaySigner.privateKey(s.inlineOrFile("app-private-key")),
                AlipaySigner.publicKey(s.inlineOrFile("alipay-public-key")),
                ProviderHttp.tls(null, null, s.path("trusted-certificate", false)));
        return config.withTimeouts(s.millis("connect-timeout-ms", config.connectTimeout()),
                s.millis("read-timeout-ms", config.readTimeout()));
    }

    /**
     * A merchant at a UnionPay acquirer taking {@code wallet}'s codes (UnionPay or e-CNY, a
     * file each): {@code base-url}, {@code mer-id}, {@code cert-id} (the serial of the
     * merchant's signing certificate, as the acquirer registered it), {@code merchant-private-key}
     * (base64 PKCS#8, or {@code merchant-private-key-file}), {@code acquirer-public-key} (base64
     * X.509, or {@code acquirer-public-key-file}); optional {@code trusted-certificate},
     * {@code connect-timeout-ms}, {@code read-timeout-ms}.
     */
    public static UnionPayConfig unionpay(Path file, Wallet wallet) {
        Settings s = Settings.read(file);
        UnionPayConfig config = UnionPayConfig.of(wallet, s.optional("base-url", UnionPayConfig.PRODUCTION_URL),
                s.required("mer-id"), s.required("cert-id"), UnionPaySigner.privateKey(s.inlineOrFile("merchant-private-key")),
                UnionPaySigner.publicKey(s.inlineOrFile("acquirer-public-key")),
                ProviderHttp.tls(null, null, s.path("trusted-certificate", false)));
        return config.withTimeouts(s.millis("connect-timeout-ms", config.connectTimeout()),
                s.millis("read-timeout-ms", config.readTimeout()));
    }

    private record Settings(Path file, Properties p) {

        static Settings read(Path file) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the payment provider file " + file, e);
            }
            return new Settings(file, p);
        }

        String optional(String key, String fallback) {
            String v = p.getProperty(key);
            return v == null || v.isBlank() ? fallback : v.strip();
        }

        String required(String key) {
            String v = optional(key, null);
            if (v == null) {
                throw new IllegalArgumentException(file + ": " + key + " is missing");
            }
            return v;
        }

        Path path(String key, boolean required) {
            String v = required ? required(key) : optional(key, null);
            if (v == null) {
                return null;
            }
            Path dir = file.toAbsolutePath().getParent();
            Path resolved = dir.resolve(v);
            if (!Files.isReadable(resolved)) {
                throw new IllegalArgumentException(file + ": " + key + " names " + resolved + ", which cannot be read");
            }
            return resolved;
        }

        /** A key given inline as {@code key}, or in the file named by {@code key-file}. */
        String inlineOrFile(String key) {
            String inline = optional(key, null);
            if (inline != null) {
                return inline;
            }
            Path f = path(key + "-file", false);
            if (f == null) {
                throw new IllegalArgumentException(file + ": " + key + " or " + key + "-file is missing");
            }
            try {
                return Files.readString(f, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Duration millis(String key, Duration fallback) {
            String v = optional(key, null);
            return v == null ? fallback : Duration.ofMillis(Long.parseLong(v));
        }
    }
}
