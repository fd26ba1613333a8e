package cn.suanpan.cloud.shop;

import cn.suanpan.cloud.catalog.CloudCatalog;
import cn.suanpan.cloud.catalog.ProductInput;
import cn.suanpan.cloud.promotions.CloudPromotions;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.core.catalog.CatalogImporter;
import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.catalog.Category;
import cn.suanpan.core.catalog.ImportReport;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.pricing.Promotion;
import cn.suanpan.core.pricing.PromotionTerms;
import cn.suanpan.core.pricing.PromotionsCsv;
import cn.suanpan.core.store.LocalStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo shop an embedded cloud starts with: the convenience store of the terminal's
 * demo, with the same catalog and promotions files. They are read with the terminal's own importer (into
 * a throw-away store) so the cloud accepts exactly what a terminal would.
 */
public final class DemoShop {

    public static final String CODE = "0001";
    private static final Logger log = LoggerFactory.getLogger(DemoShop.class);

    private DemoShop() {
    }

    public static Shops.Shop seedIfAbsent(CloudStore store, Shops shops, CloudCatalog catalog, CloudPromotions promotions,
                                          Clock clock) {
        var existing = shops.byCode(CODE);
        if (existing.isPresent()) {
            // a demo shop seeded before the cloud kept promotions gets the demo's once
            seedPromotionsIfNone(store, existing.get(), promotions);
            return existing.get();
        }
        log.info("Seeding the demo shop {}", CODE);
        List<Category> categories;
        List<Product> products = new ArrayList<>();
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("suanpan-demo-catalog");
            try (LocalStore local = LocalStore.open(scratch)) {
                CatalogImporter importer = new CatalogImporter(local, clock);
                try (Reader in = asset("categories.csv")) {
                    importer.importCategories(in);
                }
                try (Reader in = asset("catalog.csv")) {
                    ImportReport report = importer.importCsv(in, CatalogImporter.Progress.NONE);
                    if (!report.ok()) {
                        throw new IllegalStateException("the demo catalog has errors: " + report.errors());
                    }
                }
                CatalogRepository repo = new CatalogRepository(local);
                categories = repo.categories();
                repo.forEach(products::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(scratch);
        }
        Shops.Shop shop = shops.create(CODE, "算盘便利店", "Suanpan Convenience", ZoneId.of("Asia/Shanghai"));
        store.inTransactionRun(tx -> {
            for (Category c : categories) {
                catalog.putCategory(tx, shop.id(), new CloudCatalog.CategoryInput(c.code(), c.name(), c.nameEn(), c.sortOrder()));
            }
            catalog.putProducts(tx, shop.id(), products.stream().sorted(Comparator.comparing(Product::sku)).map(DemoShop::input).toList());
        });
        seedPromotionsIfNone(store, shop, promotions);
        log.info("Demo shop {} has {} categories and {} products", CODE, categories.size(), products.size());
        return shop;
    }

    /** The demo's promotions (the terminal's own file), unless the shop has ever had one. */
    private static void seedPromotionsIfNone(CloudStore store, Shops.Shop shop, CloudPromotions promotions) {
        List<Promotion> demo;
        try (Reader in = asset("promotions.csv")) {
            demo = PromotionsCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.inTransactionRun(tx -> {
            if (CloudPromotions.anyEver(tx, shop.id())) {
                return;
            }
            demo.forEach(p -> promotions.put(tx, shop.id(), PromotionTerms.of(p)));
            log.info("Demo shop {} runs {} promotions", shop.code(), demo.size());
        });
    }

    public static ProductInput input(Product p) {
        return new ProductInput(p.sku(), p.name(), p.nameEn(), p.categoryCode(), p.unit(), p.price().fen(),
                p.cost() == null ? null : p.cost().fen(), p.memberPrice() == null ? null : p.memberPrice().fen(),
                p.taxRateBasisPoints(), p.weighed(), p.scaleCode(), p.voiceAlias(), p.trackStock(), p.active(), p.barcodes());
    }

    private static Reader asset(String name) {
        InputStream in = DemoShop.class.getResourceAsStream("/assets/demo/" + name);
        if (in == null) {
            throw new IllegalStateException("missing bundled asset demo/" + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            log.debug("could not delete {}", dir, e);
        }
    }
}
