package cn.suanpan.core.users;

/** What a user may do; each role may do everything the roles before it may. */
public enum Role {
    CASHIER, SUPERVISOR, ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
