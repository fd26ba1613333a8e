package cn.suanpan.core.shift;

import cn.suanpan.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A cashier's time at a terminal, from opening the drawer with a float to the blind count.
 * {@code businessDate} is the store's local date when it opened; the Z report of that
 * date covers it.
 */
public record Shift(UUID id, UUID terminalId, UUID userId, LocalDate businessDate, Instant openedAt, Money openingFloat) {
}
