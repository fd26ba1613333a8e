package cn.suanpan.core.cart;

/** Voids a line: it stays in the cart (and on the receipt, struck through) but counts for nothing. */
public final class VoidLine extends LineEdit {

    public VoidLine(int lineNo) {
        super(lineNo);
    }

    @Override
    protected CartLine edit(Cart cart, CartLine line) {
        return line.withVoided(true);
    }
}
