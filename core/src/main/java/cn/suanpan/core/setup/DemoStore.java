package cn.suanpan.core.setup;

import cn.suanpan.core.catalog.CatalogImporter;
import cn.suanpan.core.catalog.ImportReport;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.users.PinHasher;
import cn.suanpan.core.users.Role;
import cn.suanpan.core.users.UserRepository;
import java.io.Reader;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo store a new terminal starts with: a convenience store in Shanghai with its
 * catalog from the bundled CSV files, a cashier, a supervisor and an admin.
 */
public final class DemoStore {

    private static final Logger log = LoggerFactory.getLogger(DemoStore.class);

    public static final String CASHIER = "cashier";
    public static final String CASHIER_PIN = "1234";
    public static final String SUPERVISOR = "supervisor";
    public static final String SUPERVISOR_PIN = "5678";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PIN = "0000";

    private DemoStore() {
    }

    /** Seeds a database that has no store yet; returns the store either way. */
    public static StoreInfo seedIfEmpty(LocalStore store, Clock clock, Supplier<Reader> categories, Supplier<Reader> catalog) {
        StoreSetup setup = new StoreSetup(store, clock);
        var existing = setup.current();
        if (existing.isPresent()) {
            return existing.get();
        }
        log.info("New database: seeding the demo store");
        CatalogImporter importer = new CatalogImporter(store, clock);
        try (Reader c = categories.get()) {
            importer.importCategories(c);
        } catch (java.io.IOException e) {
            throw new SuanpanException("catalog.import.unreadable", e.getMessage());
        }
        try (Reader p = catalog.get()) {
            ImportReport report = importer.importCsv(p, CatalogImporter.Progress.NONE);
            if (!report.ok()) {
                throw new IllegalStateException("demo catalog has errors: " + report.errors());
            }
        } catch (java.io.IOException e) {
            throw new SuanpanException("catalog.import.unreadable", e.getMessage());
        }
        UserRepository users = new UserRepository(store, new PinHasher(), clock);
        users.create(CASHIER, "王芳", Role.CASHIER, CASHIER_PIN);
        users.create(SUPERVISOR, "李军", Role.SUPERVISOR, SUPERVISOR_PIN);
        users.create(ADMIN, "张店长", Role.ADMIN, ADMIN_PIN);
        return setup.create("0001", "算盘便利店", "Suanpan Convenience", "上海市静安区南京西路 1 号", "021-6000 0000",
                ZoneId.of("Asia/Shanghai"), "01");
    }
}
