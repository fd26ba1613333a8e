package cn.suanpan.sync.protocol;

import java.util.UUID;

/**
 * The cloud's answer for one event. A repeat of an event it already has gets the original
 * status and reason back, with {@code duplicate} set.
 */
public record EventResult(long seq, UUID eventId, EventStatus status, boolean duplicate, String reason) {

    public EventResult {
        Checks.require(eventId != null && status != null, "eventId and status are required");
    }
}
