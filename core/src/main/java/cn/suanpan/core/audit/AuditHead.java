package cn.suanpan.core.audit;

/**
 * The newest entry's number and hash. Whoever keeps a copy of it (a Z report, the cloud)
 * can later tell that no entry up to it was changed or removed.
 */
public record AuditHead(long seq, String hash) {
}
