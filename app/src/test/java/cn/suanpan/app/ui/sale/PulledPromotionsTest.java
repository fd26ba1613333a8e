package cn.suanpan.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.config.Settings;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.ui.session.Services;
import cn.suanpan.app.ui.session.Session;
import cn.suanpan.app.ui.settings.UiSettings;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.pricing.LocalizedName;
import cn.suanpan.core.pricing.Promotion;
import cn.suanpan.core.pricing.PromotionInfo;
import cn.suanpan.core.pricing.PromotionTerms;
import cn.suanpan.core.pricing.Target;
import cn.suanpan.core.pricing.TimeWindow;
import cn.suanpan.core.promotions.PromotionSignal;
import cn.suanpan.core.promotions.PromotionStore;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.core.setup.ShopSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sale screen prices with the store's promotions: the demo's, seeded on a terminal
 * never enrolled, and whatever a pull committed since, from the next cart on, without a
 * new window. (The pull itself, from a cloud, is proven in the cloud module's
 * PromotionScenarios; this is the screen's side of it.)
 */
class PulledPromotionsTest {

    @RegisterExtension
    static final TestTerminal terminal = TestTerminal.perTestClass();

    @Test
    void aPromotionCommittedAndSignalledPricesTheNextCartOfTheOpenScreen() {
        Services services = terminal.services(Runnable::run);
        Session session = new Session();
        session.userProperty().set(services.users().login(DemoStore.CASHIER, DemoStore.CASHIER_PIN));
        SaleViewModel model = new SaleViewModel(services, session);

        model.scan(SaleViewModelTest.COLA_500);
        model.scan(SaleViewModelTest.COLA_500);
        assertThat(model.lines().getFirst().adjustments()).extracting(a -> a.label(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("第二件半价");
        Money seeded = model.priced().total();

        // what a pull of the promotions stream commits: the cola promotion withdrawn, another in its place
        var store = services.terminal().store();
        Promotion everything = new Promotion.PercentOff(new PromotionInfo("CLOUD-ALL-50",
                new LocalizedName("全场 5 折", "Half off all"), TimeWindow.ALWAYS, 100), Target.all(), 5_000);
        store.inTransactionRun(tx -> {
            PromotionStore.remove(tx, PromotionStore.ids(tx));
            PromotionStore.put(tx, UUID.randomUUID(), PromotionTerms.of(everything), Instant.now());
        });
        PromotionSignal.of(store).changed();

        model.scan(SaleViewModelTest.COLA_500);
        assertThat(model.lines().getFirst().adjustments()).extracting(a -> a.label(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("全场 5 折");
        assertThat(seeded).isEqualTo(Money.parse("5.25")); // 3.50 + 1.75
        assertThat(model.priced().subtotal()).isEqualTo(Money.parse("10.50"));
        assertThat(model.priced().total()).isEqualTo(Money.parse("5.25"));
    }

    @Test
    void theShopsReceiptLinesPrintOverTheTerminalsOwnWhenSet(@TempDir Path dir) {
        Settings file = Settings.load(dir.resolve("settings.properties"));
        AtomicReference<ShopSettings> pulled = new AtomicReference<>(ShopSettings.NONE);
        UiSettings settings = new UiSettings(file, pulled::get);
        settings.setReceiptHeader("一号收银台");
        assertThat(settings.receiptHeader()).isEqualTo("一号收银台");
        assertThat(settings.receiptFooter()).isNull();

        pulled.set(new ShopSettings("算盘便利店 静安店", "谢谢惠顾"));
        assertThat(settings.receiptHeader()).isEqualTo("算盘便利店 静安店");
        assertThat(settings.receiptFooter()).isEqualTo("谢谢惠顾");
        assertThat(settings.ownReceiptHeader()).isEqualTo("一号收银台");

        pulled.set(new ShopSettings(" ", null));
        assertThat(settings.receiptHeader()).isEqualTo("一号收银台");
        assertThat(settings.receiptFooter()).isNull();
    }
}
