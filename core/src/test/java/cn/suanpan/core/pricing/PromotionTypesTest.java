package cn.suanpan.core.pricing;

import static cn.suanpan.core.cart.TestProducts.piece;
import static cn.suanpan.core.cart.TestProducts.weighed;
import static cn.suanpan.core.pricing.Pricing.engine;
import static cn.suanpan.core.pricing.Pricing.info;
import static cn.suanpan.core.pricing.Pricing.line;
import static cn.suanpan.core.pricing.Pricing.promotionsOn;
import static cn.suanpan.core.pricing.Pricing.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.catalog.Product;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What each kind of promotion does on its own. */
class PromotionTypesTest {

    static final Product COLA = piece("1001", "3.50");
    static final Product TEA = piece("1002", "4.00");
    static final Product CHIPS = piece("3001", "6.00", "snacks");
    static final Product APPLES = weighed("2001", "12.90");

    @Nested
    class PercentOff {

        final Promotion drinks20 = new Promotion.PercentOff(info("P", 0), Target.categories("drinks"), 2000);

        @Test
        void takesThePercentageOffEveryCoveredLineRoundedOncePerLine() {
            // 3 × 3.50 = 10.50, 20 % = 2.10; 1 × 4.00 → 0.80; chips are not drinks
            PricedCart cart = engine(drinks20).price(new CartBuilder().add(COLA, 3).add(TEA, 1).add(CHIPS, 1).build());
            assertThat(promotionsOn(cart, 1)).containsExactly("P=2.10");
            assertThat(promotionsOn(cart, 2)).containsExactly("P=0.80");
            assertThat(promotionsOn(cart, 3)).isEmpty();
            assertThat(cart.total()).isEqualTo(yuan("17.60"));
        }

        @Test
        void onAWeighedLineItTakesThePercentageOfTheLine() {
            Promotion fresh = new Promotion.PercentOff(info("F", 0), Target.categories("fresh"), 1500);
            // 0.455 kg × 12.90 = 5.87; 15 % = 0.8805 → 0.88
            PricedCart cart = engine(fresh).price(new CartBuilder().addKg(APPLES, "0.455").build());
            assertThat(promotionsOn(cart, 1)).containsExactly("F=0.88");
        }

        @Test
        void canTargetSingleProducts() {
            Promotion tea = new Promotion.PercentOff(info("T", 0), Target.skus("1002"), 5000);
            PricedCart cart = engine(tea).price(new CartBuilder().add(COLA, 1).add(TEA, 1).build());
            assertThat(promotionsOn(cart, 1)).isEmpty();
            assertThat(promotionsOn(cart, 2)).containsExactly("T=2.00");
        }
    }

    @Nested
    class AmountOff {

        @Test
        void takesTheAmountOffEachPiece() {
            Promotion oneOff = new Promotion.AmountOff(info("A", 0), Target.skus("1001"), yuan("1.00"));
            PricedCart cart = engine(oneOff).price(new CartBuilder().add(COLA, 3).build());
            assertThat(promotionsOn(cart, 1)).containsExactly("A=3.00");
        }

        @Test
        void neverMakesAPieceCostLessThanNothing() {
            Promotion fiveOff = new Promotion.AmountOff(info("A", 0), Target.skus("1001"), yuan("5.00"));
            PricedCart cart = engine(fiveOff).price(new CartBuilder().add(COLA, 2).build());
            assertThat(promotionsOn(cart, 1)).containsExactly("A=7.00");
            assertThat(cart.total()).isEqualTo(yuan("0.00"));
        }

        @Test
        void onWeighedGoodsItIsPerKilogram() {
            Promotion perKg = new Promotion.AmountOff(info("K", 0), Target.skus("2001"), yuan("2.00"));
            PricedCart cart = engine(perKg).price(new CartBuilder().addKg(APPLES, "0.5").build());
            assertThat(promotionsOn(cart, 1)).containsExactly("K=1.00");
        }
    }

    @Nested
    class BuyXGetY {

        final Promotion buyTwoGetOne = new Promotion.BuyXGetY(info("B", 0), Target.categories("drinks"), 2, 1, 10_000);

        @Test
        void everyThirdPieceIsFree() {
            PricedCart cart = engine(buyTwoGetOne).price(new CartBuilder().add(COLA, 3).build());
            assertThat(promotionsOn(cart, 1)).containsExactly("B=3.50");
        }

        @Test
        void anIncompleteGroupGetsNothing() {
            PricedCart two = engine(buyTwoGetOne).price(new CartBuilder().add(COLA, 2).build());
            assertThat(promotionsOn(two, 1)).isEmpty();
            PricedCart five = engine(buyTwoGetOne).price(new CartBuilder().add(COLA, 5).build());
            assertThat(promotionsOn(five, 1)).containsExactly("B=3.50");
        }

