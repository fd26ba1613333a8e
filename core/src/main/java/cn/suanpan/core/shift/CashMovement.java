package cn.suanpan.core.shift;

import cn.suanpan.core.money.Money;
import java.time.Instant;
import java.util.UUID;

public record CashMovement(UUID id, UUID shiftId, CashMovementKind kind, Money amount, String reason, Instant at, UUID userId,
                           UUID approverId) {
}
