package cn.suanpan.core.members;

import cn.suanpan.core.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A member as this terminal last heard of them. The cloud owns members: {@code points} and
 * {@code balance} (stored value) are the last known figures, good for display and a first
 * check, while the cloud's own numbers decide.
 */
public record Member(UUID id, String phone, String name, String level, long points, Money balance, String memberCode,
                     MemberStatus status, Instant updatedAt) {

    /** The phone as shown on screen and receipts: {@code 138****0000}. */
    public String maskedPhone() {
        return PhoneNumbers.mask(phone);
    }
}
