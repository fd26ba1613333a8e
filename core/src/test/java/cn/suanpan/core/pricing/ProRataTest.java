package cn.suanpan.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.money.Money;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ProRataTest {

    @Test
    void leftoverFenGoToTheLargestRemainders() {
        // 100 over 1, 2, 3: exact 16.67, 33.33, 50 → 16, 33, 50 and one spare fen to the first
        assertThat(ProRata.allocate(Money.ofFen(100), List.of(Money.ofFen(1), Money.ofFen(2), Money.ofFen(3))))
                .containsExactly(Money.ofFen(17), Money.ofFen(33), Money.ofFen(50));
    }

    @Test
    void nothingToSpreadOverGivesZeros() {
        assertThat(ProRata.allocate(Money.ZERO, List.of(Money.ZERO, Money.ZERO))).containsOnly(Money.ZERO);
        assertThatThrownBy(() -> ProRata.allocate(Money.ofFen(1), List.of(Money.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void sharesSumExactlyAndNeverExceedTheirWeight(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 1_000_000) Long> weights,
            @ForAll @LongRange(min = 0, max = 1_000) long perMille) {
        List<Money> w = weights.stream().map(Money::ofFen).toList();
        long sum = weights.stream().mapToLong(Long::longValue).sum();
        Money amount = Money.ofFen(sum * perMille / 1000);

        List<Money> shares = ProRata.allocate(amount, w);

        assertThat(shares.stream().mapToLong(Money::fen).sum()).isEqualTo(amount.fen());
        for (int i = 0; i < shares.size(); i++) {
            assertThat(shares.get(i).fen()).isBetween(0L, weights.get(i));
        }
    }
}
