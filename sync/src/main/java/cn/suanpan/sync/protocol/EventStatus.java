package cn.suanpan.sync.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the cloud did with an event. Both are final: a parked event (valid, but against a
 * business rule, such as stock of a product the shop does not know) is kept for review
 * and never blocks the events behind it.
 */
public enum EventStatus {
    APPLIED("applied"),
    PARKED("parked");

    private final String wire;

    EventStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static EventStatus fromWire(String wire) {
        for (EventStatus s : values()) {
            if (s.wire.equals(wire)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown event status " + wire);
    }
}
