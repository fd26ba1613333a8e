package cn.suanpan.core.audit;

import cn.suanpan.core.i18n.UserMessage;
import java.util.Optional;

/** The outcome of {@link AuditLog#verify}: how many entries were checked and the first break, if any. */
public record AuditVerification(long entriesChecked, AuditHead head, Optional<Break> firstBreak) {

    public enum Problem {
        /** The entry's fields no longer match its hash: it was changed after it was written. */
        EDITED,
        /** The entry with this number is gone: the numbers jump over it. */
        MISSING,
        /** The entry does not continue the one before it: one of the two was changed or replaced. */
        CHAIN_BROKEN,
        /** Entries up to the head's number were written, but the log ends before them. */
        TRUNCATED,
        /** The log ends where the head says, but not with the head's hash, or goes on past the head. */
        HEAD_MISMATCH
    }

    /** The first place where the log stops being what was written. */
    public record Break(long seq, Problem problem) {
    }

    public boolean ok() {
        return firstBreak.isEmpty();
    }

    /** What to tell the owner. */
    public UserMessage message() {
        if (firstBreak.isEmpty()) {
            return new UserMessage("audit.intact", entriesChecked);
        }
        long seq = firstBreak.get().seq();
        return switch (firstBreak.get().problem()) {
            case EDITED -> new UserMessage("audit.edited", seq);
            case MISSING -> new UserMessage("audit.missing", seq);
            case CHAIN_BROKEN -> new UserMessage("audit.chainBroken", seq);
            case TRUNCATED -> new UserMessage("audit.truncated", seq);
            case HEAD_MISMATCH -> new UserMessage("audit.headMismatch", seq);
        };
    }
}
