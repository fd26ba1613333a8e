package cn.suanpan.core.pricing;

import static cn.suanpan.core.cart.TestProducts.piece;
import static cn.suanpan.core.cart.TestProducts.weighed;
import static cn.suanpan.core.cart.TestProducts.withMemberPrice;
import static cn.suanpan.core.cart.TestProducts.withTaxRate;
import static cn.suanpan.core.pricing.Pricing.engine;
import static cn.suanpan.core.pricing.Pricing.info;
import static cn.suanpan.core.pricing.Pricing.line;
import static cn.suanpan.core.pricing.Pricing.promotionsOn;
import static cn.suanpan.core.pricing.Pricing.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.suanpan.core.cart.Discount;
import cn.suanpan.core.catalog.Product;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PricingEngineTest {

    static final Product COLA = withMemberPrice(piece("1001", "3.50"), "3.00");
    static final Product TEA = piece("1002", "4.00");
    static final Product APPLES = withMemberPrice(weighed("2001", "12.90"), "9.90");
    static final Promotion DRINKS_10 = new Promotion.PercentOff(info("P", 0), Target.categories("drinks"), 1000);

    @Test
    void aPlainCartIsShelfPriceTimesQuantity() {
        PricedCart cart = engine().price(new CartBuilder().add(COLA, 2).addKg(APPLES, "0.455").build());
        assertThat(cart.subtotal()).isEqualTo(yuan("12.87"));
        assertThat(cart.savings()).isEqualTo(yuan("0"));
        assertThat(cart.total()).isEqualTo(yuan("12.87"));
        assertThat(line(cart, 2).unitPrice()).isEqualTo(yuan("12.90"));
    }

    @Test
    void aMemberGetsMemberPricesShownAsASaving() {
        PricedCart cart = engine().price(new CartBuilder().member().add(COLA, 2).add(TEA, 1).addKg(APPLES, "0.5").build());
        assertThat(line(cart, 1).unitPrice()).isEqualTo(yuan("3.00"));
        assertThat(line(cart, 1).adjustments()).extracting(Adjustment::kind, Adjustment::amount)
                .containsExactly(tuple(Adjustment.Kind.MEMBER_PRICE, yuan("1.00")));
        assertThat(line(cart, 2).adjustments()).isEmpty();
        assertThat(line(cart, 3).lineTotal()).isEqualTo(yuan("4.95"));
        assertThat(cart.total()).isEqualTo(yuan("14.95"));
        assertThat(cart.savings()).isEqualTo(yuan("2.50"));
    }

    @Test
    void aMemberPriceAboveTheShelfPriceIsIgnored() {
        Product odd = withMemberPrice(piece("9", "2.00"), "2.50");
        PricedCart cart = engine().price(new CartBuilder().member().add(odd, 1).build());
        assertThat(cart.total()).isEqualTo(yuan("2.00"));
    }

    @Test
    void promotionsWorkOnTheMemberPrice() {
        // 2 × 3.00 member price, 10 % off → 0.60
        PricedCart cart = engine(DRINKS_10).price(new CartBuilder().member().add(COLA, 2).build());
        assertThat(promotionsOn(cart, 1)).containsExactly("P=0.60");
        assertThat(cart.total()).isEqualTo(yuan("5.40"));
    }

    @Test
    void anOverrideReplacesMemberPriceAndKeepsPromotionsAway() {
        PricedCart cart = engine(DRINKS_10).price(new CartBuilder().member().add(COLA, 2).override(1, "2.00").build());
        assertThat(line(cart, 1).adjustments()).extracting(Adjustment::kind, Adjustment::amount)
                .containsExactly(tuple(Adjustment.Kind.PRICE_OVERRIDE, yuan("3.00")));
        assertThat(cart.total()).isEqualTo(yuan("4.00"));
    }

    @Test
    void anOverrideAboveTheShelfPriceIsANegativeSaving() {
        PricedCart cart = engine().price(new CartBuilder().add(TEA, 1).override(1, "4.50").build());
        assertThat(cart.savings()).isEqualTo(yuan("-0.50"));
        assertThat(cart.total()).isEqualTo(yuan("4.50"));
    }

    @Test
    void aScaleLabelAmountIsTheLinePriceEvenForAMember() {
        PricedCart cart = engine().price(new CartBuilder().member().label(APPLES, "0.455", "5.80").build());
        assertThat(line(cart, 1).listAmount()).isEqualTo(yuan("5.80"));
        assertThat(cart.total()).isEqualTo(yuan("5.80"));
    }

    @Test
    void anOverrideOnALabelLineIsPerKilogram() {
        PricedCart cart = engine().price(new CartBuilder().label(APPLES, "0.5", "6.45").override(1, "10.00").build());
        assertThat(cart.total()).isEqualTo(yuan("5.00"));
    }

    @Test
    void aVoidedLineIsShownButCountsForNothing() {
        PricedCart cart = engine(DRINKS_10).price(new CartBuilder().add(COLA, 1).add(TEA, 1).voidLine(1).build());
        PricedLine voided = line(cart, 1);
        assertThat(voided.voided()).isTrue();
        assertThat(voided.listAmount()).isEqualTo(yuan("3.50"));
        assertThat(voided.adjustments()).isEmpty();
        assertThat(voided.netAmount()).isEqualTo(yuan("0"));
        assertThat(cart.subtotal()).isEqualTo(yuan("4.00"));
        assertThat(cart.total()).isEqualTo(yuan("3.60"));
    }

    @Test
    void aLineDiscountComesAfterPromotions() {
        // 2 × 3.50 = 7.00, promotion 10 % → 6.30, line discount 10 % → 0.63
        PricedCart cart = engine(DRINKS_10).price(new CartBuilder().add(COLA, 2)
                .lineDiscount(1, Discount.percent("10")).build());
        assertThat(line(cart, 1).adjustments()).extracting(Adjustment::kind, Adjustment::amount).containsExactly(
                tuple(Adjustment.Kind.PROMOTION, yuan("0.70")), tuple(Adjustment.Kind.LINE_DISCOUNT, yuan("0.63")));
        assertThat(line(cart, 1).lineTotal()).isEqualTo(yuan("5.67"));
    }

    @Test
    void aLineDiscountAmountTakesNoMoreThanThePromotionsLeft() {
        Promotion halfOff = new Promotion.PercentOff(info("H", 0), Target.skus("1002"), 5000);
        PricedCart cart = engine(halfOff).price(new CartBuilder().add(TEA, 1)
                .lineDiscount(1, Discount.amount(yuan("3.00"))).build());
        assertThat(line(cart, 1).lineTotal()).isEqualTo(yuan("0"));
        assertThat(cart.savings()).isEqualTo(yuan("4.00"));
    }

    @Test
    void theOrderDiscountIsSpreadOverLinesSoTheySumExactly() {
        // 1.00 over three equal lines: 0.33 each and the spare fen to the first
        Product a = piece("A", "1.00");
        Product b = piece("B", "1.00");
        Product c = piece("C", "1.00");
        PricedCart cart = engine().price(new CartBuilder().add(a, 1).add(b, 1).add(c, 1)
                .orderDiscount(Discount.amount(yuan("1.00"))).build());
        assertThat(cart.lines()).extracting(PricedLine::orderDiscountShare)
                .containsExactly(yuan("0.34"), yuan("0.33"), yuan("0.33"));
        assertThat(cart.lines()).extracting(PricedLine::lineTotal).containsOnly(yuan("1.00"));
        assertThat(cart.orderDiscount()).isEqualTo(yuan("1.00"));
        assertThat(cart.total()).isEqualTo(yuan("2.00"));
    }

    @Test
    void aPercentOrderDiscountIsOnTheLineTotalsRoundedHalfUp() {
        // (7.00 + 5.87) × 10 % = 1.287 → 1.29
        PricedCart cart = engine().price(new CartBuilder().add(COLA, 2).addKg(APPLES, "0.455")
                .orderDiscount(Discount.percent("10")).build());
        assertThat(cart.orderDiscount()).isEqualTo(yuan("1.29"));
        assertThat(cart.total()).isEqualTo(yuan("11.58"));
        assertThat(line(cart, 1).adjustments()).extracting(Adjustment::kind).contains(Adjustment.Kind.ORDER_DISCOUNT);
    }

    @Test
    void anOrderDiscountLeftBiggerThanTheOrderByPromotionsIsCapped() {
        Promotion free = new Promotion.PercentOff(info("F", 0), Target.skus("1002"), 10_000);
        PricedCart cart = engine(free).price(new CartBuilder().add(TEA, 1).add(COLA, 1)
                .orderDiscount(Discount.amount(yuan("5.00"))).build());
        assertThat(cart.orderDiscount()).isEqualTo(yuan("3.50"));
        assertThat(cart.total()).isEqualTo(yuan("0"));
    }

    @Test
    void taxIsTakenOutOfTheNetAmountsPerRate() {
        Product rice = withTaxRate(piece("R", "25.00", "grain"), 900);
        PricedCart cart = engine().price(new CartBuilder().add(COLA, 2).add(TEA, 1).add(rice, 1)
                .orderDiscount(Discount.amount(yuan("3.60"))).build());
        // line totals 7.00, 4.00, 25.00 = 36.00; discount shares 0.70, 0.40, 2.50
        // 13 %: 9.90 × 13/113 = 1.1389 → 1.14; 9 %: 22.50 × 9/109 = 1.8578 → 1.86
        assertThat(cart.taxes()).containsExactly(
                new TaxLine(900, yuan("22.50"), yuan("1.86")),
                new TaxLine(1300, yuan("9.90"), yuan("1.14")));
        assertThat(cart.taxes().get(1).net()).isEqualTo(yuan("8.76"));
        assertThat(cart.totalTax()).isEqualTo(yuan("3.00"));
    }

    @Test
    void cashRoundingIsItsOwnAmountAndOnlyForCash() {
        PricingEngine engine = new PricingEngine(Clock.fixed(Pricing.NOW, Pricing.SHANGHAI), Pricing.SHANGHAI,
                List.of(), new CashRounding(CashRounding.Step.TO_JIAO, CashRounding.Mode.DOWN));
        PricedCart cart = engine.price(new CartBuilder().addKg(APPLES, "0.455").build());
        assertThat(cart.total()).isEqualTo(yuan("5.87"));
        assertThat(cart.cashRounding()).isEqualTo(yuan("0.07"));
        assertThat(cart.cashTotal()).isEqualTo(yuan("5.80"));
        assertThat(cart.total(true)).isEqualTo(yuan("5.80"));
        assertThat(cart.total(false)).isEqualTo(yuan("5.87"));
    }

    @Test
    void anEmptyCartCostsNothing() {
        PricedCart cart = engine(DRINKS_10).price(new CartBuilder().build());
        assertThat(cart.total()).isEqualTo(yuan("0"));
        assertThat(cart.taxes()).isEmpty();
    }

    @Test
    void adjustmentsAreLabelledInTheCashiersLanguage() {
        PricedCart cart = engine().price(new CartBuilder().member().add(COLA, 1).build());
        Adjustment member = line(cart, 1).adjustments().getFirst();
        assertThat(member.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("会员价");
        assertThat(member.label(Locale.ENGLISH)).isEqualTo("Member price");
    }
}
