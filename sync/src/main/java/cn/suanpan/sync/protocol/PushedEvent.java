package cn.suanpan.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** One outbox event as pushed: its place in the terminal's sequence, its identity and its JSON payload. */
public record PushedEvent(long seq, UUID eventId, String type, Instant createdAt, JsonNode payload) {

    public PushedEvent {
        Checks.require(seq > 0, "seq must be positive");
        Checks.require(eventId != null, "eventId is required");
        Checks.require(type != null && !type.isBlank() && type.length() <= 64, "type is required (at most 64 characters)");
        Checks.require(createdAt != null, "createdAt is required");
        Checks.require(payload != null && payload.isObject(), "payload must be a JSON object");
    }
}
