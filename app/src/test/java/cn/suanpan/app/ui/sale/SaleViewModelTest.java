package cn.suanpan.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.testing.HeldCatalog;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.ui.catalog.ScaleLabels;
import cn.suanpan.app.ui.common.Sound;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.core.auth.Authorization;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.auth.SupervisorOverride;
import cn.suanpan.core.cart.Discount;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.Adjustment;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.core.users.User;
import cn.suanpan.hardware.scale.SimulatedScale;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sale screen's behaviour without a window: the cart engine, promotions, scans, edits and their guards. */
class SaleViewModelTest {

    static final String COLA_500 = "6999993984647";
    static final String SPRITE_500 = "6999993521873";
    static final String BEEF_NOODLES = "6922811950968";
    static final String SPICY_NOODLES = "6922811271254";
    static final String SHRIMP_NOODLES = "6922811874455";

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    Services services;
    Session session;
    SaleViewModel model;

    @BeforeEach
    void newSale() {
        services = terminal.services(Runnable::run);
        session = new Session();
        session.userProperty().set(services.users().login(DemoStore.CASHIER, DemoStore.CASHIER_PIN));
        model = new SaleViewModel(services, session);
        terminal.sounds().clear();
    }

    @Test
    void aRepeatedScanGrowsItsLineAndTheSecondColaIsHalfPrice() {
        assertThat(model.scan(COLA_500)).isTrue();
        assertThat(model.scan(COLA_500)).isTrue();
        assertThat(model.scan(SPRITE_500)).isTrue();

        assertThat(model.lines()).hasSize(2);
        PricedLine cola = model.lines().getFirst();
        assertThat(cola.line().quantity()).isEqualTo(Quantity.pieces(2));
        assertThat(cola.adjustments()).extracting(a -> a.label(Locale.SIMPLIFIED_CHINESE)).containsExactly("第二件半价");
        assertThat(cola.lineTotal()).isEqualTo(Money.parse("5.25"));
        assertThat(model.priced().total()).isEqualTo(Money.parse("8.75"));
        assertThat(model.priced().savings()).isEqualTo(Money.parse("1.75"));
        assertThat(terminal.sounds().played()).containsOnly(Sound.SCAN);
        assertThat(model.selectedLineProperty().get()).isEqualTo(2);
    }

    @Test
    void anUnknownCodeSaysWhichAndSoundsTheErrorToneAndChangesNothing() {
        model.scan(COLA_500);
        terminal.sounds().clear();

        assertThat(model.scan("6900000000000")).isFalse();

        assertThat(model.noticeProperty().get().key()).isEqualTo("sale.unknownBarcode");
        assertThat(model.noticeProperty().get().args()).containsExactly("6900000000000");
        assertThat(terminal.sounds().played()).containsExactly(Sound.ERROR);
        assertThat(model.lines()).hasSize(1);
    }

    @Test
    void aScaleLabelGivesItsAmountAndTheWeightBehindIt() {
        Product banana = banana();
        String label = ScaleLabels.amountLabel(banana, Money.parse("5.14"));

        assertThat(model.scan(label)).isTrue();

        PricedLine line = model.lines().getFirst();
        assertThat(line.line().hasLabel()).isTrue();
        assertThat(line.listAmount()).isEqualTo(Money.parse("5.14"));
        // 5.14 / 7.98 per kg = 0.644 kg
        assertThat(line.line().quantity()).isEqualTo(Quantity.grams(644));
        assertThat(model.priced().total()).isEqualTo(Money.parse("5.14"));
    }

    @Test
    void aWeighedItemTakesTheStableWeightFromTheScale() throws Exception {
        SimulatedScale scale = (SimulatedScale) services.devices().scale();
        scale.place(736);

        assertThat(model.add(banana())).isFalse();
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (model.lines().isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(20);
        }

        assertThat(model.lines()).hasSize(1);
        assertThat(model.lines().getFirst().line().quantity().display()).isEqualTo("0.736");
        // 7.98 × 0.736 = 5.873 → 5.87
        assertThat(model.priced().total()).isEqualTo(Money.parse("5.87"));
    }

