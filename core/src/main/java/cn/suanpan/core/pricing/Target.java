package cn.suanpan.core.pricing;

import cn.suanpan.core.catalog.Product;
import java.util.Set;

/**
 * Which products a promotion covers: named SKUs, whole categories, or all products. SKUs,
 * not product ids, because the cloud and the terminal agree on SKUs.
 */
public record Target(Set<String> skus, Set<String> categoryCodes, boolean allProducts) {

    public Target {
        skus = Set.copyOf(skus);
        categoryCodes = Set.copyOf(categoryCodes);
    }

    public static Target skus(String... skus) {
        return new Target(Set.of(skus), Set.of(), false);
    }

    public static Target categories(String... codes) {
        return new Target(Set.of(), Set.of(codes), false);
    }

    public static Target all() {
        return new Target(Set.of(), Set.of(), true);
    }

    public boolean covers(Product product) {
        return allProducts || skus.contains(product.sku())
                || product.categoryCode() != null && categoryCodes.contains(product.categoryCode());
    }
}
