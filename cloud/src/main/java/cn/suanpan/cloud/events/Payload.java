package cn.suanpan.cloud.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Typed reads of an event payload. A missing or ill-typed field is a {@link Bad} the rules
 * turn into a parked event: the envelope was fine, the terminal's data was not, and the
 * queue must go on.
 */
final class Payload {

    static final class Bad extends RuntimeException {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    private final JsonNode node;

    Payload(JsonNode node) {
        this.node = node;
    }

    UUID uuid(String name) {
        String text = text(name);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new Bad(name + " is not a UUID");
        }
    }

    UUID optionalUuid(String name) {
        return isAbsent(name) ? null : uuid(name);
    }

    String text(String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual()) {
            throw new Bad(name + " is missing or not text");
        }
        return v.textValue();
    }

    String optionalText(String name) {
        return isAbsent(name) ? null : text(name);
    }

    long integer(String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new Bad(name + " is missing or not a whole number");
        }
        return v.longValue();
    }

    Instant instant(String name) {
        try {
            return Instant.parse(text(name));
        } catch (DateTimeParseException e) {
            throw new Bad(name + " is not an ISO-8601 instant");
        }
    }

    private boolean isAbsent(String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull();
    }
}
