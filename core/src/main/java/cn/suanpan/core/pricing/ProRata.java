package cn.suanpan.core.pricing;

import cn.suanpan.core.money.Money;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount over weights so that the parts add up exactly: each part gets the whole
 * fen of its share, and the fen left over go one each to the largest fractional remainders
 * (earlier position first on a tie). Shares never exceed their weight when the amount does
 * not exceed the sum of weights.
 */
public final class ProRata {

    private ProRata() {
    }

    public static List<Money> allocate(Money amount, List<Money> weights) {
        if (amount.isNegative() || weights.stream().anyMatch(Money::isNegative)) {
            throw new IllegalArgumentException("negative amount or weight");
        }
        BigInteger total = BigInteger.valueOf(weights.stream().mapToLong(Money::fen).sum());
        if (total.signum() == 0) {
            if (!amount.isZero()) {
                throw new IllegalArgumentException("nothing to spread " + amount + " over");
            }
            return weights.stream().map(w -> Money.ZERO).toList();
        }
        BigInteger spread = BigInteger.valueOf(amount.fen());
        long[] parts = new long[weights.size()];
        BigInteger[] remainders = new BigInteger[weights.size()];
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            BigInteger[] qr = spread.multiply(BigInteger.valueOf(weights.get(i).fen())).divideAndRemainder(total);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        long left = amount.fen() - given;
        List<Integer> order = new ArrayList<>(IntStream.range(0, parts.length).boxed().toList());
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        return IntStream.range(0, parts.length).mapToObj(i -> Money.ofFen(parts[i])).toList();
    }
}
