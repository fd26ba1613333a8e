package cn.suanpan.core.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One signed change of a product's stock: {@code quantity} is negative when goods left,
 * with three decimals for weighed goods (kg to the gram). {@code reference} names what
 * caused it (a sale id, a delivery note), {@code userId} who recorded it.
 */
public record StockMovement(UUID id, UUID productId, BigDecimal quantity, MovementKind kind, String reference, Instant at,
                            UUID userId) {
}
