package cn.suanpan.core.cart;

/**
 * Takes a line out of the cart altogether, for a mistake made a moment ago. Once a line
 * matters for the audit (after an override, say) the caller should void it instead; that
 * choice is policy, not the cart's.
 */
public final class RemoveLine implements CartCommand {

    private final int lineNo;
    private CartLine removed;
    private int index;

    public RemoveLine(int lineNo) {
        this.lineNo = lineNo;
    }

    @Override
    public Cart execute(Cart cart) {
        removed = cart.requireLine(lineNo);
        index = cart.indexOf(lineNo);
        return cart.withLineRemoved(lineNo);
    }

    @Override
    public Cart undo(Cart cart) {
        return cart.withLineInserted(index, removed);
    }
}
