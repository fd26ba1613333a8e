package cn.suanpan.sync.client;

import cn.suanpan.sync.protocol.ErrorCode;

/**
 * Why a call to the cloud did not go through. Whatever the kind, the terminal's data is
 * as it was before the call: nothing is deleted or moved on a failure.
 */
public final class SyncFailure extends RuntimeException {

    public enum Kind {
        /** The cloud could not be reached, or the connection broke before a whole answer came. */
        OFFLINE,
        /** An answer came but is not a genuine, complete one for this request. */
        CORRUPT,
        /** The cloud refused the request and said why. */
        REFUSED,
        /** This terminal has not been enrolled with a cloud. */
        NOT_ENROLLED
    }

    private final Kind kind;
    private final ErrorCode code;

    public SyncFailure(Kind kind, ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
    }

    public static SyncFailure offline(String message, Throwable cause) {
        return new SyncFailure(Kind.OFFLINE, null, message, cause);
    }

    public static SyncFailure corrupt(String message, Throwable cause) {
        return new SyncFailure(Kind.CORRUPT, null, message, cause);
    }

    public static SyncFailure refused(ErrorCode code, String message) {
        return new SyncFailure(Kind.REFUSED, code, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The cloud's error code when it refused; null otherwise. */
    public ErrorCode code() {
        return code;
    }

    /**
     * Whether trying again later may succeed: the network, a damaged answer, a failure on
     * the cloud's side. A refusal of the request itself (bad code, unknown terminal,
     * clock too far off) needs a person first.
     */
    public boolean retryable() {
        return switch (kind) {
            case OFFLINE, CORRUPT -> true;
            case NOT_ENROLLED -> false;
            case REFUSED -> code == ErrorCode.INTERNAL || code == ErrorCode.REPLAYED;
        };
    }
}
