package cn.suanpan.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesTypedValuesInCallOrder() {
        UUID id = UUID.fromString("0196a1b2-0000-7000-8000-000000000001");
        String json = JsonWriter.object()
                .put("id", id)
                .put("qty", -1500L)
                .put("ok", true)
                .put("at", Instant.parse("2025-03-01T02:03:04.500Z"))
                .put("day", LocalDate.of(2025, 3, 1))
                .put("none", (String) null)
                .toString();
        assertThat(json).isEqualTo("{\"id\":\"0196a1b2-0000-7000-8000-000000000001\",\"qty\":-1500,\"ok\":true,"
                + "\"at\":\"2025-03-01T02:03:04.500Z\",\"day\":\"2025-03-01\",\"none\":null}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersButKeepsChinese() {
        String json = JsonWriter.object().put("reason", "找零 \"100\"\\n\n\t\u0001\u2028").toString();
        assertThat(json).isEqualTo("{\"reason\":\"找零 \\\"100\\\"\\\\n\\n\\t\\u0001\\u2028\"}");
    }

    @Test
    void nestsObjectsAndArrays() {
        String json = JsonWriter.object()
                .put("inner", JsonWriter.object().put("a", 1))
                .putArray("list", List.of(JsonWriter.object().put("b", 2), JsonWriter.object()))
                .putArray("empty", List.of())
                .toString();
        assertThat(json).isEqualTo("{\"inner\":{\"a\":1},\"list\":[{\"b\":2},{}],\"empty\":[]}");
        assertThat(JsonWriter.object().toString()).isEqualTo("{}");
    }
}
