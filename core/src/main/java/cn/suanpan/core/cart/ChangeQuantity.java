package cn.suanpan.core.cart;

import cn.suanpan.core.i18n.SuanpanException;

/** Sets a line's quantity (pieces, or a new weight from the scale). */
public final class ChangeQuantity extends LineEdit {

    private final Quantity quantity;

    public ChangeQuantity(int lineNo, Quantity quantity) {
        super(lineNo);
        this.quantity = quantity;
    }

    @Override
    protected CartLine edit(Cart cart, CartLine line) {
        // The label's amount belongs to the weight printed on it; reweigh means a new label.
        if (line.hasLabel()) {
            throw new SuanpanException("cart.labelQuantityFixed", line.product().name());
        }
        cart.rules().checkQuantity(line.product(), quantity);
        return line.withQuantity(quantity);
    }
}
