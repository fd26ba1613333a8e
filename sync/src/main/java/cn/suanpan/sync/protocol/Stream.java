package cn.suanpan.sync.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What the cloud owns and terminals pull, each with its own cursor. */
public enum Stream {
    CATALOG("catalog"),
    PRICES("prices"),
    PROMOTIONS("promotions"),
    MEMBERS("members"),
    SETTINGS("settings");

    private final String wire;

    Stream(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static Stream fromWire(String wire) {
        for (Stream s : values()) {
            if (s.wire.equals(wire)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stream " + wire);
    }
}
