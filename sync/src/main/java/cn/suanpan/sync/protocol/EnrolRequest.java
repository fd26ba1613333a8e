package cn.suanpan.sync.protocol;

/**
 * A terminal asks to join a shop with the one-time code the shop's admin gave it.
 * {@code acknowledgedSeq} is the last outbox sequence the terminal no longer holds (0 for
 * a fresh one), where the cloud starts counting contiguous events.
 */
public record EnrolRequest(int protocol, String code, String terminalName, long acknowledgedSeq) implements Versioned {

    public EnrolRequest {
        Checks.require(code != null && !code.isBlank(), "code is required");
        Checks.require(acknowledgedSeq >= 0, "acknowledgedSeq must not be negative");
    }
}
