package cn.suanpan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

class MoneyTest {

    /** Far beyond any till, far from overflowing a long when added or multiplied. */
    private static final long LIMIT = 1_000_000_000_000L;

    @Property
    void parseReadsBackWhatPlainWrites(@ForAll long fen) {
        Money m = Money.ofFen(fen);
        assertThat(Money.parse(m.plain())).isEqualTo(m);
    }

    @Property
    void parseReadsBackWhatDisplayShows(@ForAll long fen) {
        Money m = Money.ofFen(fen);
        assertThat(Money.parse(m.display())).isEqualTo(m);
    }

    @Property
    void plainAlwaysHasTwoDecimals(@ForAll long fen) {
        assertThat(Money.ofFen(fen).plain()).matches("-?\\d+\\.\\d\\d");
    }

    @Property
    void displayIsTheSignThenTheYuanSignThenTheAmount(@ForAll long fen) {
        String display = Money.ofFen(fen).display();
        String expected = (fen < 0 ? "-￥" : "￥") + BigDecimal.valueOf(fen, 2).abs().toPlainString();
        assertThat(display).isEqualTo(expected);
    }

    @Property
    void minusUndoesPlus(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long a,
                         @ForAll @LongRange(min = -LIMIT, max = LIMIT) long b) {
        Money x = Money.ofFen(a);
        Money y = Money.ofFen(b);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.minus(y).plus(y)).isEqualTo(x);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
    }

    @Property
    void timesRoundsHalfUpToTheNearestFen(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long fen,
                                          @ForAll @BigRange(min = "-1000", max = "1000") @Scale(3) BigDecimal factor) {
        BigDecimal exact = BigDecimal.valueOf(fen).multiply(factor);
        long result = Money.ofFen(fen).times(factor).fen();
        // within half a fen of the exact product, and never off by exactly half towards zero
        BigDecimal error = exact.subtract(BigDecimal.valueOf(result)).abs();
        assertThat(error).isLessThanOrEqualTo(new BigDecimal("0.5"));
        if (error.compareTo(new BigDecimal("0.5")) == 0) {
            assertThat(Math.abs(result)).isGreaterThan(exact.abs().longValue());
        }
    }

    @Property
    void aRefundIsTheMirrorOfTheSale(@ForAll @LongRange(min = 0, max = LIMIT) long fen,
                                     @ForAll @BigRange(min = "0", max = "1000") @Scale(3) BigDecimal quantity) {
        Money price = Money.ofFen(fen);
        assertThat(price.times(quantity.negate())).isEqualTo(price.times(quantity).negate());
    }

    @Property
    void timesByAWholeNumberIsExact(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long fen,
                                    @ForAll @LongRange(min = -1000, max = 1000) long count) {
        Money m = Money.ofFen(fen);
        assertThat(m.times(BigDecimal.valueOf(count))).isEqualTo(m.times(count));
    }

    @Example
    void timesRoundingCases() {
        assertThat(Money.ofFen(1).times(new BigDecimal("0.5"))).isEqualTo(Money.ofFen(1));
        assertThat(Money.ofFen(1).times(new BigDecimal("0.49"))).isEqualTo(Money.ZERO);
        assertThat(Money.ofFen(-1).times(new BigDecimal("0.5"))).isEqualTo(Money.ofFen(-1));
        // 7.98 yuan/kg × 0.335 kg = 267.33 fen
        assertThat(Money.parse("7.98").times(new BigDecimal("0.335"))).isEqualTo(Money.ofFen(267));
        // 11.98 yuan/kg × 1.125 kg = 1347.75 fen
        assertThat(Money.parse("11.98").times(new BigDecimal("1.125"))).isEqualTo(Money.ofFen(1348));
        // 0.10 yuan × 0.125 = 1.25 fen; 0.30 yuan × 0.125 = 3.75 fen; 0.20 yuan × 0.125 = 2.5 fen
        assertThat(Money.parse("0.10").times(new BigDecimal("0.125"))).isEqualTo(Money.ofFen(1));
        assertThat(Money.parse("0.30").times(new BigDecimal("0.125"))).isEqualTo(Money.ofFen(4));
        assertThat(Money.parse("0.20").times(new BigDecimal("0.125"))).isEqualTo(Money.ofFen(3));
    }

    @Example
    void displayExamples() {
        assertThat(Money.parse("12.3").display()).isEqualTo("￥12.30");
        assertThat(Money.ofFen(-5).display()).isEqualTo("-￥0.05");
        assertThat(Money.ZERO.display()).isEqualTo("￥0.00");
        assertThat(Money.ofFen(-5).plain()).isEqualTo("-0.05");
    }

    @Example
    void parseAcceptsTheFormsCashiersType() {
        assertThat(Money.parse("3.5")).isEqualTo(Money.ofFen(350));
        assertThat(Money.parse(" 3.50 ")).isEqualTo(Money.ofFen(350));
        assertThat(Money.parse("-1")).isEqualTo(Money.ofFen(-100));
        assertThat(Money.parse("￥12.00")).isEqualTo(Money.ofFen(1200));
        assertThat(Money.parse("¥1,234.56")).isEqualTo(Money.ofFen(123456));
        // trailing zeros beyond the fen change nothing
        assertThat(Money.parse("1.500")).isEqualTo(Money.ofFen(150));
    }

    @Example
    void parseRejectsThreeDecimalsAndNonsense() {
        assertThatThrownBy(() -> Money.parse("1.005")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.parse("0.001")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.parse("")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.parse("￥")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.parse("abc")).isInstanceOf(NumberFormatException.class);
    }

    @Property
    void parseRejectsEveryAmountWithAThirdDecimal(@ForAll @LongRange(min = -LIMIT, max = LIMIT) long fen,
                                                  @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 9) int thirdDigit) {
        String text = Money.ofFen(fen).plain() + thirdDigit;
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(NumberFormatException.class);
    }

    @Example
    void overflowIsAnErrorNotAWrongAmount() {
        Money max = Money.ofFen(Long.MAX_VALUE);
        assertThatThrownBy(() -> max.plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(new BigDecimal("1.5"))).isInstanceOf(ArithmeticException.class);
    }
}
