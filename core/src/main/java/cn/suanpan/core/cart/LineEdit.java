package cn.suanpan.core.cart;

import cn.suanpan.core.i18n.SuanpanException;

/**
 * An edit that replaces one line by a changed copy; undo puts the old copy back. Voided
 * lines are closed to edits: un-voiding is done by undo, so the audit trail stays simple.
 */
abstract class LineEdit implements CartCommand {

    protected final int lineNo;
    private CartLine before;

    LineEdit(int lineNo) {
        this.lineNo = lineNo;
    }

    /** The changed line, or a {@link SuanpanException} if the edit is not allowed. */
    protected abstract CartLine edit(Cart cart, CartLine line);

    @Override
    public final Cart execute(Cart cart) {
        CartLine line = cart.requireLine(lineNo);
        if (line.voided()) {
            throw new SuanpanException("cart.lineVoided", Integer.toString(lineNo));
        }
        CartLine after = edit(cart, line);
        before = line;
        return cart.withLineReplaced(after);
    }

    @Override
    public final Cart undo(Cart cart) {
        if (before == null) {
            throw new IllegalStateException("undo before execute");
        }
        return cart.withLineReplaced(before);
    }
}
