package cn.suanpan.cloud;

import cn.suanpan.cloud.miniprogram.LocalWeChatLogin;
import cn.suanpan.cloud.orders.Notifier;
import cn.suanpan.cloud.payment.GatewaySetup;
import cn.suanpan.cloud.payment.ProviderFiles;
import cn.suanpan.cloud.store.CloudStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts a cloud node. With no options: embedded defaults (an H2 file in
 * {@code ~/.suanpan-cloud}, the demo shop, port 8620). With a JDBC URL: the production
 * profile on PostgreSQL. Every option may come from the environment instead.
 */
@Command(name = "suanpan-cloud", mixinStandardHelpOptions = true,
        description = "Suanpan cloud service: terminal sync and the shop's API.")
public final class CloudMain implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "${env:SUANPAN_CLOUD_DATA}",
            description = "Data directory of the embedded store (default: $SUANPAN_CLOUD_DATA or ~/.suanpan-cloud).")
    Path dataDir;

    @Option(names = "--host", defaultValue = "${env:SUANPAN_CLOUD_HOST:-127.0.0.1}", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "${env:SUANPAN_CLOUD_PORT:-8620}", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--jdbc-url", defaultValue = "${env:SUANPAN_CLOUD_JDBC_URL}",
            description = "Production profile: a PostgreSQL JDBC URL, e.g. jdbc:postgresql://db:5432/suanpan ($SUANPAN_CLOUD_JDBC_URL).")
    String jdbcUrl;

    @Option(names = "--db-user", defaultValue = "${env:SUANPAN_CLOUD_DB_USER}", description = "Database user ($SUANPAN_CLOUD_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:SUANPAN_CLOUD_DB_PASSWORD}", description = "Database password ($SUANPAN_CLOUD_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--db-pool", defaultValue = "${env:SUANPAN_CLOUD_DB_POOL:-16}", description = "Database connections (default: ${DEFAULT-VALUE}).")
    int dbPool;

    @Option(names = "--admin-token", defaultValue = "${env:SUANPAN_CLOUD_ADMIN_TOKEN}",
            description = "Token of the admin API ($SUANPAN_CLOUD_ADMIN_TOKEN); embedded, one is made and kept in the data directory.")
    String adminToken;

    @Option(names = "--secrets-key-file", defaultValue = "${env:SUANPAN_CLOUD_SECRETS_KEY_FILE}",
            description = "Key file sealing the terminals' secrets in the database (default: <data-dir>/" + CloudConfig.SECRETS_KEY_FILE
                    + ", made on first start; nodes sharing a database must share it) ($SUANPAN_CLOUD_SECRETS_KEY_FILE).")
    Path secretsKeyFile;

    @Option(names = "--wechat-config", defaultValue = "${env:SUANPAN_CLOUD_WECHAT_CONFIG}",
            description = "WeChat Pay merchant: a properties file (docs/PAYMENTS-PROVIDERS.md) ($SUANPAN_CLOUD_WECHAT_CONFIG); without it WeChat codes are refused.")
    Path wechatConfig;

    @Option(names = "--alipay-config", defaultValue = "${env:SUANPAN_CLOUD_ALIPAY_CONFIG}",
            description = "Alipay app: a properties file (docs/PAYMENTS-PROVIDERS.md) ($SUANPAN_CLOUD_ALIPAY_CONFIG); without it Alipay codes are refused.")
    Path alipayConfig;

    @Option(names = "--unionpay-config", defaultValue = "${env:SUANPAN_CLOUD_UNIONPAY_CONFIG}",
            description = "UnionPay (云闪付) merchant at the acquirer: a properties file (docs/PAYMENTS-PROVIDERS.md) ($SUANPAN_CLOUD_UNIONPAY_CONFIG); without it UnionPay codes are refused.")
    Path unionpayConfig;

    @Option(names = "--ecny-config", defaultValue = "${env:SUANPAN_CLOUD_ECNY_CONFIG}",
            description = "e-CNY (数字人民币) merchant at the acquirer: a properties file (docs/PAYMENTS-PROVIDERS.md) ($SUANPAN_CLOUD_ECNY_CONFIG); without it e-CNY codes are refused.")
    Path ecnyConfig;

    @Option(names = "--no-reconcile",
            description = "Do not check the shops' code payments against the wallets' daily bills (checked by default from 10:00 Beijing time).")
    boolean noReconcile;

    @Option(names = "--demo", negatable = true, description = "Seed the demo shop (default: on when embedded, off with --jdbc-url).")
    Boolean demo;

    public static void main(String[] args) {
        int code = new CommandLine(new CloudMain()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws Exception {
        CloudConfig config = config();
        // the provider files are read before anything starts: a bad key stops the node here
        GatewaySetup wallets = ProviderFiles.setup(wechatConfig, alipayConfig, unionpayConfig, ecnyConfig);
        CloudService service = CloudService.start(config, Clock.systemUTC(), UnaryOperator.identity(), Notifier.LOG,
                new LocalWeChatLogin(), wallets);
        if (!noReconcile) {
            service.startReconciliationSchedule(java.time.Duration.ofMinutes(2), java.time.Duration.ofMinutes(10));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "cloud-shutdown"));
        System.out.println("Suanpan cloud on http://" + host + ":" + service.port()
                + (config.seedDemo() ? " (demo shop 0001)" : "") + "; code payments: " + service.payments().gateways().enabled()
                + "; Ctrl+C stops it.");
        stopped.await();
        return 0;
    }

    CloudConfig config() throws IOException {
        Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".suanpan-cloud");
        boolean embedded = jdbcUrl == null || jdbcUrl.isBlank();
        if (!embedded && (adminToken == null || adminToken.isBlank())) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "the production profile needs an admin token: --admin-token or SUANPAN_CLOUD_ADMIN_TOKEN");
        }
        String token = adminToken != null && !adminToken.isBlank() ? adminToken : embeddedToken(dir);
        CloudStore.Connection db = embedded ? CloudStore.Connection.embedded(dir)
                : new CloudStore.Connection(jdbcUrl, dbUser, dbPassword, dbPool);
        return new CloudConfig(host, port, dir, db, token, demo != null ? demo : embedded,
                secretsKeyFile != null ? secretsKeyFile : dir.resolve(CloudConfig.SECRETS_KEY_FILE));
    }

    /** The embedded node's admin token: made once, kept in {@code admin-token} beside the database. */
    private static String embeddedToken(Path dir) throws IOException {
        Path file = dir.resolve("admin-token");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.createDirectories(dir);
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
        System.out.println("Admin token written to " + file);
        return token;
    }
}
