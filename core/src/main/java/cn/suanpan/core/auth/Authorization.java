package cn.suanpan.core.auth;

import cn.suanpan.core.users.User;
import java.util.Optional;
import java.util.UUID;

/** Leave to do {@code permission}: {@code user} does it, {@code approver} approved it when the user could not alone. */
public record Authorization(User user, Permission permission, Optional<User> approver) {

    public UUID userId() {
        return user.id();
    }

    /** The approver's id for an audit entry, or null when the user needed nobody. */
    public UUID approverId() {
        return approver.map(User::id).orElse(null);
    }

    /** Throws when this is leave for something else: a programming error, never the cashier's. */
    public Authorization requireFor(Permission expected) {
        if (permission != expected) {
            throw new IllegalArgumentException("authorization for " + permission + " used for " + expected);
        }
        return this;
    }
}
