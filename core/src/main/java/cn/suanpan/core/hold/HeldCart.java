package cn.suanpan.core.hold;

import java.time.Instant;
import java.util.UUID;

/**
 * A cart put aside, as listed for the cashier: "挂单 2, 3 items, 10:42".
 *
 * @param number     short number to call it back by; numbers free up once recalled
 * @param memberName the attached member's name, or null
 */
public record HeldCart(UUID id, int number, Instant heldAt, UUID userId, int lineCount, String memberName) {
}
