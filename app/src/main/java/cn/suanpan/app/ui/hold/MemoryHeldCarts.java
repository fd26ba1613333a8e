package cn.suanpan.app.ui.hold;

import cn.suanpan.core.cart.Cart;
import cn.suanpan.app.ui.common.UiException;
import cn.suanpan.core.users.User;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Held carts kept in memory: for screen tests, and until the store keeps them. */
public final class MemoryHeldCarts implements HeldCarts {

    private record Entry(Held held, Cart cart) {
    }

    private final Clock clock;
    private final List<Entry> entries = new ArrayList<>();
    private int next = 1;

    public MemoryHeldCarts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Held hold(Cart cart, User user) {
        int lines = (int) cart.lines().stream().filter(l -> !l.voided()).count();
        Held held = new Held(next++, clock.instant(), user.displayName(), lines, cart.member() == null ? null : cart.member().name());
        entries.add(new Entry(held, cart));
        return held;
    }

    @Override
    public synchronized List<Held> list() {
        return entries.stream().map(Entry::held).toList();
    }

    @Override
    public synchronized Cart recall(int number) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).held().number() == number) {
                return entries.remove(i).cart();
            }
        }
        throw new UiException("hold.notFound", number);
    }
}
