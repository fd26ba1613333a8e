package cn.suanpan.app.ui.hold;

import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.CartRules;
import cn.suanpan.core.hold.HeldCart;
import cn.suanpan.core.hold.HoldService;
import cn.suanpan.core.hold.RecalledCart;
import cn.suanpan.core.users.User;
import cn.suanpan.core.users.UserRepository;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Held carts in the store, through the hold service of core. */
public final class StoreHeldCarts implements HeldCarts {

    private final HoldService holds;
    private final UserRepository users;
    private final CartRules rules;

    public StoreHeldCarts(HoldService holds, UserRepository users, CartRules rules) {
        this.holds = holds;
        this.users = users;
        this.rules = rules;
    }

    @Override
    public Held hold(Cart cart, User user) {
        HeldCart h = holds.hold(cart, user);
        return new Held(h.number(), h.heldAt(), user.displayName(), h.lineCount(), h.memberName());
    }

    @Override
    public List<Held> list() {
        Map<UUID, String> names = users.activeUsers().stream().collect(Collectors.toMap(User::id, User::displayName, (a, b) -> a));
        Function<UUID, String> name = id -> names.getOrDefault(id, "");
        return holds.list().stream()
                .map(h -> new Held(h.number(), h.heldAt(), name.apply(h.userId()), h.lineCount(), h.memberName()))
                .toList();
    }

    @Override
    public Recalled recall(int number) {
        RecalledCart r = holds.recall(number, rules);
        return new Recalled(r.cart(), r.notices());
    }
}
