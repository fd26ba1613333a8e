package cn.suanpan.sync.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes the envelopes. Strict where a lenient parser would hide a bug: no
 * fractions or quoted numbers for integers (money is fen in a {@code long}), no duplicate
 * keys, nothing after the document. Fields it does not know are ignored, so a peer of the
 * same version may add one. The version is checked before anything else is read.
 */
public final class JsonCodec {

    private final ObjectMapper mapper;

    public JsonCodec() {
        SimpleModule time = new SimpleModule("instants");
        time.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        time.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException | NullPointerException e) {
                    throw InvalidFormatException.from(p, "not an ISO-8601 instant", text, Instant.class);
                }
            }
        });
        // a time of day in the shop's zone (a promotion's daily hours): "14:00"
        time.addSerializer(LocalTime.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalTime value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        time.addDeserializer(LocalTime.class, new JsonDeserializer<>() {
            @Override
            public LocalTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                try {
                    return LocalTime.parse(text);
                } catch (DateTimeParseException | NullPointerException e) {
                    throw InvalidFormatException.from(p, "not a time of day (HH:mm)", text, LocalTime.class);
                }
            }
        });
        mapper = JsonMapper.builder()
                .addModule(time)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    public byte[] encode(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads an envelope, refusing a body without a version, of a newer version, or that
     * does not fit the type.
     *
     * @throws ProtocolException {@link ErrorCode#MALFORMED} or {@link ErrorCode#UNSUPPORTED_PROTOCOL}
     */
    public <T extends Versioned> T decode(byte[] body, Class<T> type) {
        checkVersion(body);
        try {
            // read straight into the type: a page of thousands of changes made into a tree
            // first cost about as much again as reading it
            return mapper.readValue(body, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.MALFORMED, "not a valid " + type.getSimpleName() + ": " + reason(e), e);
        }
    }

    /**
     * Finds the body's version without reading the rest: envelopes written here carry it
     * first, so usually only the opening tokens are read; elsewhere the other fields are
     * skipped, not bound.
     */
    private void checkVersion(byte[] body) {
        if (body == null || body.length == 0) {
            throw new ProtocolException(ErrorCode.MALFORMED, "the body is empty");
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode version = null;
        try (JsonParser p = mapper.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ProtocolException(ErrorCode.MALFORMED, "the body is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ProtocolException(ErrorCode.MALFORMED, "the body is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("protocol".equals(name)) {
                    version = value == JsonToken.VALUE_NUMBER_INT ? nodes.numberNode(p.getBigIntegerValue())
                            : value.isScalarValue() ? nodes.textNode(p.getText()) : nodes.objectNode();
                    break;
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            throw new ProtocolException(ErrorCode.MALFORMED, "the body is not JSON: " + reason(e), e);
        }
        checkVersion(nodes.objectNode().set("protocol", version));
    }

    /** Parses any JSON document (an outbox payload, say) into a tree. */
    public JsonNode readTree(byte[] body) {
        if (body == null || body.length == 0) {
            throw new ProtocolException(ErrorCode.MALFORMED, "the body is empty");
        }
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw new ProtocolException(ErrorCode.MALFORMED, "the body is empty");
            }
            return tree;
        } catch (IOException e) {
            throw new ProtocolException(ErrorCode.MALFORMED, "the body is not JSON: " + reason(e), e);
        }
    }

    public JsonNode readTree(String json) {
        return readTree(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The version field: required, a positive integer, no newer than {@link Protocol#VERSION}. */
    public static int checkVersion(JsonNode tree) {
        if (!tree.isObject()) {
            throw new ProtocolException(ErrorCode.MALFORMED, "the body is not a JSON object");
        }
        JsonNode v = tree.get("protocol");
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw new ProtocolException(ErrorCode.MALFORMED, "the body has no protocol version (\"protocol\": " + Protocol.VERSION + ")");
        }
        if (v.intValue() > Protocol.VERSION) {
            throw new ProtocolException(ErrorCode.UNSUPPORTED_PROTOCOL, "protocol version " + v.intValue()
                    + " is newer than this side speaks (" + Protocol.VERSION + "); update it to talk to this peer");
        }
        return v.intValue();
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && t instanceof com.fasterxml.jackson.databind.JsonMappingException
                && t.getCause() instanceof IllegalArgumentException) {
            t = t.getCause();
        }
        String message = t instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
