package cn.suanpan.core.cart;

import static cn.suanpan.core.cart.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.money.Money;
import org.junit.jupiter.api.Test;

class QuantityAndDiscountTest {

    @Test
    void weightsAreExactGramsWhateverTheTrailingZeros() {
        assertThat(Quantity.kg("1.5")).isEqualTo(Quantity.kg("1.500")).isEqualTo(Quantity.grams(1500));
        assertThat(Quantity.kg("0.455").display()).isEqualTo("0.455");
    }

    @Test
    void weightPricesRoundHalfUpToTheFen() {
        // 0.455 kg at 12.90/kg = 5.8695 → 5.87
        assertThat(Quantity.kg("0.455").priceAt(Money.parse("12.90"))).isEqualTo(Money.parse("5.87"));
        // 0.125 kg at 3.00/kg = 0.375 → 0.38 (half-up, not half-even)
        assertThat(Quantity.kg("0.125").priceAt(Money.parse("3.00"))).isEqualTo(Money.parse("0.38"));
    }

    @Test
    void zeroOrNegativeQuantitiesAreRefusedWithTheBadQuantityKey() {
        assertRefused(() -> Quantity.pieces(0), "cart.badQuantity");
        assertThatThrownBy(() -> Quantity.pieces(-2)).hasMessageContaining("-2");
        assertThatThrownBy(() -> Quantity.kg("0")).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> Quantity.kg("abc")).hasMessageContaining("abc");
    }

    @Test
    void weightsFinerThanAGramAreRefused() {
        assertRefused(() -> Quantity.kg("0.4555"), "cart.weightDecimals");
    }

    @Test
    void percentDiscountsParseToBasisPointsAndRoundHalfUp() {
        assertThat(Discount.percent("12.5")).isEqualTo(new Discount.Percent(1250));
        assertThat(Discount.percent("12.5").display()).isEqualTo("12.5%");
        // 10 % of 0.05 = 0.005 → 0.01
        assertThat(Discount.percent("10").takenFrom(Money.parse("0.05"))).isEqualTo(Money.ofFen(1));
        assertThat(Discount.percent("100").takenFrom(Money.parse("7.99"))).isEqualTo(Money.parse("7.99"));
    }

    @Test
    void percentAboveHundredOrNegativeOrTooPreciseIsRefused() {
        assertRefused(() -> Discount.percent("100.01"), "cart.discountPercentTooHigh");
        assertRefused(() -> Discount.percent("-5"), "cart.discountNegative");
        assertRefused(() -> Discount.percent("3.333"), "cart.badPercent");
        assertRefused(() -> Discount.amount(Money.parse("-1")), "cart.discountNegative");
    }

    @Test
    void anAmountDiscountNeverTakesMoreThanTheBase() {
        assertThat(Discount.amount(Money.parse("5")).takenFrom(Money.parse("3.20"))).isEqualTo(Money.parse("3.20"));
        assertThat(Discount.amount(Money.parse("5")).takenFrom(Money.parse("8"))).isEqualTo(Money.parse("5"));
    }
}
