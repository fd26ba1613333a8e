package cn.suanpan.core.pricing;

import cn.suanpan.core.money.Money;

/**
 * A promotion as the cloud sends it: plain data. What each kind does to a cart is decided
 * in {@link PromotionEvaluator}, and the order they are applied in by {@link PricingEngine}
 * (docs/PRICING.md tells both in words).
 *
 * <p>Percentages are basis points: 10000 is 100 %, so 1000 is "10 % off" (打九折).
 * Promotions that count pieces (buy X get Y, bundles, second item) ignore weighed goods.
 */
public sealed interface Promotion {

    PromotionInfo info();

    Target target();

    default String id() {
        return info().id();
    }

    default int priority() {
        return info().priority();
    }

    /** A percentage off every covered item: "饮料 9 折". */
    record PercentOff(PromotionInfo info, Target target, int percentOff) implements Promotion {
        public PercentOff {
            requirePercent(percentOff);
        }
    }

    /** A fixed amount off each covered piece (or each kg of a weighed item): "每件立减 1 元". */
    record AmountOff(PromotionInfo info, Target target, Money amountPerUnit) implements Promotion {
        public AmountOff {
            if (!amountPerUnit.isPositive()) {
                throw new IllegalArgumentException("amount off must be positive");
            }
        }
    }

    /**
     * Of every {@code buy + get} covered pieces, the {@code get} cheapest are {@code percentOff}
     * cheaper (10000: free). "买二送一" is buy 2, get 1, 100 %.
     */
    record BuyXGetY(PromotionInfo info, Target target, int buy, int get, int percentOff) implements Promotion {
        public BuyXGetY {
            if (buy < 1 || get < 1) {
                throw new IllegalArgumentException("buy and get must be at least 1");
            }
            requirePercent(percentOff);
        }
    }

    /** Any {@code count} covered pieces together cost {@code price}: "任选 3 件 10 元". */
    record BundlePrice(PromotionInfo info, Target target, int count, Money price) implements Promotion {
        public BundlePrice {
            if (count < 2) {
                throw new IllegalArgumentException("a bundle has at least 2 pieces");
            }
            if (price.isNegative()) {
                throw new IllegalArgumentException("negative bundle price");
            }
        }
    }

    /**
     * Every second piece of the same product is {@code percentOff} cheaper: "第二件半价" is 5000.
     * Unlike {@link BuyXGetY}, pairs are made within one product, never across products.
     */
    record SecondItemDiscount(PromotionInfo info, Target target, int percentOff) implements Promotion {
        public SecondItemDiscount {
            requirePercent(percentOff);
        }
    }

    private static void requirePercent(int basisPoints) {
        if (basisPoints < 1 || basisPoints > 10_000) {
            throw new IllegalArgumentException("percent off must be in 0.01..100 %: " + basisPoints);
        }
    }
}
