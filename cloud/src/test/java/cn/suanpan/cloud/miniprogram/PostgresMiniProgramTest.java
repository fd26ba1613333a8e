package cn.suanpan.cloud.miniprogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.suanpan.cloud.CloudConfig;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.testing.PostgresServer;
import cn.suanpan.cloud.testing.TestCloud;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.ProtocolException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mini-program's calls on the production profile: a throw-away PostgreSQL cluster. */
class PostgresMiniProgramTest extends MiniProgramScenarios {

    private PostgresServer postgres;
    private Path keyFile;

    @Override
    protected TestCloud startCloud(Path dir) throws Exception {
        Path bin = PostgresServer.binaries().orElse(null);
        Assumptions.assumeTrue(bin != null,
                "PostgreSQL server binaries not found under /usr/lib/postgresql (install the Debian package postgresql)");
        postgres = PostgresServer.start(bin);
        keyFile = dir.resolve(CloudConfig.SECRETS_KEY_FILE);
        return TestCloud.start(new CloudConfig("127.0.0.1", 0, dir,
                new CloudStore.Connection(postgres.jdbcUrl(), postgres.user(), "", 8), TestCloud.ADMIN_TOKEN, false, keyFile),
                UnaryOperator.identity());
    }

    /** Two stateless nodes on the one database: a session ended through one is refused by the other. */
    @Test
    void aSessionEndedOnOneNodeIsRefusedByTheOther(@TempDir Path secondDir) throws Exception {
        try (TestCloud nodeB = TestCloud.start(new CloudConfig("127.0.0.1", 0, secondDir,
                new CloudStore.Connection(postgres.jdbcUrl(), postgres.user(), "", 8), TestCloud.ADMIN_TOKEN, false, keyFile),
                UnaryOperator.identity())) {
            Shops.Shop shop = shop(1);
            String session = login(shop, "wx-node");
            assertThat(nodeB.service().miniProgram().session(session).shopId()).as("good on both nodes").isEqualTo(shop.id());

            assertThat(call("DELETE", "/session", session, null).status()).isEqualTo(204);

            ProtocolException refused = catchThrowableOfType(ProtocolException.class,
                    () -> nodeB.service().miniProgram().session(session));
            assertThat(refused.code()).isEqualTo(ErrorCode.BAD_SESSION);
        }
    }

    @AfterAll
    void stopPostgres() throws Exception {
        stop();
        if (postgres != null) {
            postgres.close();
        }
    }
}
