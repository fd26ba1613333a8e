package cn.suanpan.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.sync.protocol.Change.CategoryChange;
import cn.suanpan.sync.protocol.Change.ProductChange;
import cn.suanpan.sync.protocol.Change.Removed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

    private final JsonCodec codec = new JsonCodec();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private ProtocolException refusal(String json, Class<? extends Versioned> type) {
        try {
            codec.decode(utf8(json), type);
        } catch (ProtocolException e) {
            return e;
        }
        throw new AssertionError("accepted " + json);
    }

    @Test
    void pushRoundTripsWithItsPayloadAndInstants() {
        UUID id = UUID.randomUUID();
        PushRequest request = new PushRequest(Protocol.VERSION, List.of(new PushedEvent(7, id, "stock.moved",
                Instant.parse("2025-03-01T02:03:04.500Z"), codec.readTree("{\"quantityMilli\":-1500,\"kind\":\"SALE\"}"))));

        byte[] json = codec.encode(request);
        PushRequest back = codec.decode(json, PushRequest.class);

        assertThat(back).isEqualTo(request);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"createdAt\":\"2025-03-01T02:03:04.500Z\"")
                .contains("\"quantityMilli\":-1500");
    }

    @Test
    void pullPagesCarryTypedChangesAndTombstones() {
        PullPage page = new PullPage(1, Stream.CATALOG, true, 42, false, 0, List.of(
                new CategoryChange(UUID.randomUUID(), "drinks", "饮料", "Drinks", 10),
                new ProductChange(UUID.randomUUID(), "SP1", "可乐", null, "drinks", "bottle", 350, null, 310L, 1300, false,
                        null, "cola", true, true, List.of("6901234567892")),
                new Removed("product", UUID.randomUUID(), null)));

        String json = new String(codec.encode(page), StandardCharsets.UTF_8);
        assertThat(json).contains("\"stream\":\"catalog\"").contains("\"kind\":\"product\"").contains("\"kind\":\"removed\"");
        assertThat(codec.decode(utf8(json), PullPage.class)).isEqualTo(page);
    }

    @Test
    void aNewerVersionIsRefusedWithAClearMessageBeforeItsBodyIsRead() {
        ProtocolException e = refusal("{\"protocol\":2,\"somethingNew\":[1,2,3]}", PushRequest.class);
        assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_PROTOCOL);
        assertThat(e.getMessage()).contains("protocol version 2 is newer than this side speaks (1)");
    }

    @Test
    void theVersionCountsWhereverItStandsButNeverFromInsideAnotherField() {
        assertThat(refusal("{\"events\":[{\"protocol\":1}],\"protocol\":2}", PushRequest.class).code())
                .isEqualTo(ErrorCode.UNSUPPORTED_PROTOCOL);
        assertThat(refusal("{\"payload\":{\"protocol\":1},\"events\":[]}", PushRequest.class).code()).isEqualTo(ErrorCode.MALFORMED);
        assertThat(codec.decode(utf8("{\"events\":[],\"protocol\":1}"), PushRequest.class).events()).isEmpty();
    }

    @Test
    void aBodyWithoutAVersionIsMalformed() {
        assertThat(refusal("{\"events\":[]}", PushRequest.class).code()).isEqualTo(ErrorCode.MALFORMED);
        assertThat(refusal("{\"protocol\":\"1\",\"events\":[]}", PushRequest.class).code()).isEqualTo(ErrorCode.MALFORMED);
        assertThat(refusal("{\"protocol\":0,\"events\":[]}", PushRequest.class).code()).isEqualTo(ErrorCode.MALFORMED);
    }

    @Test
    void brokenOrIllFittingJsonIsMalformed() {
        String event = "{\"seq\":1,\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"x\",\"createdAt\":\"2025-03-01T00:00:00Z\",\"payload\":{}}";
        for (String bad : List.of(
                "",
                "{\"protocol\":1,\"events\":[",
                "[1,2]",
                "{\"protocol\":1,\"events\":[]} trailing",
                "{\"protocol\":1,\"protocol\":1,\"events\":[]}",
                "{\"protocol\":1}",
                "{\"protocol\":1,\"events\":[" + event.replace("\"seq\":1", "\"seq\":1.5") + "]}",
                "{\"protocol\":1,\"events\":[" + event.replace("\"seq\":1", "\"seq\":\"1\"") + "]}",
                "{\"protocol\":1,\"events\":[" + event.replace("\"seq\":1", "\"seq\":0") + "]}",
                "{\"protocol\":1,\"events\":[" + event.replace("2025-03-01T00:00:00Z", "yesterday") + "]}",
                "{\"protocol\":1,\"events\":[" + event.replace("\"payload\":{}", "\"payload\":\"text\"") + "]}",
                "{\"protocol\":1,\"events\":[" + event + "," + event + "]}")) {
            assertThat(refusal(bad, PushRequest.class).code()).as(bad).isEqualTo(ErrorCode.MALFORMED);
        }
    }

    @Test
    void moneyIsNeverAFraction() {
        String json = "{\"protocol\":1,\"stream\":\"catalog\",\"snapshot\":false,\"nextCursor\":1,\"hasMore\":false,\"remaining\":0,\"changes\":[{"
                + "\"kind\":\"product\",\"id\":\"" + UUID.randomUUID() + "\",\"sku\":\"A\",\"name\":\"a\",\"unit\":\"pc\","
                + "\"priceFen\":3.5,\"taxRateBp\":1300,\"weighed\":false,\"trackStock\":true,\"active\":true}]}";
        assertThat(refusal(json, PullPage.class).code()).isEqualTo(ErrorCode.MALFORMED);
        assertThat(codec.decode(utf8(json.replace("3.5", "350")), PullPage.class).changes()).hasSize(1);
    }

    @Test
    void unknownFieldsOfTheSameVersionAreIgnored() {
        PullRequest r = codec.decode(utf8("{\"protocol\":1,\"stream\":\"members\",\"cursor\":3,\"limit\":10,\"hint\":\"x\"}"),
                PullRequest.class);
        assertThat(r).isEqualTo(new PullRequest(1, Stream.MEMBERS, 3, 10));
        assertThat(refusal("{\"protocol\":1,\"stream\":\"weather\",\"cursor\":3,\"limit\":10}", PullRequest.class).code())
                .isEqualTo(ErrorCode.MALFORMED);
    }

    @Test
    void errorsReadBackWithTheirCode() {
        byte[] json = codec.encode(ErrorResponse.of(ErrorCode.REPLAYED, "already received"));
        assertThat(new String(json, StandardCharsets.UTF_8))
                .isEqualTo("{\"protocol\":1,\"error\":{\"code\":\"replayed\",\"message\":\"already received\"}}");
        assertThat(codec.decode(json, ErrorResponse.class).error().code()).isEqualTo(ErrorCode.REPLAYED);
    }
}
