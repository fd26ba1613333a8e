package cn.suanpan.core.setup;

import static cn.suanpan.core.store.schema.Tables.CATEGORY;
import static cn.suanpan.core.store.schema.Tables.STORE;
import static cn.suanpan.core.store.schema.Tables.TERMINAL;
import static cn.suanpan.core.store.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.testing.DemoFiles;
import cn.suanpan.core.testing.MutableClock;
import cn.suanpan.core.users.PinHasher;
import cn.suanpan.core.users.Role;
import cn.suanpan.core.users.User;
import cn.suanpan.core.users.UserRepository;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoStoreTest {

    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T01:00:00Z"));

    private static Supplier<Reader> mustNotBeRead() {
        return () -> {
            throw new AssertionError("an already seeded store read the demo files again");
        };
    }

    @Test
    void seedsANewDatabaseOnceWithStoreTerminalCatalogAndUsers() {
        try (LocalStore store = LocalStore.open(tmp)) {
            StoreInfo first = DemoStore.seedIfEmpty(store, clock, DemoFiles::categories, DemoFiles::catalog);

            assertThat(first.storeCode()).isEqualTo("0001");
            assertThat(first.storeName()).isEqualTo("算盘便利店");
            assertThat(first.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(first.terminalCode()).isEqualTo("01");
            assertThat(new StoreSetup(store, clock).current()).contains(first);
            assertThat(store.dsl().fetchCount(STORE)).isEqualTo(1);
            assertThat(store.dsl().fetchCount(TERMINAL, TERMINAL.IS_LOCAL.isTrue())).isEqualTo(1);
            assertThat(new CatalogRepository(store).productCount()).isEqualTo(DemoFiles.PRODUCTS);
            assertThat(store.dsl().fetchValue(CATEGORY.NAME, CATEGORY.CODE.eq("drinks"))).isEqualTo("饮料");

            // the documented PINs log in, each with its role
            UserRepository users = new UserRepository(store, new PinHasher(1024, 1), clock);
            assertThat(users.activeUsers()).extracting(User::username)
                    .containsExactlyInAnyOrder(DemoStore.CASHIER, DemoStore.SUPERVISOR, DemoStore.ADMIN);
            assertThat(users.login(DemoStore.CASHIER, "1234").role()).isEqualTo(Role.CASHIER);
            assertThat(users.login(DemoStore.SUPERVISOR, "5678").role()).isEqualTo(Role.SUPERVISOR);
            assertThat(users.login(DemoStore.ADMIN, "0000").role()).isEqualTo(Role.ADMIN);

            StoreInfo second = DemoStore.seedIfEmpty(store, clock, mustNotBeRead(), mustNotBeRead());

            assertThat(second).isEqualTo(first);
            assertThat(store.dsl().fetchCount(STORE)).isEqualTo(1);
            assertThat(store.dsl().fetchCount(TERMINAL)).isEqualTo(1);
            assertThat(store.dsl().fetchCount(USERS)).isEqualTo(3);
            assertThat(new CatalogRepository(store).productCount()).isEqualTo(DemoFiles.PRODUCTS);
        }
    }

    @Test
    void aSeededStoreIsFoundAgainAfterReopening() {
        StoreInfo seeded;
        try (LocalStore store = LocalStore.open(tmp)) {
            seeded = DemoStore.seedIfEmpty(store, clock, DemoFiles::categories, DemoFiles::catalog);
        }
        try (LocalStore store = LocalStore.open(tmp)) {
            assertThat(DemoStore.seedIfEmpty(store, clock, mustNotBeRead(), mustNotBeRead())).isEqualTo(seeded);
        }
    }
}
