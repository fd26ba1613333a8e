package cn.suanpan.app;

import cn.suanpan.core.pricing.Promotion;
import cn.suanpan.core.pricing.PromotionsCsv;
import java.io.Reader;
import java.util.List;

/**
 * The demo store's promotions from {@code assets/demo/promotions.csv} (format:
 * {@link PromotionsCsv}). A terminal that has never pulled promotions from a cloud seeds
 * its store with them ({@link SaleServices}); after that the store's promotions are the
 * ones priced, and an enrolled terminal's come from the cloud.
 */
public final class DemoPromotions {

    private DemoPromotions() {
    }

    /** The promotions bundled with the demo store. */
    public static List<Promotion> bundled() {
        return read(TerminalContext.asset("demo/promotions.csv"));
    }

    public static List<Promotion> read(Reader in) {
        return PromotionsCsv.read(in);
    }
}