    @Test
    void typingAQuantityAndUndoingItGoThroughTheEngine() {
        model.scan(BEEF_NOODLES);

        assertThat(model.setQuantity("3")).isTrue();
        // any three noodles for 10.00 instead of 3 × 3.50
        assertThat(model.priced().total()).isEqualTo(Money.parse("10.00"));
        assertThat(model.lines().getFirst().adjustments()).extracting(Adjustment::kind).containsExactly(Adjustment.Kind.PROMOTION);

        assertThat(model.undo()).isTrue();
        assertThat(model.lines().getFirst().line().quantity()).isEqualTo(Quantity.pieces(1));
        assertThat(model.priced().total()).isEqualTo(Money.parse("3.50"));
    }

    @Test
    void aBadQuantityIsRefusedWithItsReason() {
        model.scan(COLA_500);
        assertThat(model.setQuantity("abc")).isFalse();
        assertThat(model.noticeProperty().get().key()).isEqualTo("sale.badQuantity");
        assertThat(model.setQuantity("0")).isFalse();
        assertThat(model.noticeProperty().get().failure()).isNotNull();
        assertThat(model.lines().getFirst().line().quantity()).isEqualTo(Quantity.pieces(1));
    }

    @Test
    void onlyTheLineJustScannedComesOutWithoutLeave() {
        model.scan(COLA_500);
        model.scan(SPRITE_500);

        model.select(1);
        assertThat(model.selectedIsFresh()).isFalse();
        assertThat(model.remove()).isFalse();

        model.select(2);
        assertThat(model.remove()).isTrue();
        assertThat(model.lines()).hasSize(1);
    }

    @Test
    void aVoidedLineStaysStruckThroughAndCountsForNothing() {
        model.scan(COLA_500);
        model.scan(SPRITE_500);
        model.select(1);
        User cashier = session.user();
        Authorization approved = services.authorizer().require(cashier, Permission.VOID_LINE,
                Optional.of(new SupervisorOverride(DemoStore.SUPERVISOR, DemoStore.SUPERVISOR_PIN)));

        assertThat(model.voidSelected(approved)).isTrue();

        assertThat(model.lines()).hasSize(2);
        assertThat(model.lines().getFirst().voided()).isTrue();
        assertThat(model.priced().total()).isEqualTo(Money.parse("3.50"));
        assertThat(model.noticeProperty().get().key()).isEqualTo("sale.voidedApproved");
    }

    @Test
    void anOrderDiscountAndAPriceOverrideArePricedByTheEngine() {
        model.scan(COLA_500);
        model.scan(SPICY_NOODLES);
        model.select(2);
        Authorization own = services.authorizer().require(
                services.users().login(DemoStore.SUPERVISOR, DemoStore.SUPERVISOR_PIN), Permission.PRICE_OVERRIDE, Optional.empty());

        assertThat(model.overridePrice(Money.parse("2.00"), "临期", own)).isTrue();
        assertThat(model.orderDiscount(Discount.percent("10"))).isTrue();

        // 3.50 + 2.00 = 5.50, less 10 % = 4.95
        assertThat(model.priced().total()).isEqualTo(Money.parse("4.95"));
        assertThat(model.priced().orderDiscount()).isEqualTo(Money.parse("0.55"));
    }

    @Test
    void payingIsRefusedWithAReasonUntilThereIsAShiftAndSomethingToPay() {
        assertThat(model.payBlockedProperty().get()).isEqualTo("sale.reason.noShift");
        session.shiftProperty().set(services.shifts().current().orElseGet(() -> services.shifts().open(session.user(), Money.ZERO)));
        assertThat(model.payBlockedProperty().get()).isEqualTo("sale.reason.emptyCart");
        model.scan(COLA_500);
        assertThat(model.payBlockedProperty().get()).isNull();
    }

    @Test
    void typingFindsByNamePinyinInitialsEnglishAndPartOfABarcode() {
        assertThat(names(services.catalog().search("可口可乐", 10))).contains("可口可乐 500ml");
        assertThat(names(services.catalog().search("kkkl", 10))).contains("可口可乐 500ml");
        assertThat(names(services.catalog().search("coke zero", 10))).containsExactly("可口可乐零度 500ml");
        assertThat(names(services.catalog().search("99398464", 10))).containsExactly("可口可乐 500ml");
        assertThat(services.catalog().search("zzzzqqq", 10)).isEmpty();
    }

