package cn.suanpan.core.audit;

import static cn.suanpan.core.store.schema.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.audit.AuditVerification.Break;
import cn.suanpan.core.audit.AuditVerification.Problem;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.store.schema.tables.records.AuditLogRecord;
import cn.suanpan.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    private static final UUID CASHIER = UUID.fromString("0196a1b2-0000-7000-8000-00000000000a");
    private static final UUID SUPERVISOR = UUID.fromString("0196a1b2-0000-7000-8000-00000000000b");

    @TempDir
    Path tmp;

    // nanoseconds on purpose: the stored instant must still be the hashed one
    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T01:00:00.123456789Z"));
    private final AuditLog audit = new AuditLog(clock);
    private LocalStore store;

    @BeforeEach
    void open() {
        store = LocalStore.open(tmp);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AuditEntry append(AuditAction action, String subject) {
        clock.advance(Duration.ofSeconds(7));
        return store.inTransaction(tx -> audit.append(tx, CASHIER, action, subject, "{\"reason\":\"顾客改主意\"}", SUPERVISOR));
    }

    private void appendFive() {
        append(AuditAction.LOGIN, null);
        append(AuditAction.VOID_LINE, "sale-1");
        append(AuditAction.NO_SALE, null);
        append(AuditAction.REFUND, "sale-0");
        append(AuditAction.LOGOUT, null);
    }

    private AuditVerification verify() {
        return store.inTransaction(audit::verify);
    }

    @Test
    void entriesChainFromTheGenesisAndTheHeadFollowsTheLast() {
        AuditEntry first = append(AuditAction.LOGIN, null);
        AuditEntry second = append(AuditAction.VOID_LINE, "sale-1");

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.prevHash()).isEqualTo(AuditLog.GENESIS);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(second.hash()).hasSize(64).isNotEqualTo(first.hash());
        assertThat(audit.head(store.dsl())).isEqualTo(new AuditHead(2, second.hash()));
        assertThat(audit.latest(store.dsl(), 10)).containsExactly(second, first);
        assertThat(second.userId()).isEqualTo(CASHIER);
        assertThat(second.approverId()).isEqualTo(SUPERVISOR);
    }

    @Test
    void anUntouchedLogVerifies() {
        AuditVerification empty = verify();
        assertThat(empty.ok()).isTrue();
        assertThat(empty.entriesChecked()).isZero();

        appendFive();
        AuditVerification result = verify();
        assertThat(result.ok()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
        assertThat(result.message().format(Locale.ENGLISH)).isEqualTo("The audit log is intact (5 entries checked).");
    }

    @Test
    void anEditedEntryIsFoundByItsHash() {
        appendFive();
        store.dsl().update(AUDIT_LOG).set(AUDIT_LOG.DETAILS, "{\"reason\":\"nothing happened\"}")
                .where(AUDIT_LOG.SEQ.eq(3L)).execute();

        AuditVerification result = verify();

        assertThat(result.firstBreak()).contains(new Break(3, Problem.EDITED));
        assertThat(result.entriesChecked()).isEqualTo(2);
        assertThat(result.message().key()).isEqualTo("audit.edited");
        assertThat(result.message().format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("审计记录 3 在写入后被修改过。");
    }

    @Test
    void anEditedEntryWithARecomputedHashBreaksTheLinkToTheNext() {
        appendFive();
        AuditLogRecord row = store.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.eq(2L)).fetchSingle();
        String forged = AuditLog.hash(2, row.getAt(), row.getUserId(), row.getAction(), "sale-999", row.getDetails(),
                row.getApproverId(), row.getPrevHash());
        store.dsl().update(AUDIT_LOG).set(AUDIT_LOG.SUBJECT, "sale-999").set(AUDIT_LOG.HASH, forged)
                .where(AUDIT_LOG.SEQ.eq(2L)).execute();

        assertThat(verify().firstBreak()).contains(new Break(3, Problem.CHAIN_BROKEN));
    }

    @Test
    void aDeletedEntryLeavesAGap() {
        appendFive();
        store.dsl().deleteFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.eq(2L)).execute();

        assertThat(verify().firstBreak()).contains(new Break(2, Problem.MISSING));
    }

    @Test
    void aDeletedEntryIsFoundEvenWhenTheRestIsRenumbered() {
        appendFive();
        store.dsl().deleteFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.eq(2L)).execute();
        for (long seq = 3; seq <= 5; seq++) {
            store.dsl().update(AUDIT_LOG).set(AUDIT_LOG.SEQ, seq - 1).where(AUDIT_LOG.SEQ.eq(seq)).execute();
        }

        assertThat(verify().firstBreak()).contains(new Break(2, Problem.EDITED));
    }

    @Test
    void aCutOffTailIsFoundThroughTheHead() {
        appendFive();
        store.dsl().deleteFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.ge(4L)).execute();

        AuditVerification result = verify();

        // what is left is a perfect chain; only the head knows entries 4 and 5 existed
        assertThat(result.firstBreak()).contains(new Break(4, Problem.TRUNCATED));
        assertThat(result.entriesChecked()).isEqualTo(3);
        assertThat(result.head().seq()).isEqualTo(5);
    }

    @Test
    void anEmptiedLogIsFoundThroughTheHead() {
        appendFive();
        store.dsl().deleteFrom(AUDIT_LOG).execute();

        assertThat(verify().firstBreak()).contains(new Break(1, Problem.TRUNCATED));
    }

    @Test
    void aLastEntryReplacedWithAFreshlyHashedOneDoesNotMatchTheHead() {
        appendFive();
        AuditLogRecord row = store.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.eq(5L)).fetchSingle();
        String forged = AuditLog.hash(5, row.getAt(), row.getUserId(), AuditAction.LOGIN.name(), row.getSubject(),
                row.getDetails(), row.getApproverId(), row.getPrevHash());
        store.dsl().update(AUDIT_LOG).set(AUDIT_LOG.ACTION, AuditAction.LOGIN.name()).set(AUDIT_LOG.HASH, forged)
                .where(AUDIT_LOG.SEQ.eq(5L)).execute();

        assertThat(verify().firstBreak()).contains(new Break(5, Problem.HEAD_MISMATCH));
    }

    @Test
    void anEntrySlippedInPastTheHeadIsFound() {
        appendFive();
        AuditHead head = audit.head(store.dsl());
        Instant at = Instant.parse("2025-05-01T02:00:00Z");
        store.dsl().insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.SEQ, 6L).set(AUDIT_LOG.AT, at).set(AUDIT_LOG.ACTION, "LOGIN")
                .set(AUDIT_LOG.PREV_HASH, head.hash())
                .set(AUDIT_LOG.HASH, AuditLog.hash(6, at, null, "LOGIN", null, null, null, head.hash()))
                .execute();

        assertThat(verify().firstBreak()).contains(new Break(6, Problem.HEAD_MISMATCH));
    }

    @Test
    void anEntryOfARolledBackActionIsNeitherKeptNorNumbered() {
        append(AuditAction.LOGIN, null);
        assertThatThrownBy(() -> store.inTransactionRun(tx -> {
            audit.append(tx, CASHIER, AuditAction.REFUND, "sale-1", null, SUPERVISOR);
            throw new IllegalStateException("the refund failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(audit.head(store.dsl()).seq()).isEqualTo(1);
        assertThat(append(AuditAction.LOGOUT, null).seq()).isEqualTo(2);
        assertThat(verify().ok()).isTrue();
    }

    @Test
    void theEncodingKeepsFieldsApart() {
        Instant at = Instant.parse("2025-05-01T01:00:00Z");
        String a = AuditLog.hash(1, at, null, "REFUND", "ab", "c", null, AuditLog.GENESIS);
        String b = AuditLog.hash(1, at, null, "REFUND", "a", "bc", null, AuditLog.GENESIS);
        String emptyInsteadOfNull = AuditLog.hash(1, at, null, "REFUND", "", "c", null, AuditLog.GENESIS);
        String nullSubject = AuditLog.hash(1, at, null, "REFUND", null, "c", null, AuditLog.GENESIS);
        assertThat(a).isNotEqualTo(b);
        assertThat(emptyInsteadOfNull).isNotEqualTo(nullSubject);
        // and it is a plain function of the fields
        assertThat(AuditLog.hash(1, at, null, "REFUND", "ab", "c", null, AuditLog.GENESIS)).isEqualTo(a);
    }
}
