package cn.suanpan.cloud.sync;

import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.testing.PostgresServer;
import cn.suanpan.cloud.testing.TestCloud;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

/**
 * The promotion and settings scenarios against the production profile: a throw-away
 * PostgreSQL from the Debian package, skipped, saying why, on a machine without it.
 */
class PostgresPromotionsTest extends PromotionScenarios {

    private PostgresServer postgres;

    @Override
    protected TestCloud startCloud(Path dir) throws Exception {
        Path bin = PostgresServer.binaries().orElse(null);
        Assumptions.assumeTrue(bin != null,
                "PostgreSQL server binaries not found under /usr/lib/postgresql (install the Debian package postgresql)");
        postgres = PostgresServer.start(bin);
        CloudConfig config = new CloudConfig("127.0.0.1", 0, dir,
                new CloudStore.Connection(postgres.jdbcUrl(), postgres.user(), "", 4), TestCloud.ADMIN_TOKEN, false,
                dir.resolve(CloudConfig.SECRETS_KEY_FILE));
        return TestCloud.start(config, UnaryOperator.identity());
    }

    @AfterAll
    void stopPostgres() throws Exception {
        stop(); // the cloud first, while its database is still there
        if (postgres != null) {
            postgres.close();
        }
    }
}
