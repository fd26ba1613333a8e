package cn.suanpan.paysim;

import cn.suanpan.paysim.wire.AlipayWire;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The merchant account the simulator serves, with every key and certificate both sides need:
 * WeChat's app id, merchant number and API key, the merchant's client certificate (PKCS12,
 * its password the merchant number as WeChat issues it), the simulator's TLS certificate,
 * the two RSA key pairs of Alipay (the merchant's app key, the wallet's own key), and the
 * UnionPay acquirer's two merchants (UnionPay 云闪付 and e-CNY 数字人民币, each with its own
 * merchant number and signing key) with the acquirer's own signing key.
 *
 * <p>Made on first use in a directory (keytool for the certificates, the JDK for the RSA
 * keys) and reused after, so a restarted simulator and the cloud under test keep agreeing.
 * Nothing here is ever committed: tests make a kit in a temporary directory.
 */
public record MerchantKit(Path dir, String wechatAppId, String wechatMchId, String wechatApiKey,
                          String alipayAppId, String alipaySellerId, String merchantAlipayPrivateKey,
                          String merchantAlipayPublicKey, String alipayPrivateKey, String alipayPublicKey,
                          QrcMerchant unionpay, QrcMerchant ecny, String acquirerCertId, String acquirerPrivateKey,
                          String acquirerPublicKey) {

    /** A merchant at the UnionPay acquirer: its number, the serial of its signing certificate, its RSA key pair. */
    public record QrcMerchant(String merId, String certId, String merchantPrivateKey, String merchantPublicKey) {

        public PrivateKey signingKey() {
            return AlipayWire.privateKey(merchantPrivateKey);
        }

        public PublicKey verifyingKey() {
            return AlipayWire.publicKey(merchantPublicKey);
        }
    }

    public static final String SERVER_P12 = "paysim-server.p12";
    public static final String SERVER_CRT = "paysim-server.crt";
    public static final String MERCHANT_P12 = "wechat-merchant.p12";
    public static final String MERCHANT_CRT = "wechat-merchant.crt";
    private static final String FILE = "merchant-kit.properties";
    private static final String SERVER_PASSWORD = "paysim";

    public static synchronized MerchantKit loadOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE);
            if (!Files.exists(file)) {
                create(dir, file);
            }
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            if (p.getProperty("unionpay.merid") == null) {
                // a kit made before the UnionPay acquirer was simulated: its merchants are added, the rest kept
                addAcquirer(p, new SecureRandom());
                store(p, dir, file);
            }
            return new MerchantKit(dir, p.getProperty("wechat.appid"), p.getProperty("wechat.mchid"),
                    p.getProperty("wechat.key"), p.getProperty("alipay.appid"), p.getProperty("alipay.sellerid"),
                    p.getProperty("alipay.merchant.private"), p.getProperty("alipay.merchant.public"),
                    p.getProperty("alipay.wallet.private"), p.getProperty("alipay.wallet.public"),
                    qrc(p, "unionpay"), qrc(p, "ecny"), p.getProperty("acquirer.certid"),
                    p.getProperty("acquirer.private"), p.getProperty("acquirer.public"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the merchant kit in " + dir, e);
        }
    }

    private static void create(Path dir, Path file) throws IOException {
        SecureRandom random = new SecureRandom();
        String mchId = "1900" + (100000 + random.nextInt(900000));
        byte[] apiKey = new byte[16];
        random.nextBytes(apiKey);
        keytool(dir, "-genkeypair", "-alias", "paysim", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                "-dname", "CN=localhost, O=paysim", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", SERVER_P12, "-storepass", SERVER_PASSWORD, "-keypass", SERVER_PASSWORD);
        keytool(dir, "-exportcert", "-rfc", "-alias", "paysim", "-keystore", SERVER_P12, "-storepass", SERVER_PASSWORD,
                "-file", SERVER_CRT);
        keytool(dir, "-genkeypair", "-alias", "merchant", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                "-dname", "CN=" + mchId + ", O=Suanpan test merchant",
                "-storetype", "PKCS12", "-keystore", MERCHANT_P12, "-storepass", mchId, "-keypass", mchId);
        keytool(dir, "-exportcert", "-rfc", "-alias", "merchant", "-keystore", MERCHANT_P12, "-storepass", mchId,
                "-file", MERCHANT_CRT);
        KeyPair merchant = rsa();
        KeyPair wallet = rsa();
        Properties p = new Properties();
        p.setProperty("wechat.appid", "wx" + HexFormat.of().formatHex(apiKey, 0, 8));
        p.setProperty("wechat.mchid", mchId);
        p.setProperty("wechat.key", HexFormat.of().formatHex(apiKey));
        p.setProperty("alipay.appid", "2021" + (100000000000L + random.nextLong(800000000000L)));
        p.setProperty("alipay.sellerid", "2088" + (100000000000L + random.nextLong(800000000000L)));
        p.setProperty("alipay.merchant.private", AlipayWire.base64(merchant.getPrivate()));
        p.setProperty("alipay.merchant.public", AlipayWire.base64(merchant.getPublic()));
        p.setProperty("alipay.wallet.private", AlipayWire.base64(wallet.getPrivate()));
        p.setProperty("alipay.wallet.public", AlipayWire.base64(wallet.getPublic()));
        addAcquirer(p, random);
        store(p, dir, file);
    }

    private static void store(Properties p, Path dir, Path file) throws IOException {
        Path tmp = dir.resolve(FILE + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "paysim merchant kit: test keys made on this machine, never commit them");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The acquirer's signing key and its two merchants (UnionPay and e-CNY): 15-digit merchant numbers, 11-digit cert ids. */
    private static void addAcquirer(Properties p, SecureRandom random) {
        KeyPair acquirer = rsa();
        p.setProperty("acquirer.certid", String.valueOf(69000000000L + random.nextLong(900000000L)));
        p.setProperty("acquirer.private", AlipayWire.base64(acquirer.getPrivate()));
        p.setProperty("acquirer.public", AlipayWire.base64(acquirer.getPublic()));
        for (String wallet : new String[]{"unionpay", "ecny"}) {
            KeyPair merchant = rsa();
            p.setProperty(wallet + ".merid", (wallet.equals("ecny") ? "898" : "777") + (100000000000L + random.nextLong(800000000000L)));
            p.setProperty(wallet + ".certid", String.valueOf(68000000000L + random.nextLong(900000000L)));
            p.setProperty(wallet + ".merchant.private", AlipayWire.base64(merchant.getPrivate()));
            p.setProperty(wallet + ".merchant.public", AlipayWire.base64(merchant.getPublic()));
        }
    }

    private static QrcMerchant qrc(Properties p, String wallet) {
        return new QrcMerchant(p.getProperty(wallet + ".merid"), p.getProperty(wallet + ".certid"),
                p.getProperty(wallet + ".merchant.private"), p.getProperty(wallet + ".merchant.public"));
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void keytool(Path dir, String... args) throws IOException {
        String home = System.getProperty("java.home");
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(home, "bin", "keytool").toString());
        command.add("-J-Duser.language=en");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("keytool " + args[0] + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public static final String CLOUD_WECHAT = "cloud-wechat.properties";
    public static final String CLOUD_ALIPAY = "cloud-alipay.properties";
    public static final String CLOUD_UNIONPAY = "cloud-unionpay.properties";
    public static final String CLOUD_ECNY = "cloud-ecny.properties";

    /**
     * Writes all four provider files: WeChat Pay's and Alipay's as below, and the two
     * merchants of the UnionPay acquirer ({@code --unionpay-config}, {@code --ecny-config}),
     * both pointing at the acquirer on {@code unionpayBaseUrl}.
     */
    public void writeCloudFiles(String wechatBaseUrl, String alipayGatewayUrl, String unionpayBaseUrl) {
        writeCloudFiles(wechatBaseUrl, alipayGatewayUrl);
        try {
            for (var file : Map.of(CLOUD_UNIONPAY, unionpay, CLOUD_ECNY, ecny).entrySet()) {
                Properties p = new Properties();
                p.setProperty("base-url", unionpayBaseUrl);
                p.setProperty("mer-id", file.getValue().merId());
                p.setProperty("cert-id", file.getValue().certId());
                p.setProperty("merchant-private-key", file.getValue().merchantPrivateKey());
                p.setProperty("acquirer-public-key", acquirerPublicKey);
                p.setProperty("trusted-certificate", SERVER_CRT);
                try (Writer w = Files.newBufferedWriter(dir.resolve(file.getKey()), StandardCharsets.UTF_8)) {
                    p.store(w, "the simulator's merchant as a cloud node reads it: test keys, never commit them");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the cloud's provider files in " + dir, e);
        }
    }

    /**
     * Writes the two provider files a cloud node reads with {@code --wechat-config} and
     * {@code --alipay-config} (keys as docs/PAYMENTS-PROVIDERS.md lists them), pointing at a
     * simulator on {@code wechatBaseUrl} and {@code alipayGatewayUrl}. Paths are relative to
     * the kit, where the files go.
     */
    public void writeCloudFiles(String wechatBaseUrl, String alipayGatewayUrl) {
        Properties wechat = new Properties();
        wechat.setProperty("base-url", wechatBaseUrl);
        wechat.setProperty("app-id", wechatAppId);
        wechat.setProperty("mch-id", wechatMchId);
        wechat.setProperty("api-key", wechatApiKey);
        wechat.setProperty("client-keystore", MERCHANT_P12);
        wechat.setProperty("trusted-certificate", SERVER_CRT);
        Properties alipay = new Properties();
        alipay.setProperty("gateway-url", alipayGatewayUrl);
        alipay.setProperty("app-id", alipayAppId);
        alipay.setProperty("app-private-key", merchantAlipayPrivateKey);
        alipay.setProperty("alipay-public-key", alipayPublicKey);
        alipay.setProperty("trusted-certificate", SERVER_CRT);
        try {
            for (var file : Map.of(CLOUD_WECHAT, wechat, CLOUD_ALIPAY, alipay).entrySet()) {
                try (Writer w = Files.newBufferedWriter(dir.resolve(file.getKey()), StandardCharsets.UTF_8)) {
                    file.getValue().store(w, "the simulator's merchant as a cloud node reads it: test keys, never commit them");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the cloud's provider files in " + dir, e);
        }
    }

    public Path merchantKeystore() {
        return dir.resolve(MERCHANT_P12);
    }

    public Path serverCertificate() {
        return dir.resolve(SERVER_CRT);
    }

    public PrivateKey alipayWalletPrivate() {
        return AlipayWire.privateKey(alipayPrivateKey);
    }

    public PrivateKey acquirerPrivate() {
        return AlipayWire.privateKey(acquirerPrivateKey);
    }

    public PublicKey merchantAlipayPublic() {
        return AlipayWire.publicKey(merchantAlipayPublicKey);
    }

    /** The simulator's TLS: its own certificate, and only the merchant's client certificate trusted. */
    public SSLContext serverTls() {
        return tls(dir.resolve(SERVER_P12), SERVER_PASSWORD, dir.resolve(MERCHANT_CRT));
    }

    /** A merchant's TLS as the cloud would build it from its files: client certificate, simulator trusted. */
    public SSLContext merchantTls() {
        return tls(merchantKeystore(), wechatMchId, serverCertificate());
    }

    static SSLContext tls(Path keystore, String password, Path trusted) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                keys.load(in, password.toCharArray());
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password.toCharArray());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            try (InputStream in = Files.newInputStream(trusted)) {
                Certificate cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
                trust.setCertificateEntry("trusted", cert);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load TLS material", e);
        }
    }
}