    @Test
    void enterOnASingleSearchMatchAddsItAndOnSeveralShowsThem() {
        assertThat(model.enter("coke zero")).isTrue();
        assertThat(model.lines()).hasSize(1);

        assertThat(model.enter("kkkl")).isFalse();
        assertThat(model.searchQueryProperty().get()).isEqualTo("kkkl");
        assertThat(model.gridProducts()).hasSizeGreaterThan(1);
        assertThat(model.lines()).hasSize(1);
    }

    @Test
    void aScanLeavesTheGridAsItIsAndTheRowsAlreadyInTheCart() {
        model.scan(COLA_500);
        PricedLine cola = model.lines().getFirst();
        List<Product> grid = List.copyOf(model.gridProducts());
        int[] gridChanges = {0};
        model.gridProducts().addListener((javafx.collections.ListChangeListener<Product>) c -> gridChanges[0]++);
        List<String> lineChanges = new java.util.ArrayList<>();
        model.lines().addListener((javafx.collections.ListChangeListener<PricedLine>) c -> {
            while (c.next()) {
                lineChanges.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ") + c.getFrom());
            }
        });

        // the screen empties the scan field after a scan, which ends any search
        model.search("");
        assertThat(model.scan(SHRIMP_NOODLES)).isTrue();
        model.search("");

        assertThat(grid).isNotEmpty();
        assertThat(model.gridProducts()).containsExactlyElementsOf(grid);
        assertThat(gridChanges[0]).as("grid refills").isZero();
        assertThat(lineChanges).containsExactly("added 1");
        assertThat(model.lines().getFirst()).isSameAs(cola);

        model.search("kkkl");
        assertThat(gridChanges[0]).isEqualTo(1);
        model.search("");
        assertThat(model.gridProducts()).containsExactlyElementsOf(grid);
    }

    @Test
    void heldCartsComeBackWhole() {
        model.scan(COLA_500);
        model.scan(SHRIMP_NOODLES);
        var held = services.holds().hold(model.cart(), session.user());
        model.startNewSale();
        assertThat(model.lines()).isEmpty();

        model.load(services.holds().recall(held.number()).cart());

        assertThat(model.lines()).hasSize(2);
        assertThat(services.holds().list()).isEmpty();
    }

    @Test
    void scansBeforeTheCatalogIsIndexedAreKeptAndGoIntoTheCartInOrderOnceItIs() throws InterruptedException {
        // the screen's thread is this queue: the test runs what the index hands over to it
        BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
        HeldCatalog held = HeldCatalog.of(terminal.context().catalog());
        Services early = terminal.services(uiThread::add).withCatalog(held.loadInBackground());
        SaleViewModel sale = new SaleViewModel(early, session);

        assertThat(sale.catalogLoadingProperty().get()).isTrue();
        assertThat(sale.categories()).isEmpty();
        assertThat(sale.scan(COLA_500)).isTrue();
        assertThat(sale.enter(SPRITE_500)).isTrue();
        assertThat(sale.scan(COLA_500)).isTrue();
        sale.search("kkkl");

        assertThat(sale.lines()).isEmpty();
        assertThat(sale.noticeProperty().get().key()).isEqualTo("sale.catalogLoading");
        assertThat(sale.noticeProperty().get().args()).containsExactly(3);
        assertThat(terminal.sounds().played()).isEmpty();

        held.release();
        // run what reaches the screen's thread (device readings too) until the index has said it is built
        while (sale.catalogLoadingProperty().get()) {
            Runnable next = uiThread.poll(30, TimeUnit.SECONDS);
            assertThat(next).as("the index tells the screen's thread it is built").isNotNull();
            next.run();
        }

        assertThat(sale.catalogLoadingProperty().get()).isFalse();
        assertThat(sale.categories()).isNotEmpty();
        assertThat(sale.lines()).hasSize(2);
        assertThat(sale.lines().getFirst().line().quantity()).isEqualTo(Quantity.pieces(2));
        assertThat(sale.priced().total()).isEqualTo(Money.parse("8.75"));
        assertThat(sale.searchQueryProperty().get()).isEqualTo("kkkl");
        assertThat(sale.gridProducts()).isNotEmpty();
        assertThat(terminal.sounds().played()).containsOnly(Sound.SCAN);
    }

    private Product banana() {
        return services.catalog().search("香蕉", 1).getFirst();
    }

    private static List<String> names(List<Product> products) {
        return products.stream().map(Product::name).toList();
    }
}
