package cn.suanpan.core.refund;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.money.Money;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class RefundShareProperties {

    /** However a line comes back bit by bit, the pieces add up to its net amount, none negative. */
    @Property
    void theSharesOfALineReturnedInPartsAddUpToItsNetAmount(@ForAll @LongRange(min = 0, max = 10_000_000) long netFen,
                                                            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 5_000) Integer> parts) {
        long sold = parts.stream().mapToLong(Integer::longValue).sum();
        Money net = Money.ofFen(netFen);
        Money total = Money.ZERO;
        long before = 0;
        for (int part : parts) {
            Money share = RefundPlanner.share(net, sold, before, part);
            assertThat(share.isNegative()).isFalse();
            total = total.plus(share);
            before += part;
            assertThat(total).isLessThanOrEqualTo(net);
        }
        assertThat(total).isEqualTo(net);
    }
}
