package cn.suanpan.bench.sale;

import cn.suanpan.bench.ScratchDirs;
import cn.suanpan.bench.startup.LargeCatalog;
import cn.suanpan.core.audit.AuditLog;
import cn.suanpan.core.catalog.CatalogImporter;
import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.catalog.ImportReport;
import cn.suanpan.core.members.MemberDirectory;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.sale.PointsRule;
import cn.suanpan.core.sale.SaleService;
import cn.suanpan.core.sale.SaleTakings;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.setup.StoreSetup;
import cn.suanpan.core.shift.ShiftService;
import cn.suanpan.core.stock.StockLedger;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.users.PinHasher;
import cn.suanpan.core.users.Role;
import cn.suanpan.core.users.User;
import cn.suanpan.core.users.UserRepository;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.stream.Stream;

/**
 * A terminal in a temporary folder with a generated catalog of N products (the
 * {@link LargeCatalog} CSV, imported as a shop would) and an open shift, for benchmarks of
 * the sale path against a realistic database.
 */
final class BenchTerminal implements AutoCloseable {

    final Path dir;
    final LocalStore store;
    final CatalogRepository catalog;
    final SaleService sales;
    final User cashier;

    BenchTerminal(int products) throws IOException {
        this(Files.createTempDirectory("suanpan-bench"), products);
    }

    /**
     * A terminal with {@code products} products: a copy of the one kept under
     * {@code -Dsuanpan.bench.template=DIR} when that is set (a million products take about
     * two minutes to import, and copying the gigabyte of the database a few seconds), a new
     * one otherwise.
     */
    static BenchTerminal create(int products) throws IOException {
        String template = System.getProperty("suanpan.bench.template");
        return template == null ? new BenchTerminal(products) : copyOf(Path.of(template + "-" + products), products);
    }

    private BenchTerminal(Path dir, int products) throws IOException {
        Clock clock = Clock.systemUTC();
        this.dir = dir;
        store = LocalStore.open(dir.resolve("db"));
        UserRepository users = new UserRepository(store, new PinHasher(1024, 1), clock);
        StoreSetup setup = new StoreSetup(store, clock);
        StoreInfo info;
        boolean fresh = setup.current().isEmpty();
        if (fresh) {
            Path csv = dir.resolve("catalog.csv");
            LargeCatalog.write(products, csv, 42);
            info = setup.create("0001", "算盘便利店", "Suanpan Convenience", null, null, ZoneId.of("Asia/Shanghai"), "01");
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                ImportReport report = new CatalogImporter(store, clock).importCsv(in, CatalogImporter.Progress.NONE);
                if (!report.ok()) {
                    throw new IllegalStateException("generated catalog rejected: " + report.errors());
                }
            }
            Files.delete(csv);
            cashier = users.create("bench", "测试", Role.CASHIER, "1234");
        } else {
            info = setup.current().orElseThrow();
            cashier = users.activeUsers().stream().filter(u -> u.username().equals("bench")).findFirst().orElseThrow();
        }
        catalog = new CatalogRepository(store);
        AuditLog audit = new AuditLog(clock);
        ShiftService shifts = new ShiftService(store, info, audit, new SaleTakings(), clock);
        sales = new SaleService(store, info, shifts, new StockLedger(store, clock), new MemberDirectory(store, clock),
                PointsRule.PER_YUAN, clock);
        if (fresh) {
            shifts.open(cashier, Money.ofYuan(500));
        }
    }

    /**
     * A terminal on a copy of the one kept in {@code template} (made there first if need be),
     * so that repeated runs do not import the same large catalog again.
     */
    static BenchTerminal copyOf(Path template, int products) throws IOException {
        if (!Files.isDirectory(template.resolve("db"))) {
            Files.createDirectories(template);
            new BenchTerminal(template, products).store.close();
        }
        Path dir = Files.createTempDirectory("suanpan-bench");
        try (Stream<Path> files = Files.walk(template)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return new BenchTerminal(dir, products);
    }

    @Override
    public void close() throws IOException {
        store.close();
        ScratchDirs.delete(dir);
    }
}
