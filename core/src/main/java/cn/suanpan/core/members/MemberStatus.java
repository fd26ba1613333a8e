package cn.suanpan.core.members;

public enum MemberStatus {
    /** Signed up at this counter; the cloud has not confirmed it yet. */
    PENDING,
    ACTIVE,
    DISABLED
}
