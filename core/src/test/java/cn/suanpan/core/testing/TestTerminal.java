package cn.suanpan.core.testing;

import cn.suanpan.core.audit.AuditLog;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.setup.StoreSetup;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.users.PinHasher;
import cn.suanpan.core.users.Role;
import cn.suanpan.core.users.User;
import cn.suanpan.core.users.UserRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A fresh terminal database with a store in Shanghai and one user of each role, for tests
 * of the services that need who and where. The clock starts at 09:00 Shanghai time.
 */
public final class TestTerminal implements AutoCloseable {

    public static final Instant START = Instant.parse("2025-05-01T01:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String CASHIER_PIN = "1234";
    public static final String SUPERVISOR_PIN = "5678";
    public static final String ADMIN_PIN = "0000";

    public final MutableClock clock = new MutableClock(START);
    public final LocalStore store;
    public final StoreInfo info;
    /** A cheap hash: these tests are about permissions, not about the hash's cost. */
    public final UserRepository users;
    public final AuditLog audit;
    public final User cashier;
    public final User supervisor;
    public final User admin;

    public TestTerminal(Path dir) {
        store = LocalStore.open(dir);
        info = new StoreSetup(store, clock).create("0001", "算盘便利店", "Suanpan Convenience", "上海市静安区南京西路 1 号",
                "021-6000 0000", ZONE, "01");
        users = new UserRepository(store, new PinHasher(1024, 1), clock);
        audit = new AuditLog(clock);
        cashier = users.create("wangfang", "王芳", Role.CASHIER, CASHIER_PIN);
        supervisor = users.create("lijun", "李军", Role.SUPERVISOR, SUPERVISOR_PIN);
        admin = users.create("zhang", "张店长", Role.ADMIN, ADMIN_PIN);
    }

    @Override
    public void close() {
        store.close();
    }
}
