package cn.suanpan.sync.protocol;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order placed online for pick-up, as the counter sees it. Status: placed, accepted, ready, picked_up, cancelled. */
public record OnlineOrder(UUID id, String number, String status, long totalFen, String note, Instant placedAt,
                          List<Line> lines) {

    public record Line(String sku, String name, long quantityMilli, long amountFen) {
    }

    public OnlineOrder {
        Checks.require(id != null && number != null && status != null && placedAt != null, "order id, number, status and placedAt are required");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
