package cn.suanpan.app.ui.session;

import cn.suanpan.app.SaleServices;
import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.ui.catalog.IndexedCatalog;
import cn.suanpan.app.ui.common.Sounds;
import cn.suanpan.app.ui.common.TaskExecutor;
import cn.suanpan.app.ui.devices.Devices;
import cn.suanpan.app.ui.hold.HeldCarts;
import cn.suanpan.app.ui.hold.StoreHeldCarts;
import cn.suanpan.app.ui.payment.CodePaymentDesk;
import cn.suanpan.app.ui.payment.SaleRecorder;
import cn.suanpan.app.ui.payment.StoreSaleRecorder;
import cn.suanpan.app.ui.returns.ReturnsDesk;
import cn.suanpan.app.ui.returns.StoreReturnsDesk;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.core.audit.AuditLog;
import cn.suanpan.core.auth.Authorizer;
import cn.suanpan.core.cart.CartRules;
import cn.suanpan.core.catalog.scale.ScaleLabelDecoder;
import cn.suanpan.core.members.MemberDirectory;
import cn.suanpan.core.pricing.PricingEngine;
import cn.suanpan.core.setup.ShopSettings;
import cn.suanpan.core.setup.StoreSetup;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.shift.ShiftService;
import cn.suanpan.core.users.UserRepository;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * The core services and devices the screens use, wired once per window from the running
 * terminal (the selling services as {@link SaleServices} wires them for the command line
 * too). Tests build it with a synchronous executor and simulated devices.
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
        IndexedCatalog catalog,
        PricingEngine pricing,
        SaleRecorder sales,
        ReturnsDesk returns,
        HeldCarts holds,
        Devices devices,
        TaskExecutor executor,
        Executor uiThread,
        Sounds sounds,
        LiveStoreInfo storeInfo) {

    /**
     * @param uiThread where device callbacks (scale readings, printer results) are handed back:
     *                 {@code Platform::runLater} in the terminal
     */
    public static Services create(TerminalContext terminal, TaskExecutor executor, Executor uiThread, Devices devices,
                                  Sounds sounds) {
        SaleServices core = new SaleServices(terminal);
        // receipts read the shop's central header and footer, as last pulled, from the store
        UiSettings settings = new UiSettings(terminal.settings(), () -> ShopSettings.read(terminal.store().dsl()));
        IndexedCatalog catalog = IndexedCatalog.loadInBackground(terminal.catalog(), ScaleLabelDecoder.defaults());
        PricingEngine pricing = core.pricing();
        SaleRecorder sales = new StoreSaleRecorder(terminal.store(), terminal.storeInfo(), core.sales, core.saleRepository, settings);
        ReturnsDesk returns = new StoreReturnsDesk(terminal.store(), core.saleRepository, core.refunds,
                () -> CodePaymentDesk.of(terminal).payments());
        HeldCarts holds = new StoreHeldCarts(core.holds, core.users, CartRules.DEFAULT);
        return new Services(terminal, settings, terminal.clock(), core.users, core.audit, core.authorizer, core.shifts, core.members,
                catalog, pricing, sales, returns, holds, devices, executor, uiThread, sounds,
                new LiveStoreInfo(terminal.storeInfo(), uiThread));
    }

    /** The same services on another catalog (the benchmarks run the screens on a million generated products). */
    public Services withCatalog(IndexedCatalog other) {
        return new Services(terminal, settings, clock, users, audit, authorizer, shifts, members, other, pricing, sales, returns,
                holds, devices, executor, uiThread, sounds, storeInfo);
    }

    /** This terminal's store, as last read (renamed by the shop's settings from the cloud, it follows). */
    public StoreInfo store() {
        return storeInfo.get();
    }

    /**
     * Reads the store again after a pull applied the shop's settings (which may rename it);
     * off the JavaFX thread: {@link LiveStoreInfo#property()} follows on it.
     */
    public void storeSettingsChanged() {
        new StoreSetup(terminal.store(), clock).current().ifPresent(storeInfo::changed);
    }
}
