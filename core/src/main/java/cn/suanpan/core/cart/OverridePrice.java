package cn.suanpan.core.cart;

/**
 * Replaces a line's unit price. The override is final for the unit price: member price and
 * promotions no longer apply to the line, but a line discount still may.
 */
public final class OverridePrice extends LineEdit {

    private final PriceOverride override;

    public OverridePrice(int lineNo, PriceOverride override) {
        super(lineNo);
        this.override = override;
    }

    @Override
    protected CartLine edit(Cart cart, CartLine line) {
        return line.withOverride(override);
    }
}
