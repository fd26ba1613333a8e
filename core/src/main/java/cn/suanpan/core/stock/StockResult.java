package cn.suanpan.core.stock;

import cn.suanpan.core.i18n.UserMessage;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A recorded movement and the stock it left. Stock below zero is a warning for the
 * cashier or the owner, never a refusal: the goods have already left the shop.
 */
public record StockResult(StockMovement movement, BigDecimal onHand, Optional<UserMessage> warning) {

    public boolean negative() {
        return onHand.signum() < 0;
    }
}
