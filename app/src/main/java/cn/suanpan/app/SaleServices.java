package cn.suanpan.app;

import cn.suanpan.core.audit.AuditLog;
import cn.suanpan.core.auth.AuthPolicy;
import cn.suanpan.core.auth.Authorizer;
import cn.suanpan.core.hold.HoldService;
import cn.suanpan.core.members.MemberDirectory;
import cn.suanpan.core.pricing.CashRounding;
import cn.suanpan.core.pricing.PricingEngine;
import cn.suanpan.core.promotions.LivePromotions;
import cn.suanpan.core.promotions.PromotionStore;
import cn.suanpan.core.refund.RefundService;
import cn.suanpan.core.sale.PointsRule;
import cn.suanpan.core.sale.SaleRepository;
import cn.suanpan.core.sale.SaleService;
import cn.suanpan.core.sale.SaleTakings;
import cn.suanpan.core.shift.ShiftService;
import cn.suanpan.core.stock.StockLedger;
import cn.suanpan.core.users.PinHasher;
import cn.suanpan.core.users.UserRepository;
import java.util.Locale;

/**
 * The services of selling, wired once on a terminal: users and permissions, audit, stock,
 * members, shifts, sales, refunds and held carts. The shift service learns the takings from
 * the sales side through {@link SaleTakings}.
 */
public final class SaleServices {

    /** Setting for cash rounding (抹零): NONE, TO_JIAO or TO_YUAN, optionally ":HALF_UP". */
    public static final String CASH_ROUNDING = "sale.cashRounding";

    public final UserRepository users;
    public final AuditLog audit;
    public final Authorizer authorizer;
    public final StockLedger stock;
    public final MemberDirectory members;
    public final ShiftService shifts;
    public final SaleRepository saleRepository;
    public final SaleService sales;
    public final RefundService refunds;
    public final HoldService holds;
    public final CashRounding cashRounding;
    /**
     * The store's promotions, the same for the screen and the command line, read again
     * after a pull changed them.
     */
    public final LivePromotions promotions;

    private final TerminalContext terminal;

    public SaleServices(TerminalContext t) {
        terminal = t;
        users = new UserRepository(t.store(), new PinHasher(), t.clock());
        audit = new AuditLog(t.clock());
        authorizer = new Authorizer(t.store(), users, audit, AuthPolicy.defaults());
        stock = new StockLedger(t.store(), t.clock());
        members = new MemberDirectory(t.store(), t.clock());
        shifts = new ShiftService(t.store(), t.storeInfo(), audit, new SaleTakings(), t.clock());
        saleRepository = new SaleRepository(t.storeInfo());
        sales = new SaleService(t.store(), t.storeInfo(), shifts, stock, members, PointsRule.PER_YUAN, t.clock());
        refunds = new RefundService(t.store(), t.storeInfo(), saleRepository, shifts, stock, members, authorizer, audit,
                t.clock());
        holds = new HoldService(t.store(), t.catalog(), t.clock());
        cashRounding = cashRounding(t.settings().get(CASH_ROUNDING));
        // a terminal that has never pulled promotions runs the demo store's, offline too
        PromotionStore.seedIfNeverPulled(t.store(), DemoPromotions::bundled, t.clock());
        promotions = new LivePromotions(t.store());
    }

    /**
     * The pricing engine of the screen and the {@code sale} command. Promotions belong to
     * the cloud, like the catalog: the engine prices each cart with the store's promotions
     * of that moment, so one pulled while the window is open applies from the next cart on.
     */
    public PricingEngine pricing() {
        return new PricingEngine(terminal.clock(), terminal.storeInfo().zone(), promotions, cashRounding);
    }

    static CashRounding cashRounding(String setting) {
        if (setting == null || setting.isBlank()) {
            return CashRounding.NONE;
        }
        String[] parts = setting.strip().toUpperCase(Locale.ROOT).split(":");
        CashRounding.Mode mode = parts.length > 1 ? CashRounding.Mode.valueOf(parts[1]) : CashRounding.Mode.DOWN;
        return new CashRounding(CashRounding.Step.valueOf(parts[0]), mode);
    }
}
