package cn.suanpan.core.cart;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cart of one sale, immutable: every edit makes a new cart, which is what lets a
 * {@link CartCommand} undo by handing back what it replaced.
 *
 * @param member        the attached member, or null
 * @param orderDiscount the cashier's discount on the whole order, or null
 * @param nextLineNo    number the next new line gets; kept so that line numbers are never
 *                      reused within a sale (a voided line 3 stays line 3)
 */
public record Cart(List<CartLine> lines, Member member, Discount orderDiscount, int nextLineNo, CartRules rules) {

    public Cart {
        lines = List.copyOf(lines);
        Objects.requireNonNull(rules, "rules");
    }

    public static Cart empty(CartRules rules) {
        return new Cart(List.of(), null, null, 1, rules);
    }

    public static Cart empty() {
        return empty(CartRules.DEFAULT);
    }

    public boolean hasMember() {
        return member != null;
    }

    public Optional<CartLine> line(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst();
    }

    /** The line with this number, or the cashier is told it is gone (say, undone on another screen). */
    public CartLine requireLine(int lineNo) {
        return line(lineNo).orElseThrow(() -> new SuanpanException("cart.noSuchLine", Integer.toString(lineNo)));
    }

    public int indexOf(int lineNo) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).lineNo() == lineNo) {
                return i;
            }
        }
        return -1;
    }

    /** The amount before promotions of the lines that count; an order discount may not exceed it. */
    public Money baseAmount() {
        return lines.stream().filter(l -> !l.voided())
                .map(l -> l.baseAmount(hasMember()))
                .reduce(Money.ZERO, Money::plus);
    }

    /** Appends a line numbered {@link #nextLineNo()} and moves the counter on. */
    Cart withNewLine(CartLine line) {
        if (line.lineNo() != nextLineNo) {
            throw new IllegalArgumentException("new line must be numbered " + nextLineNo);
        }
        List<CartLine> copy = new ArrayList<>(lines);
        copy.add(line);
        return new Cart(copy, member, orderDiscount, nextLineNo + 1, rules);
    }

    Cart withLineReplaced(CartLine line) {
        int index = indexOf(line.lineNo());
        if (index < 0) {
            throw new SuanpanException("cart.noSuchLine", Integer.toString(line.lineNo()));
        }
        List<CartLine> copy = new ArrayList<>(lines);
        copy.set(index, line);
        return new Cart(copy, member, orderDiscount, nextLineNo, rules);
    }

    Cart withLineInserted(int index, CartLine line) {
        List<CartLine> copy = new ArrayList<>(lines);
        copy.add(index, line);
        return new Cart(copy, member, orderDiscount, nextLineNo, rules);
    }

    Cart withLineRemoved(int lineNo) {
        List<CartLine> copy = new ArrayList<>(lines);
        copy.removeIf(l -> l.lineNo() == lineNo);
        return new Cart(copy, member, orderDiscount, nextLineNo, rules);
    }

    Cart withNextLineNo(int next) {
        return new Cart(lines, member, orderDiscount, next, rules);
    }

    Cart withMember(Member newMember) {
        return new Cart(lines, newMember, orderDiscount, nextLineNo, rules);
    }

    Cart withOrderDiscount(Discount newDiscount) {
        return new Cart(lines, member, newDiscount, nextLineNo, rules);
    }
}
