package cn.suanpan.app.ui.session;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.ui.catalog.MemoryCatalog;
import cn.suanpan.app.ui.catalog.ProductCatalog;
import cn.suanpan.app.ui.catalog.ScaleLabels;
import cn.suanpan.app.ui.common.Sounds;
import cn.suanpan.app.ui.common.TaskExecutor;
import cn.suanpan.app.ui.devices.Devices;
import cn.suanpan.app.ui.hold.HeldCarts;
import cn.suanpan.app.ui.hold.MemoryHeldCarts;
import cn.suanpan.app.ui.payment.MemorySaleRecorder;
import cn.suanpan.app.ui.payment.SaleRecorder;
import cn.suanpan.app.ui.returns.MemoryReturnsDesk;
import cn.suanpan.app.ui.returns.ReturnsDesk;
import cn.suanpan.app.ui.sale.DemoPromotions;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.core.audit.AuditLog;
import cn.suanpan.core.auth.AuthPolicy;
import cn.suanpan.core.auth.Authorizer;
import cn.suanpan.core.members.MemberDirectory;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.pricing.PricingEngine;
import cn.suanpan.core.pricing.Promotion;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.shift.CashTakings;
import cn.suanpan.core.shift.ShiftService;
import cn.suanpan.core.users.PinHasher;
import cn.suanpan.core.users.UserRepository;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The core services and devices the screens use, wired once per window from the running
 * terminal. Tests build it with a synchronous executor and simulated devices.
 */
public record Services(
        TerminalContext terminal,
        UiSettings settings,
        Clock clock,
        UserRepository users,
        AuditLog audit,
        Authorizer authorizer,
        ShiftService shifts,
        MemberDirectory members,
        ProductCatalog catalog,
        PricingEngine pricing,
        SaleRecorder sales,
        ReturnsDesk returns,
        HeldCarts holds,
        Devices devices,
        TaskExecutor executor,
        Executor uiThread,
        Sounds sounds) {

    /**
     * @param uiThread where device callbacks (scale readings, printer results) are handed back:
     *                 {@code Platform::runLater} in the terminal
     */
    public static Services create(TerminalContext terminal, TaskExecutor executor, Executor uiThread, Devices devices,
                                  Sounds sounds) {
        Clock clock = terminal.clock();
        StoreInfo store = terminal.storeInfo();
        UserRepository users = new UserRepository(terminal.store(), new PinHasher(), clock);
        AuditLog audit = new AuditLog(clock);
        Authorizer authorizer = new Authorizer(terminal.store(), users, audit, AuthPolicy.defaults());
        ShiftService shifts = new ShiftService(terminal.store(), store, audit, CashTakings.NONE, clock);
        MemberDirectory members = new MemberDirectory(terminal.store(), clock);
        ProductCatalog catalog = MemoryCatalog.load(terminal.catalog(), new ScaleLabels(ScaleLabels.Value.AMOUNT));
        PricingEngine pricing = new PricingEngine(clock, store.zone(), demoPromotions(), CashRounding.NONE);
        SaleRecorder sales = new MemorySaleRecorder(store, clock);
        HeldCarts holds = new MemoryHeldCarts(clock);
        ReturnsDesk returns = new MemoryReturnsDesk(sales, authorizer);
        return new Services(terminal, new UiSettings(terminal.settings()), clock, users, audit, authorizer, shifts, members,
                catalog, pricing, sales, returns, holds, devices, executor, uiThread, sounds);
    }

    private static List<Promotion> demoPromotions() {
        return DemoPromotions.read(TerminalContext.asset("demo/promotions.csv"));
    }

    public StoreInfo store() {
        return terminal.storeInfo();
    }
}
