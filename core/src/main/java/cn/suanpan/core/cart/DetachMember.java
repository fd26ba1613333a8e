package cn.suanpan.core.cart;

import cn.suanpan.core.i18n.SuanpanException;

/** Takes the member off the sale; shelf prices apply again. */
public final class DetachMember implements CartCommand {

    private Member before;

    @Override
    public Cart execute(Cart cart) {
        if (!cart.hasMember()) {
            throw new SuanpanException("cart.noMember");
        }
        before = cart.member();
        return cart.withMember(null);
    }

    @Override
    public Cart undo(Cart cart) {
        return cart.withMember(before);
    }
}
