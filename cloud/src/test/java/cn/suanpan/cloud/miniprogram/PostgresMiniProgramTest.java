package cn.suanpan.cloud.miniprogram;

import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.testing.PostgresServer;
import cn.suanpan.cloud.testing.TestCloud;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

/** The mini-program's calls on the production profile: a throw-away PostgreSQL cluster. */
class PostgresMiniProgramTest extends MiniProgramScenarios {

    private PostgresServer postgres;

    @Override
    protected TestCloud startCloud(Path dir) throws Exception {
        Path bin = PostgresServer.binaries().orElse(null);
        Assumptions.assumeTrue(bin != null,
                "PostgreSQL server binaries not found under /usr/lib/postgresql (install the Debian package postgresql)");
        postgres = PostgresServer.start(bin);
        return TestCloud.start(new CloudConfig("127.0.0.1", 0, dir,
                new CloudStore.Connection(postgres.jdbcUrl(), postgres.user(), "", 8), TestCloud.ADMIN_TOKEN, false),
                UnaryOperator.identity());
    }

    @AfterAll
    void stopPostgres() throws Exception {
        stop();
        if (postgres != null) {
            postgres.close();
        }
    }
}
