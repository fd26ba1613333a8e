package cn.suanpan.core.testing;

import cn.suanpan.core.audit.AuditLog;
import cn.suanpan.core.auth.AuthPolicy;
import cn.suanpan.core.auth.Authorizer;
import cn.suanpan.core.cart.AddItem;
import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.CartCommand;
import cn.suanpan.core.cart.CartEditor;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.CatalogImporter;
import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.hold.HoldService;
import cn.suanpan.core.members.MemberDirectory;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricingEngine;
import cn.suanpan.core.pricing.Promotion;
import cn.suanpan.core.refund.RefundService;
import cn.suanpan.core.sale.Checkout;
import cn.suanpan.core.sale.CompletedSale;
import cn.suanpan.core.sale.PointsRule;
import cn.suanpan.core.sale.SaleRepository;
import cn.suanpan.core.sale.SaleService;
import cn.suanpan.core.sale.SaleTakings;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.setup.StoreSetup;
import cn.suanpan.core.shift.Shift;
import cn.suanpan.core.shift.ShiftService;
import cn.suanpan.core.stock.StockLedger;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.core.tender.TenderPlan;
import cn.suanpan.core.users.PinHasher;
import cn.suanpan.core.users.Role;
import cn.suanpan.core.users.User;
import cn.suanpan.core.users.UserRepository;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A terminal with the demo catalog and every sales service wired as the app wires them,
 * for tests of selling, refunding and holding. Opening the same folder again gives the same
 * terminal, as after a restart. The clock starts at 09:00 Shanghai time on 1 May 2025.
 */
public final class SaleTerminal implements AutoCloseable {

    public final MutableClock clock;
    public final LocalStore store;
    public final StoreInfo info;
    public final UserRepository users;
    public final User cashier;
    public final User supervisor;
    public final User admin;
    public final AuditLog audit;
    public final Authorizer authorizer;
    public final CatalogRepository catalog;
    public final StockLedger stock;
    public final MemberDirectory members;
    public final ShiftService shifts;
    public final SaleRepository saleRepository;
    public final SaleService sales;
    public final RefundService refunds;
    public final HoldService holds;
    public CashRounding rounding = CashRounding.NONE;
    public List<Promotion> promotions = List.of();

    private SaleTerminal(Path dir, MutableClock clock) {
        this.clock = clock;
        store = LocalStore.open(dir);
        users = new UserRepository(store, new PinHasher(1024, 1), clock);
        StoreSetup setup = new StoreSetup(store, clock);
        info = setup.current().orElseGet(() -> seed(setup));
        cashier = user("wangfang");
        supervisor = user("lijun");
        admin = user("zhang");
        audit = new AuditLog(clock);
        authorizer = new Authorizer(store, users, audit, AuthPolicy.defaults());
        catalog = new CatalogRepository(store);
        stock = new StockLedger(store, clock);
        members = new MemberDirectory(store, clock);
        shifts = new ShiftService(store, info, audit, new SaleTakings(), clock);
        saleRepository = new SaleRepository(info);
        sales = new SaleService(store, info, shifts, stock, members, PointsRule.PER_YUAN, clock);
        refunds = new RefundService(store, info, saleRepository, shifts, stock, members, authorizer, audit, clock);
        holds = new HoldService(store, catalog, clock);
    }

    public static SaleTerminal open(Path dir) {
        return new SaleTerminal(dir, new MutableClock(TestTerminal.START));
    }

    public static SaleTerminal open(Path dir, MutableClock clock) {
        return new SaleTerminal(dir, clock);
    }

    private StoreInfo seed(StoreSetup setup) {
        CatalogImporter importer = new CatalogImporter(store, clock);
        try (Reader categories = DemoFiles.categories(); Reader products = DemoFiles.catalog()) {
            importer.importCategories(categories);
            importer.importCsv(products, CatalogImporter.Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        users.create("wangfang", "王芳", Role.CASHIER, TestTerminal.CASHIER_PIN);
        users.create("lijun", "李军", Role.SUPERVISOR, TestTerminal.SUPERVISOR_PIN);
        users.create("zhang", "张店长", Role.ADMIN, TestTerminal.ADMIN_PIN);
        return setup.create("0001", "算盘便利店", "Suanpan Convenience", "上海市静安区南京西路 1 号", "021-6000 0000",
                TestTerminal.ZONE, "01");
    }

    private User user(String username) {
        return users.activeUsers().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    public Product product(String sku) {
        return catalog.bySku(sku).orElseThrow(() -> new IllegalArgumentException("no product " + sku));
    }

    /** The open shift, opened by the cashier with a 500 yuan float when there is none. */
    public Shift openShift() {
        return shifts.current().orElseGet(() -> shifts.open(cashier, Money.ofYuan(500)));
    }

    /**
     * A cart of {@code "SP00001"} (one piece), {@code "SP00001*3"} (three pieces) or
     * {@code "SP00193@0.455"} (0.455 kg), then any further edits.
     */
    public Cart cart(List<String> items, CartCommand... edits) {
        CartEditor editor = new CartEditor();
        for (String item : items) {
            editor.apply(add(item));
        }
        for (CartCommand edit : edits) {
            editor.apply(edit);
        }
        return editor.cart();
    }

    public Cart cart(String... items) {
        return cart(List.of(items));
    }

    private AddItem add(String item) {
        if (item.contains("@")) {
            String[] parts = item.split("@");
            return new AddItem(product(parts[0]), Quantity.kg(parts[1]));
        }
        String[] parts = item.split("\\*");
        return new AddItem(product(parts[0]), Quantity.pieces(parts.length > 1 ? Integer.parseInt(parts[1]) : 1));
    }

    public PricingEngine pricing() {
        return new PricingEngine(clock, info.zone(), promotions, rounding);
    }

    public PricedCart price(Cart cart) {
        return pricing().price(cart);
    }

    /** Pays with these tenders, in order. */
    public TenderPlan pay(PricedCart priced, Tender... tenders) {
        TenderPlan plan = TenderPlan.forCart(priced, rounding);
        for (Tender t : tenders) {
            plan = plan.add(t);
        }
        return plan;
    }

    /** Sells the cart for exact cash, in the open shift (opened if needed). */
    public CompletedSale sell(Cart cart) {
        openShift();
        PricedCart priced = price(cart);
        List<Tender> tenders = new ArrayList<>();
        if (priced.total().isPositive()) {
            tenders.add(new Tender.Cash(rounding.apply(priced.total())));
        }
        return sales.commit(Checkout.of(priced, pay(priced, tenders.toArray(Tender[]::new)), cashier));
    }

    public CompletedSale sell(String... items) {
        return sell(cart(items));
    }

    public StoredSale stored(CompletedSale sale) {
        return saleRepository.byId(store.dsl(), sale.id()).orElseThrow();
    }

    @Override
    public void close() {
        store.close();
    }
}
