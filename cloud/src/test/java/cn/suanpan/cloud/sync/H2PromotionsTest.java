package cn.suanpan.cloud.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.cloud.shop.DemoShop;
import cn.suanpan.cloud.testing.TestCloud;
import cn.suanpan.core.pricing.PromotionTerms;
import cn.suanpan.core.pricing.PromotionsCsv;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The promotion and settings scenarios against the embedded default: H2 in a file. */
class H2PromotionsTest extends PromotionScenarios {

    @Override
    protected TestCloud startCloud(Path dir) {
        return TestCloud.embedded(dir, false);
    }

    @Test
    void theDemoShopRunsTheTerminalsDemoPromotions(@TempDir Path dir) throws Exception {
        var demo = PromotionsCsv.read(new InputStreamReader(
                getClass().getResourceAsStream("/assets/demo/promotions.csv"), StandardCharsets.UTF_8));
        try (TestCloud demoCloud = TestCloud.embedded(dir, true)) {
            var shop = demoCloud.service().shops().byCode(DemoShop.CODE).orElseThrow();
            assertThat(demoCloud.service().promotions().list(shop.id()))
                    .containsExactlyInAnyOrderElementsOf(demo.stream().map(PromotionTerms::of).toList());
        }
    }
}
