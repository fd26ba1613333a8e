package cn.suanpan.core.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes one JSON object for an outbox payload or an audit detail. The payloads are small
 * and flat, so a few typed {@code put}s are enough and the core needs no JSON library.
 * Money goes in as fen and quantities as thousandths ({@code long}), so no number on the
 * wire is ever a fraction. Names are written in call order; a null value writes {@code null}.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder("{");

    private JsonWriter() {
    }

    public static JsonWriter object() {
        return new JsonWriter();
    }

    public JsonWriter put(String name, String value) {
        return raw(name, value == null ? "null" : quote(value));
    }

    public JsonWriter put(String name, long value) {
        return raw(name, Long.toString(value));
    }

    public JsonWriter put(String name, boolean value) {
        return raw(name, Boolean.toString(value));
    }

    public JsonWriter put(String name, UUID value) {
        return put(name, value == null ? null : value.toString());
    }

    /** ISO-8601 in UTC, e.g. {@code 2025-03-01T02:03:04.500Z}. */
    public JsonWriter put(String name, Instant value) {
        return put(name, value == null ? null : value.toString());
    }

    public JsonWriter put(String name, LocalDate value) {
        return put(name, value == null ? null : value.toString());
    }

    public JsonWriter put(String name, Enum<?> value) {
        return put(name, value == null ? null : value.name());
    }

    public JsonWriter put(String name, JsonWriter value) {
        return raw(name, value == null ? "null" : value.toString());
    }

    public JsonWriter putArray(String name, List<JsonWriter> values) {
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            array.append(i == 0 ? "" : ",").append(values.get(i));
        }
        return raw(name, array.append(']').toString());
    }

    private JsonWriter raw(String name, String json) {
        if (out.length() > 1) {
            out.append(',');
        }
        out.append(quote(name)).append(':').append(json);
        return this;
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped, everything else as is. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                // legal in JSON but not in JavaScript source, where a payload may end up
                case '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    @Override
    public String toString() {
        return out + "}";
    }
}
