package cn.suanpan.core.refund;

import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.catalog.Product;
import java.util.List;
import java.util.Objects;

/**
 * A return without a receipt: the goods are priced at today's shelf price and the money
 * goes back in cash. Needs {@link cn.suanpan.core.auth.Permission#BLIND_REFUND} and a reason.
 */
public record BlindRefundRequest(List<Line> lines, boolean restock, String reason, boolean training) {

    public record Line(Product product, Quantity quantity) {
        public Line {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    public BlindRefundRequest {
        lines = List.copyOf(lines);
    }
}
