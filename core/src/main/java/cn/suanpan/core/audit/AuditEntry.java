package cn.suanpan.core.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit log. {@code userId} is who acted (null for the terminal itself),
 * {@code approverId} the supervisor who approved it, if anyone did; {@code details} is JSON.
 */
public record AuditEntry(long seq, Instant at, UUID userId, AuditAction action, String subject, String details,
                         UUID approverId, String prevHash, String hash) {
}
