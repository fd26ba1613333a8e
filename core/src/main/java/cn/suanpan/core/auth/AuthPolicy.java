package cn.suanpan.core.auth;

import cn.suanpan.core.users.Role;
import java.util.EnumMap;
import java.util.Map;

/**
 * A store's rules: the minimum role for each permission and how large a discount each
 * role may give on its own, in basis points of the amount (1000 = 10 %).
 */
public record AuthPolicy(Map<Permission, Role> minimumRoles, Map<Role, Integer> discountLimitBasisPoints) {

    public static final int WHOLE = 10_000;

    public AuthPolicy {
        EnumMap<Permission, Role> roles = new EnumMap<>(Permission.class);
        for (Permission p : Permission.values()) {
            roles.put(p, minimumRoles.getOrDefault(p, p.defaultMinimum()));
        }
        EnumMap<Role, Integer> limits = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            int limit = discountLimitBasisPoints.getOrDefault(r, r.atLeast(Role.SUPERVISOR) ? WHOLE : 0);
            if (limit < 0 || limit > WHOLE) {
                throw new IllegalArgumentException("discount limit of " + r + " out of 0..10000: " + limit);
            }
            limits.put(r, limit);
        }
        minimumRoles = Map.copyOf(roles);
        discountLimitBasisPoints = Map.copyOf(limits);
    }

    /** Each permission at its default role; a cashier may give up to 10 %, supervisors and admins anything. */
    public static AuthPolicy defaults() {
        return new AuthPolicy(Map.of(), Map.of(Role.CASHIER, 1_000));
    }

    public Role minimum(Permission permission) {
        return minimumRoles.get(permission);
    }

    public int discountLimit(Role role) {
        return discountLimitBasisPoints.get(role);
    }

    public AuthPolicy withMinimum(Permission permission, Role role) {
        EnumMap<Permission, Role> roles = new EnumMap<>(minimumRoles);
        roles.put(permission, role);
        return new AuthPolicy(roles, discountLimitBasisPoints);
    }

    public AuthPolicy withDiscountLimit(Role role, int basisPoints) {
        EnumMap<Role, Integer> limits = new EnumMap<>(discountLimitBasisPoints);
        limits.put(role, basisPoints);
        return new AuthPolicy(minimumRoles, limits);
    }
}