        @Test
        void acrossProductsTheCheapestOfEachGroupIsDiscounted() {
            // pieces dearest first: 4, 4, 3.5 | 3.5 3.5 3.5 → one tea-led group gives the cola free,
            // the all-cola group gives another cola free
            PricedCart cart = engine(buyTwoGetOne).price(new CartBuilder().add(TEA, 2).add(COLA, 4).build());
            assertThat(promotionsOn(cart, 1)).isEmpty();
            assertThat(promotionsOn(cart, 2)).containsExactly("B=7.00");
        }

        @Test
        void groupingDearestFirstSavesTheCustomerMost() {
            // buy 1 get 1 at 50 %: 4 4 | 3.5 3.5 → 2.00 + 1.75; pairing tea with cola would give only 3.50
            Promotion halfOffSecond = new Promotion.BuyXGetY(info("H", 0), Target.categories("drinks"), 1, 1, 5000);
            PricedCart cart = engine(halfOffSecond).price(new CartBuilder().add(COLA, 2).add(TEA, 2).build());
            assertThat(promotionsOn(cart, 1)).containsExactly("H=1.75");
            assertThat(promotionsOn(cart, 2)).containsExactly("H=2.00");
        }

        @Test
        void weighedGoodsDoNotCount() {
            Promotion all = new Promotion.BuyXGetY(info("B", 0), Target.all(), 1, 1, 10_000);
            PricedCart cart = engine(all).price(new CartBuilder().addKg(APPLES, "1").addKg(APPLES, "1").build());
            assertThat(cart.savings()).isEqualTo(yuan("0"));
        }
    }

    @Nested
    class BundlePrice {

        final Promotion threeFor10 = new Promotion.BundlePrice(info("N", 0), Target.categories("drinks"), 3, yuan("10.00"));

        @Test
        void bundlesTheDearestPiecesAndSpreadsTheSavingOverTheirLines() {
            // bundle: tea 4 + tea 4 + cola 3.5 = 11.50 → saves 1.50; 1.50 × 8/11.5 = 1.04(35), × 3.5/11.5 = 0.45(65)
            // the fen left over goes to the larger remainder, the cola line
            PricedCart cart = engine(threeFor10).price(new CartBuilder().add(COLA, 2).add(TEA, 2).build());
            assertThat(promotionsOn(cart, 1)).containsExactly("N=0.46");
            assertThat(promotionsOn(cart, 2)).containsExactly("N=1.04");
            assertThat(cart.total()).isEqualTo(yuan("13.50"));
        }

        @Test
        void aBundleThatWouldCostMoreIsNotMade() {
            Promotion threeFor11 = new Promotion.BundlePrice(info("N", 0), Target.skus("1001"), 3, yuan("11.00"));
            PricedCart cart = engine(threeFor11).price(new CartBuilder().add(COLA, 3).build());
            assertThat(cart.savings()).isEqualTo(yuan("0"));
        }

        @Test
        void severalBundlesWhileTheySave() {
            Promotion twoFor6 = new Promotion.BundlePrice(info("N", 0), Target.skus("1001"), 2, yuan("6.00"));
            PricedCart cart = engine(twoFor6).price(new CartBuilder().add(COLA, 5).build());
            assertThat(promotionsOn(cart, 1)).containsExactly("N=2.00");
            assertThat(cart.total()).isEqualTo(yuan("15.50"));
        }
    }

    @Nested
    class SecondItemDiscount {

        final Promotion halfPrice = new Promotion.SecondItemDiscount(info("S", 0), Target.categories("drinks"), 5000);

        @Test
        void theSecondPieceIsHalfPrice() {
            PricedCart cart = engine(halfPrice).price(new CartBuilder().add(COLA, 3).build());
            assertThat(promotionsOn(cart, 1)).containsExactly("S=1.75");
            assertThat(cart.total()).isEqualTo(yuan("8.75"));
        }

        @Test
        void pairsAcrossLinesOfTheSameProduct() {
            PricedCart cart = engine(halfPrice).price(CartBuilder.separateLines().add(COLA, 1).add(COLA, 1).build());
            assertThat(promotionsOn(cart, 1)).isEmpty();
            assertThat(promotionsOn(cart, 2)).containsExactly("S=1.75");
        }

        @Test
        void neverPairsDifferentProducts() {
            PricedCart cart = engine(halfPrice).price(new CartBuilder().add(COLA, 1).add(TEA, 1).build());
            assertThat(cart.savings()).isEqualTo(yuan("0"));
        }
    }

    @Test
    void everyPromotionNamesItselfOnTheLine() {
        Promotion p = new Promotion.PercentOff(
                new PromotionInfo("P9", new LocalizedName("饮料九折", "Drinks 10% off"), TimeWindow.ALWAYS, 0),
                Target.categories("drinks"), 1000);
        Adjustment a = line(engine(p).price(new CartBuilder().add(COLA, 1).build()), 1).adjustments().getFirst();
        assertThat(a.promotionId()).isEqualTo("P9");
        assertThat(a.label(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("饮料九折");
        assertThat(a.label(java.util.Locale.ENGLISH)).isEqualTo("Drinks 10% off");
    }
}
