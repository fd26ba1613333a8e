package cn.suanpan.core.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.money.Money;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DenominationCountProperties {

    /** The face values in yuan, written out independently of the enum's fen. */
    private static final Map<Denomination, BigDecimal> FACE_YUAN = new EnumMap<>(Map.ofEntries(
            Map.entry(Denomination.YUAN_100, new BigDecimal("100")),
            Map.entry(Denomination.YUAN_50, new BigDecimal("50")),
            Map.entry(Denomination.YUAN_20, new BigDecimal("20")),
            Map.entry(Denomination.YUAN_10, new BigDecimal("10")),
            Map.entry(Denomination.YUAN_5, new BigDecimal("5")),
            Map.entry(Denomination.YUAN_1, new BigDecimal("1")),
            Map.entry(Denomination.JIAO_5, new BigDecimal("0.5")),
            Map.entry(Denomination.JIAO_1, new BigDecimal("0.1")),
            Map.entry(Denomination.FEN_5, new BigDecimal("0.05")),
            Map.entry(Denomination.FEN_2, new BigDecimal("0.02")),
            Map.entry(Denomination.FEN_1, new BigDecimal("0.01"))));

    @Provide
    Arbitrary<Map<Denomination, Integer>> drawers() {
        return Arbitraries.maps(Arbitraries.of(Denomination.class), Arbitraries.integers().between(0, 100_000));
    }

    @Property
    void theTotalIsTheSumOfCountTimesFaceValue(@ForAll("drawers") Map<Denomination, Integer> counts) {
        BigDecimal yuan = BigDecimal.ZERO;
        for (var e : counts.entrySet()) {
            yuan = yuan.add(FACE_YUAN.get(e.getKey()).multiply(BigDecimal.valueOf(e.getValue())));
        }

        assertThat(new DenominationCount(counts).total()).isEqualTo(Money.parse(yuan.toPlainString()));
    }

    @Property
    void oneMorePieceAddsExactlyItsFaceValue(@ForAll("drawers") Map<Denomination, Integer> counts,
                                              @ForAll Denomination denomination) {
        DenominationCount before = new DenominationCount(counts);
        DenominationCount after = before.with(denomination, before.count(denomination) + 1);

        assertThat(after.total().minus(before.total())).isEqualTo(Money.parse(FACE_YUAN.get(denomination).toPlainString()));
    }

    @Example
    void everyDenominationHasItsFaceValue() {
        for (Denomination d : Denomination.values()) {
            assertThat(d.value()).as("%s", d).isEqualTo(Money.parse(FACE_YUAN.get(d).toPlainString()));
        }
    }

    @Example
    void zeroCountsAreLeftOutAndNegativeOnesRefused() {
        DenominationCount count = DenominationCount.none().with(Denomination.YUAN_100, 3).with(Denomination.JIAO_5, 0);
        assertThat(count.counts()).containsOnlyKeys(Denomination.YUAN_100);
        assertThat(count.json().toString()).isEqualTo("{\"YUAN_100\":3}");
        assertThat(DenominationCount.none().total()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> DenominationCount.none().with(Denomination.YUAN_1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
