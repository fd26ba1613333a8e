package cn.suanpan.sync.protocol;

import java.util.List;

/**
 * The highest sequence up to which the cloud holds every event of this terminal without
 * a gap (the terminal may delete up to there), and a result for each event pushed.
 */
public record PushResponse(int protocol, long acknowledgedSeq, List<EventResult> results) implements Versioned {

    public PushResponse {
        Checks.require(acknowledgedSeq >= 0, "acknowledgedSeq must not be negative");
        Checks.require(results != null, "results are required");
        results = List.copyOf(results);
    }
}
