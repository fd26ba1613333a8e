package cn.suanpan.core.audit;

import static cn.suanpan.core.store.schema.Tables.AUDIT_HEAD;
import static cn.suanpan.core.store.schema.Tables.AUDIT_LOG;

import cn.suanpan.core.store.schema.tables.records.AuditHeadRecord;
import cn.suanpan.core.store.schema.tables.records.AuditLogRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Cursor;
import org.jooq.DSLContext;

/**
 * Who did what at the counter, append-only and hash-chained: each entry's hash is SHA-256
 * over its own fields and the previous entry's hash, so an entry changed or removed after
 * the fact breaks the chain at that point.
 *
 * <p>A chain alone cannot show that its newest entries were cut off: what remains is still
 * a perfect chain. So the newest number and hash are also kept in {@code audit_head},
 * updated in the same transaction as every append, and {@link #verify} checks the log
 * against it. Someone who edits the database directly can of course rewrite the log and
 * the head together; the head printed on each Z report and sent with it to the cloud is
 * what catches that.
 *
 * <p>Entries are appended inside the caller's transaction, so an action and its entry
 * commit or roll back together.
 */
public final class AuditLog {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final int HEAD_ID = 1;

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /**
     * Appends an entry in the caller's transaction. Locks the head until that transaction
     * ends, so entries are numbered and chained in commit order; keep the transaction short.
     */
    public AuditEntry append(DSLContext tx, UUID userId, AuditAction action, String subject, String details, UUID approverId) {
        AuditHeadRecord head = tx.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(HEAD_ID)).forUpdate().fetchSingle();
        long seq = head.getSeq() + 1;
        // the column keeps microseconds; cut to milliseconds so the stored value is exactly the hashed one
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = hash(seq, at, userId, action.name(), subject, details, approverId, head.getHash());
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.SEQ, seq)
                .set(AUDIT_LOG.AT, at)
                .set(AUDIT_LOG.USER_ID, userId)
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.SUBJECT, subject)
                .set(AUDIT_LOG.DETAILS, details)
                .set(AUDIT_LOG.APPROVER_ID, approverId)
                .set(AUDIT_LOG.PREV_HASH, head.getHash())
                .set(AUDIT_LOG.HASH, hash)
                .execute();
        tx.update(AUDIT_HEAD).set(AUDIT_HEAD.SEQ, seq).set(AUDIT_HEAD.HASH, hash).where(AUDIT_HEAD.ID.eq(HEAD_ID)).execute();
        return new AuditEntry(seq, at, userId, action, subject, details, approverId, head.getHash(), hash);
    }

    public AuditHead head(DSLContext dsl) {
        AuditHeadRecord head = dsl.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(HEAD_ID)).fetchSingle();
        return new AuditHead(head.getSeq(), head.getHash());
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditEntry> latest(DSLContext dsl, int limit) {
        return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc()).limit(limit).fetch(AuditLog::toEntry);
    }

    /**
     * Re-computes the whole chain and compares its end with the head. Call it in a
     * transaction: the head stays locked while the log is read, so an append cannot slip
     * in between and look like tampering.
     */
    public AuditVerification verify(DSLContext tx) {
        AuditHeadRecord headRow = tx.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(HEAD_ID)).forUpdate().fetchSingle();
        AuditHead head = new AuditHead(headRow.getSeq(), headRow.getHash());
        long checked = 0;
        long expectedSeq = 1;
        String prevHash = GENESIS;
        try (Cursor<AuditLogRecord> rows = tx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetchSize(500).fetchLazy()) {
            for (AuditLogRecord row : rows) {
                Optional<AuditVerification.Problem> problem = check(row, expectedSeq, prevHash);
                if (problem.isPresent()) {
                    long at = problem.get() == AuditVerification.Problem.MISSING ? expectedSeq : row.getSeq();
                    if (at > head.seq()) {
                        // whatever is wrong lies past the newest entry ever written here
                        return broken(checked, head, head.seq() + 1, AuditVerification.Problem.HEAD_MISMATCH);
                    }
                    return broken(checked, head, at, problem.get());
                }
                if (row.getSeq() > head.seq()) {
                    // a well-chained entry the head never saw: inserted behind the log's back
                    return broken(checked, head, row.getSeq(), AuditVerification.Problem.HEAD_MISMATCH);
                }
                checked++;
                expectedSeq = row.getSeq() + 1;
                prevHash = row.getHash();
            }
        }
        long lastSeq = expectedSeq - 1;
        if (lastSeq < head.seq()) {
            return broken(checked, head, lastSeq + 1, AuditVerification.Problem.TRUNCATED);
        }
        if (!prevHash.equals(head.hash())) {
            return broken(checked, head, lastSeq, AuditVerification.Problem.HEAD_MISMATCH);
        }
        return new AuditVerification(checked, head, Optional.empty());
    }

    private static Optional<AuditVerification.Problem> check(AuditLogRecord row, long expectedSeq, String prevHash) {
        if (row.getSeq() != expectedSeq) {
            return Optional.of(AuditVerification.Problem.MISSING);
        }
        String recomputed = hash(row.getSeq(), row.getAt(), row.getUserId(), row.getAction(), row.getSubject(),
                row.getDetails(), row.getApproverId(), row.getPrevHash());
        if (!recomputed.equals(row.getHash())) {
            return Optional.of(AuditVerification.Problem.EDITED);
        }
        if (!row.getPrevHash().equals(prevHash)) {
            return Optional.of(AuditVerification.Problem.CHAIN_BROKEN);
        }
        return Optional.empty();
    }

    private static AuditVerification broken(long checked, AuditHead head, long seq, AuditVerification.Problem problem) {
        return new AuditVerification(checked, head, Optional.of(new AuditVerification.Break(seq, problem)));
    }

    /**
     * SHA-256 over a canonical encoding: every field as its UTF-8 length, a colon and its
     * bytes, a null as a lone {@code -}. Length prefixes make the encoding unambiguous (no
     * two different entries encode alike, whatever characters the fields hold), and the
     * field order is fixed here for good: changing it invalidates every stored hash.
     */
    static String hash(long seq, Instant at, UUID userId, String action, String subject, String details, UUID approverId,
                       String prevHash) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (Object field : new Object[] {"suanpan-audit-v1", seq, at, userId, action, subject, details, approverId, prevHash}) {
            if (field == null) {
                sha.update((byte) '-');
            } else {
                byte[] bytes = field.toString().getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static AuditEntry toEntry(AuditLogRecord r) {
        return new AuditEntry(r.getSeq(), r.getAt(), r.getUserId(), AuditAction.valueOf(r.getAction()), r.getSubject(),
                r.getDetails(), r.getApproverId(), r.getPrevHash(), r.getHash());
    }
}
