package cn.suanpan.core.auth;

import cn.suanpan.core.audit.AuditAction;
import cn.suanpan.core.audit.AuditLog;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.outbox.JsonWriter;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.users.User;
import cn.suanpan.core.users.UserRepository;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides whether a user may do something, with a supervisor's PIN when their role is not
 * enough. A supervisor's PIN goes through {@link UserRepository#login}, so wrong PINs
 * count towards that supervisor's lockout like any login, and a cashier cannot try PINs
 * at leisure.
 *
 * <p>A granted override is written to the audit log at once, in a transaction of its own:
 * the supervisor did approve, whatever becomes of the action. Call this <em>before</em>
 * opening the transaction that performs the action (that transaction appends to the audit
 * log too and would hold the lock this one waits for); record the action itself there,
 * with {@link Authorization#approverId()}.
 */
public final class Authorizer {

    private final LocalStore store;
    private final UserRepository users;
    private final AuditLog audit;
    private final AuthPolicy policy;

    public Authorizer(LocalStore store, UserRepository users, AuditLog audit, AuthPolicy policy) {
        this.store = store;
        this.users = users;
        this.audit = audit;
        this.policy = policy;
    }

    public AuthPolicy policy() {
        return policy;
    }

    /** Whether {@code user} may do it alone; for greying out buttons, never instead of {@link #require}. */
    public boolean allows(User user, Permission permission) {
        return user.role().atLeast(policy.minimum(permission));
    }

    /**
     * Leave for {@code user} to do {@code permission}: on their own when their role allows
     * it (an override given anyway is ignored and its PIN not checked), else with the
     * override's approval.
     *
     * @throws SuanpanException {@code auth.denied} when an approval is needed and none was given,
     *         {@code auth.approverDenied} when the approver's role is not enough either, or the
     *         {@code login.*} refusal of a wrong supervisor PIN
     */
    public Authorization require(User user, Permission permission, Optional<SupervisorOverride> override) {
        if (allows(user, permission)) {
            return new Authorization(user, permission, Optional.empty());
        }
        User approver = approve(user, permission, override, a -> allows(a, permission),
                JsonWriter.object().put("permission", permission));
        return new Authorization(user, permission, Optional.of(approver));
    }

    /**
     * Leave to take {@code discount} off {@code amount}. Empty when the discount is within
     * the user's own limit; otherwise an authorization for {@link Permission#DISCOUNT_OVER_LIMIT}
     * approved by someone whose role may approve it and whose own limit covers the discount.
     */
    public Optional<Authorization> requireDiscount(User user, Money amount, Money discount,
                                                   Optional<SupervisorOverride> override) {
        if (discount.isNegative() || discount.compareTo(amount) > 0) {
            throw new IllegalArgumentException("discount " + discount + " outside 0.." + amount);
        }
        if (covers(user, amount, discount)) {
            return Optional.empty();
        }
        Permission permission = Permission.DISCOUNT_OVER_LIMIT;
        User approver = approve(user, permission, override,
                a -> allows(a, permission) && covers(a, amount, discount),
                JsonWriter.object().put("permission", permission).put("amountFen", amount.fen()).put("discountFen", discount.fen()));
        return Optional.of(new Authorization(user, permission, Optional.of(approver)));
    }

    /** Whether the discount is within the user's limit, compared exactly: discount / amount ≤ limit / 10000. */
    private boolean covers(User user, Money amount, Money discount) {
        return Math.multiplyExact(discount.fen(), (long) AuthPolicy.WHOLE)
                <= Math.multiplyExact(amount.fen(), (long) policy.discountLimit(user.role()));
    }

    private User approve(User user, Permission permission, Optional<SupervisorOverride> override, Predicate<User> mayApprove,
                         JsonWriter details) {
        if (override.isEmpty()) {
            throw new SuanpanException("auth.denied", user.displayName());
        }
        User approver = users.login(override.get().username(), override.get().pin());
        if (approver.id().equals(user.id()) || !mayApprove.test(approver)) {
            throw new SuanpanException("auth.approverDenied", approver.displayName());
        }
        store.inTransactionRun(tx -> audit.append(tx, user.id(), AuditAction.OVERRIDE_GRANTED, permission.name(),
                details.toString(), approver.id()));
        return approver;
    }
}
