package cn.suanpan.app.ui.hold;

import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.users.User;
import java.time.Instant;
import java.util.List;

/**
 * Sales put aside while another customer is served (挂单) and taken up again (取单). The
 * hold service of core keeps them in the store, so that they survive a restart.
 */
public interface HeldCarts {

    record Held(int number, Instant heldAt, String cashierName, int lineCount, String memberName) {
    }

    /** A cart back at the counter, and what changed since it was held (an item no longer sold). */
    record Recalled(Cart cart, List<UserMessage> notices) {
        public Recalled {
            notices = List.copyOf(notices);
        }
    }

    Held hold(Cart cart, User user);

    List<Held> list();

    /** The cart, gone from the list. */
    Recalled recall(int number);
}
