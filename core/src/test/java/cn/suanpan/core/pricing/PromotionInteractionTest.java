package cn.suanpan.core.pricing;

import static cn.suanpan.core.cart.TestProducts.piece;
import static cn.suanpan.core.pricing.Pricing.engine;
import static cn.suanpan.core.pricing.Pricing.info;
import static cn.suanpan.core.pricing.Pricing.promotionsOn;
import static cn.suanpan.core.pricing.Pricing.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.catalog.Product;
import org.junit.jupiter.api.Test;

/** How promotions meet: priority, best saving, one promotion per piece. */
class PromotionInteractionTest {

    static final Product COLA = piece("1001", "3.50");
    static final Product TEA = piece("1002", "4.00");

    static Promotion percent(String id, int priority, int basisPoints) {
        return new Promotion.PercentOff(info(id, priority), Target.categories("drinks"), basisPoints);
    }

    static Promotion buyTwoGetOne(String id, int priority) {
        return new Promotion.BuyXGetY(info(id, priority), Target.categories("drinks"), 2, 1, 10_000);
    }

    @Test
    void aHigherPriorityGoesFirstEvenIfItSavesLess() {
        // 10 % on 3 cola = 1.05 goes first and takes every piece; the free third cola never happens
        PricedCart cart = engine(percent("P", 9, 1000), buyTwoGetOne("B", 1))
                .price(new CartBuilder().add(COLA, 3).build());
        assertThat(promotionsOn(cart, 1)).containsExactly("P=1.05");
    }

    @Test
    void atEqualPriorityTheBestSavingGoesFirst() {
        // buy 2 get 1 saves 3.50, 20 % saves 2.10: the customer gets the free cola
        PricedCart cart = engine(percent("A", 5, 2000), buyTwoGetOne("B", 5))
                .price(new CartBuilder().add(COLA, 3).build());
        assertThat(promotionsOn(cart, 1)).containsExactly("B=3.50");
    }

    @Test
    void piecesLeftOverByOnePromotionAreOpenToTheNext() {
        // buy 2 get 1 uses three cola; the fourth gets 20 %
        PricedCart cart = engine(buyTwoGetOne("B", 5), percent("A", 1, 2000))
                .price(new CartBuilder().add(COLA, 4).build());
        assertThat(promotionsOn(cart, 1)).containsExactly("B=3.50", "A=0.70");
        assertThat(cart.total()).isEqualTo(yuan("9.80"));
    }

    @Test
    void aPieceNeverGetsTwoPromotions() {
        PricedCart cart = engine(percent("A", 5, 2000), percent("B", 1, 5000))
                .price(new CartBuilder().add(TEA, 2).build());
        assertThat(promotionsOn(cart, 1)).containsExactly("A=1.60");
    }

    @Test
    void equalSavingsAtEqualPriorityGoToTheLowestId() {
        PricedCart cart = engine(percent("Z", 3, 1000), percent("M", 3, 1000))
                .price(new CartBuilder().add(TEA, 1).build());
        assertThat(promotionsOn(cart, 1)).containsExactly("M=0.40");
    }

    @Test
    void theOrderOfThePromotionListDoesNotMatter() {
        Promotion a = percent("A", 2, 1500);
        Promotion b = buyTwoGetOne("B", 2);
        Promotion c = new Promotion.SecondItemDiscount(info("C", 7), Target.skus("1002"), 5000);
        var cart = new CartBuilder().add(COLA, 4).add(TEA, 3).build();
        assertThat(engine(a, b, c).price(cart)).isEqualTo(engine(c, b, a).price(cart));
    }

    @Test
    void aPromotionThatSavesNothingClaimsNothing() {
        // the bundle would cost more than the pieces, so the pieces stay open for 10 %
        Promotion dearBundle = new Promotion.BundlePrice(info("N", 9), Target.skus("1001"), 2, yuan("8.00"));
        PricedCart cart = engine(dearBundle, percent("A", 1, 1000)).price(new CartBuilder().add(COLA, 2).build());
        assertThat(promotionsOn(cart, 1)).containsExactly("A=0.70");
    }
}
