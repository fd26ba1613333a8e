package cn.suanpan.sync.protocol;

import java.util.List;

/** Orders changed after the cursor asked from, oldest change first; ask from {@code nextCursor} next. */
public record OrdersPage(int protocol, long nextCursor, List<OnlineOrder> orders) implements Versioned {

    public OrdersPage {
        Checks.require(nextCursor >= 0, "nextCursor must not be negative");
        Checks.require(orders != null, "orders are required");
        orders = List.copyOf(orders);
    }
}
