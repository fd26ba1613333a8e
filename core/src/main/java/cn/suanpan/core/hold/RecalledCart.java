package cn.suanpan.core.hold;

import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.i18n.UserMessage;
import java.util.List;
import java.util.UUID;

/**
 * A held cart brought back to the counter, rebuilt on today's catalog.
 *
 * @param notices lines that could not come back (the product is gone or no longer sold),
 *                for the cashier to tell the customer
 */
public record RecalledCart(UUID heldCartId, int number, Cart cart, List<UserMessage> notices) {

    public RecalledCart {
        notices = List.copyOf(notices);
    }
}
