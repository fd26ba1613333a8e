package cn.suanpan.cloud.payment.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.suanpan.cloud.CloudService;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.testing.PostgresServer;
import cn.suanpan.core.payment.Wallet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same days on PostgreSQL, the production profile; and two nodes on one database,
 * whose rounds check each shop's day once between them.
 */
class PostgresDailyReconciliationTest extends DailyReconciliationTest {

    private PostgresServer postgres;

    @Override
    protected CloudStore.Connection database(Path dir) throws Exception {
        Path bin = PostgresServer.binaries().orElse(null);
        Assumptions.assumeTrue(bin != null,
                "PostgreSQL server binaries not found under /usr/lib/postgresql (install the Debian package postgresql)");
        postgres = PostgresServer.start(bin);
        return connection();
    }

    private CloudStore.Connection connection() {
        return new CloudStore.Connection(postgres.jdbcUrl(), postgres.user(), "", 8);
    }

    @Override
    protected void closeDatabase() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoNodesOnOneDatabaseCheckEachDayOnce(@TempDir Path secondDir) throws Exception {
        pay(Wallet.WECHAT, 700);
        pay(Wallet.ALIPAY, 900);
        nextDayAt(DAY, LocalTime.of(10, 0));
        try (CloudService second = node(secondDir, connection())) {
            // this node takes the WeChat day and stops before it is done
            ReconciliationRecords records = new ReconciliationRecords(cloud.store());
            ReconciliationRecords.Key wechatDay = new ReconciliationRecords.Key(shop, DAY, Wallet.WECHAT);
            Instant now = fx.time.instant();
            records.ensure(wechatDay, now);
            assertThat(records.claim(wechatDay, now, now.plus(Duration.ofMinutes(10)))).isTrue();
            assertThat(records.claim(wechatDay, now, now.plus(Duration.ofMinutes(10)))).as("claimed once").isFalse();

            // the other node's round leaves it alone while it is held
            assertThat(second.reconciliation().runDue()).isEqualTo(1);
            assertThat(second.reconciliation().report(shop, DAY).orElseThrow().wallets())
                    .extracting(DayReport.WalletDay::wallet, DayReport.WalletDay::state)
                    .containsExactlyInAnyOrder(tuple(Wallet.ALIPAY, "CLEAN"), tuple(Wallet.WECHAT, "NOT_YET"));
            // and takes it over once the claim has run out
            fx.time.advance(Duration.ofMinutes(10));
            assertThat(second.reconciliation().runDue()).isEqualTo(1);
            assertThat(reconciliation.runDue()).isZero();
            assertThat(reconciliation.report(shop, DAY).orElseThrow())
                    .extracting(DayReport::state, DayReport::matched).containsExactly("CLEAN", 2);
        }
    }
}
