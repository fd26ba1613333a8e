package cn.suanpan.core.shift;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.outbox.JsonWriter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many of each note and coin were counted in the drawer; the total is exact, in fen. */
public record DenominationCount(Map<Denomination, Integer> counts) {

    public DenominationCount {
        EnumMap<Denomination, Integer> copy = new EnumMap<>(Denomination.class);
        counts.forEach((d, n) -> {
            if (n < 0) {
                throw new IllegalArgumentException("negative count of " + d + ": " + n);
            }
            if (n > 0) {
                copy.put(d, n);
            }
        });
        counts = Collections.unmodifiableMap(copy);
    }

    public static DenominationCount none() {
        return new DenominationCount(Map.of());
    }

    /** This count with {@code count} pieces of {@code denomination} (replacing what was there). */
    public DenominationCount with(Denomination denomination, int count) {
        EnumMap<Denomination, Integer> copy = new EnumMap<>(Denomination.class);
        copy.putAll(counts);
        copy.put(denomination, count);
        return new DenominationCount(copy);
    }

    public int count(Denomination denomination) {
        return counts.getOrDefault(denomination, 0);
    }

    public Money total() {
        Money total = Money.ZERO;
        for (Map.Entry<Denomination, Integer> e : counts.entrySet()) {
            total = total.plus(e.getKey().value().times(e.getValue()));
        }
        return total;
    }

    /** {@code {"YUAN_100":3,"JIAO_5":2}}: only what was counted, largest first. */
    public JsonWriter json() {
        JsonWriter json = JsonWriter.object();
        counts.forEach((d, n) -> json.put(d.name(), n));
        return json;
    }
}
