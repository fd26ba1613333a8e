package cn.suanpan.core.pricing;

import cn.suanpan.core.cart.CartLine;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The units of the cart that promotions may still claim. A unit goes to one promotion at
 * most; this pool is where the engine keeps count while it applies them one by one.
 * A weighed line is a single unit: its weight cannot be split into pieces.
 */
final class UnitPool {

    /** One line open to promotions, with how many of its units are still unclaimed. */
    static final class Entry {
        final CartLine line;
        final Money unitPrice;
        final Money baseAmount;
        private int available;

        Entry(CartLine line, Money unitPrice, Money baseAmount) {
            this.line = line;
            this.unitPrice = unitPrice;
            this.baseAmount = baseAmount;
            this.available = line.quantity() instanceof Quantity.Pieces(int count) ? count : 1;
        }

        boolean countable() {
            return line.quantity() instanceof Quantity.Pieces;
        }

        int available() {
            return available;
        }

        /** The price of one unit here: a piece, or the whole weighed line. */
        Money priceOfUnit() {
            return countable() ? unitPrice : baseAmount;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(CartLine line, Money unitPrice, Money baseAmount) {
        entries.add(new Entry(line, unitPrice, baseAmount));
    }

    /** Entries of covered products with units left, in cart order. */
    Stream<Entry> open(Target target) {
        return entries.stream().filter(e -> e.available > 0 && target.covers(e.line.product()));
    }

    void claim(List<Claim> claims) {
        for (Claim c : claims) {
            Entry e = entries.stream().filter(x -> x.line.lineNo() == c.lineNo()).findFirst().orElseThrow();
            if (c.units() > e.available) {
                throw new IllegalStateException("claimed more units than left on line " + c.lineNo());
            }
            e.available -= c.units();
        }
    }

    /**
     * What one promotion takes from one line: units it uses (discounted or not; the "buy"
     * units of a buy-X-get-Y are used up too) and the saving it gives there.
     */
    record Claim(int lineNo, int units, Money saving) {
    }
}
