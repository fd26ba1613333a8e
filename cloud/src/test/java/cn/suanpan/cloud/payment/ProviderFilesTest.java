package cn.suanpan.cloud.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.cloud.payment.alipay.AlipayConfig;
import cn.suanpan.cloud.payment.testing.SimFixture;
import cn.suanpan.cloud.payment.unionpay.UnionPayConfig;
import cn.suanpan.cloud.payment.wechat.WeChatConfig;
import cn.suanpan.cloud.payment.wechat.WeChatSigner.SignType;
import cn.suanpan.core.payment.Wallet;
import cn.suanpan.paysim.MerchantKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merchants' files a cloud node is started with. */
class ProviderFilesTest {

    @TempDir
    Path dir;

    @Test
    void theSimulatorsFilesGiveBothGateways() {
        MerchantKit kit = SimFixture.kit();
        kit.writeCloudFiles("https://127.0.0.1:1/wx", "http://127.0.0.1:2/gateway.do");

        WeChatConfig wechat = ProviderFiles.wechat(kit.dir().resolve(MerchantKit.CLOUD_WECHAT));
        AlipayConfig alipay = ProviderFiles.alipay(kit.dir().resolve(MerchantKit.CLOUD_ALIPAY));

        assertThat(wechat.mchId()).isEqualTo(kit.wechatMchId());
        assertThat(wechat.baseUrl()).isEqualTo("https://127.0.0.1:1/wx");
        assertThat(wechat.signType()).isEqualTo(SignType.HMAC_SHA256);
        assertThat(wechat.waitForCustomer()).isEqualTo(Duration.ofSeconds(45));
        assertThat(alipay.appId()).isEqualTo(kit.alipayAppId());
        assertThat(ProviderFiles.setup(kit.dir().resolve(MerchantKit.CLOUD_WECHAT), kit.dir().resolve(MerchantKit.CLOUD_ALIPAY))
                .gateways(null, Clock.systemUTC())).extracting(g -> g.wallet()).containsExactly(Wallet.WECHAT, Wallet.ALIPAY);
        assertThat(ProviderFiles.setup(null, null).gateways(null, Clock.systemUTC())).isEmpty();
    }

    @Test
    void theSimulatorsFilesGiveUnionPayAndECnyAsTwoMerchantsOfOneAcquirer() {
        MerchantKit kit = SimFixture.kit();
        kit.writeCloudFiles("https://127.0.0.1:1/wx", "http://127.0.0.1:2/gateway.do", "http://127.0.0.1:3");

        UnionPayConfig unionpay = ProviderFiles.unionpay(kit.dir().resolve(MerchantKit.CLOUD_UNIONPAY), Wallet.UNIONPAY);
        UnionPayConfig ecny = ProviderFiles.unionpay(kit.dir().resolve(MerchantKit.CLOUD_ECNY), Wallet.ECNY);

        assertThat(unionpay.merId()).isEqualTo(kit.unionpay().merId());
        assertThat(unionpay.certId()).isEqualTo(kit.unionpay().certId());
        assertThat(ecny.merId()).isEqualTo(kit.ecny().merId()).isNotEqualTo(unionpay.merId());
        assertThat(ecny.baseUrl()).isEqualTo("http://127.0.0.1:3");
        assertThat(ecny.acquirerKey()).isEqualTo(unionpay.acquirerKey());
        assertThat(unionpay.waitForCustomer()).isEqualTo(Duration.ofSeconds(60));
        assertThat(ProviderFiles.setup(kit.dir().resolve(MerchantKit.CLOUD_WECHAT), kit.dir().resolve(MerchantKit.CLOUD_ALIPAY),
                        kit.dir().resolve(MerchantKit.CLOUD_UNIONPAY), kit.dir().resolve(MerchantKit.CLOUD_ECNY))
                .gateways(null, Clock.systemUTC())).extracting(g -> g.wallet())
                .containsExactly(Wallet.WECHAT, Wallet.ALIPAY, Wallet.UNIONPAY, Wallet.ECNY);
    }

    @Test
    void aUnionPayFileWithoutItsMerchantKeyStopsTheStart() throws Exception {
        Path file = dir.resolve("unionpay.properties");
        Files.writeString(file, "mer-id=777290058110048\ncert-id=68759663125\nacquirer-public-key=AAAA\n");
        assertThatThrownBy(() -> ProviderFiles.unionpay(file, Wallet.UNIONPAY))
                .hasMessageContaining("merchant-private-key or merchant-private-key-file is missing");
        Files.writeString(file, "mer-id=777290058110048\nmerchant-private-key=AAAA\n");
        assertThatThrownBy(() -> ProviderFiles.unionpay(file, Wallet.ECNY)).hasMessageContaining("cert-id is missing");
    }

    @Test
    void aMissingKeyOrUnreadableCertificateStopsTheStart() throws Exception {
        Path file = dir.resolve("wechat.properties");
        Files.writeString(file, "app-id=wx1\nmch-id=1900000001\nclient-keystore=apiclient_cert.p12\n");
        assertThatThrownBy(() -> ProviderFiles.wechat(file)).hasMessageContaining("api-key is missing");

        Files.writeString(file, "app-id=wx1\nmch-id=1900000001\napi-key=k\nclient-keystore=apiclient_cert.p12\n");
        assertThatThrownBy(() -> ProviderFiles.wechat(file)).hasMessageContaining("client-keystore names")
                .hasMessageContaining("apiclient_cert.p12");

        Path alipay = dir.resolve("alipay.properties");
        Files.writeString(alipay, "app-id=2021000000000001\nalipay-public-key=AAAA\n");
        assertThatThrownBy(() -> ProviderFiles.alipay(alipay)).hasMessageContaining("app-private-key or app-private-key-file is missing");
    }

    @Test
    void md5SigningAndTimeoutsComeFromTheFile() throws Exception {
        MerchantKit kit = SimFixture.kit();
        Path file = dir.resolve("wechat.properties");
        Files.writeString(file, "app-id=wx1\nmch-id=" + kit.wechatMchId() + "\napi-key=k\nsign-type=MD5\nread-timeout-ms=2500\n"
                + "client-keystore=" + kit.merchantKeystore().toAbsolutePath().toString().replace("\\", "/") + "\n");
        WeChatConfig config = ProviderFiles.wechat(file);
        assertThat(config.signType()).isEqualTo(SignType.MD5);
        assertThat(config.readTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.baseUrl()).isEqualTo(WeChatConfig.PRODUCTION_URL);
    }
}
