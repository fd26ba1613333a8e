package cn.suanpan.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signing vectors worked out independently (Python's hmac module), and the receiving side's checks. */
class SignaturesTest {

    /** Bytes 0x00..0x1f. */
    private static final String SECRET = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
    private static final long TS = 1_740_794_584L;
    private static final String NONCE = "00112233445566778899aabbccddeeff";
    private static final byte[] BODY = "{\"protocol\":1,\"events\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final UUID TERMINAL = UUID.fromString("0195a1b2-0000-7000-8000-000000000001");

    @Test
    void requestSignatureMatchesTheVector() {
        assertThat(Signatures.sha256Hex(BODY)).isEqualTo("2497be440bec833c4f51dd1c230791d15e12e3430ece0e7a53735a17aba7f3a3");
        assertThat(Signatures.signRequest(SECRET, "POST", "/api/terminal/v1/push", TS, NONCE, BODY))
                .isEqualTo("93510715c5f46e926e8578290b379de993091a4c43024eea556ef03dea43d6df");
        assertThat(Signatures.signRequest(SECRET, "get", "/api/terminal/v1/orders?after=5", TS, "n-1", new byte[0]))
                .isEqualTo("ac62eb274836e82d12b3253977f57f38a808f5004cc7119a213437e275a3d1a5");
    }

    @Test
    void responseSignatureMatchesTheVector() {
        byte[] body = "{\"protocol\":1,\"acknowledgedSeq\":0,\"results\":[]}".getBytes(StandardCharsets.UTF_8);
        assertThat(Signatures.signResponse(SECRET, NONCE, 200, body))
                .isEqualTo("e2bd2fbcf97133054e232eb0f2b37ab117b19593eaac1ca42a7e68d0196192c3");
    }

    @Test
    void everySignedPartChangesTheSignature() {
        String base = Signatures.signRequest(SECRET, "POST", "/api/terminal/v1/push", TS, NONCE, BODY);
        assertThat(Signatures.signRequest(SECRET, "PUT", "/api/terminal/v1/push", TS, NONCE, BODY)).isNotEqualTo(base);
        assertThat(Signatures.signRequest(SECRET, "POST", "/api/terminal/v1/pull", TS, NONCE, BODY)).isNotEqualTo(base);
        assertThat(Signatures.signRequest(SECRET, "POST", "/api/terminal/v1/push", TS + 1, NONCE, BODY)).isNotEqualTo(base);
        assertThat(Signatures.signRequest(SECRET, "POST", "/api/terminal/v1/push", TS, NONCE + "0", BODY)).isNotEqualTo(base);
        assertThat(Signatures.signRequest(SECRET, "POST", "/api/terminal/v1/push", TS, NONCE, "{}".getBytes())).isNotEqualTo(base);
        assertThat(Signatures.signRequest(Signatures.newSecret(), "POST", "/api/terminal/v1/push", TS, NONCE, BODY)).isNotEqualTo(base);
    }

    @Test
    void newSecretsAndNoncesAreRandomAndWellFormed() {
        String a = Signatures.newSecret();
        assertThat(a).isNotEqualTo(Signatures.newSecret());
        assertThat(Signatures.decodeSecret(a)).hasSize(32);
        assertThat(Signatures.newNonce()).hasSize(32).isNotEqualTo(Signatures.newNonce());
    }

    // --- the receiving side ---

    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(TS), ZoneOffset.UTC);
    private final ReplayGuard replays = new InMemoryReplayGuard();
    private final Map<UUID, String> secrets = new HashMap<>(Map.of(TERMINAL, SECRET));

    private Map<String, String> headers(long ts, String nonce, String signature) {
        Map<String, String> h = new HashMap<>();
        h.put(Protocol.HEADER_TERMINAL, TERMINAL.toString());
        h.put(Protocol.HEADER_TIMESTAMP, Long.toString(ts));
        h.put(Protocol.HEADER_NONCE, nonce);
        h.put(Protocol.HEADER_SIGNATURE, signature);
        return h;
    }

    private void verify(Map<String, String> headers, byte[] body, Clock at) {
        SignedRequest.from(headers::get).verify("POST", "/api/terminal/v1/push", body, secrets::get, replays, at);
    }

    private Map<String, String> signed(long ts, String nonce) {
        return headers(ts, nonce, Signatures.signRequest(SECRET, "POST", "/api/terminal/v1/push", ts, nonce, BODY));
    }

    @Test
    void aGoodRequestPassesOnceAndItsReplayIsRefused() {
        verify(signed(TS, NONCE), BODY, clock);
        assertThatThrownBy(() -> verify(signed(TS, NONCE), BODY, clock))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REPLAYED));
        // another nonce from the same terminal is a new request
        verify(signed(TS, "another"), BODY, clock);
    }

    @Test
    void aTimestampOutsideTheWindowIsRefusedEitherWay() {
        long skew = Protocol.CLOCK_SKEW.toSeconds();
        verify(signed(TS - skew, "edge-past"), BODY, clock);
        verify(signed(TS + skew, "edge-future"), BODY, clock);
        for (long ts : new long[] {TS - skew - 1, TS + skew + 1}) {
            assertThatThrownBy(() -> verify(signed(ts, "n" + ts), BODY, clock))
                    .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE));
        }
    }

    @Test
    void aReplayAfterTheWindowIsRefusedByItsTimestamp() {
        verify(signed(TS, NONCE), BODY, clock);
        Clock later = Clock.offset(clock, Protocol.CLOCK_SKEW.plus(Duration.ofSeconds(1)));
        assertThatThrownBy(() -> verify(signed(TS, NONCE), BODY, later))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE));
    }

    @Test
    void aTamperedBodyOrAWrongKeyIsRefusedAndDoesNotUseTheNonce() {
        assertThatThrownBy(() -> verify(signed(TS, NONCE), "{\"protocol\":1,\"events\":[{}]}".getBytes(), clock))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        String forged = Signatures.signRequest(Signatures.newSecret(), "POST", "/api/terminal/v1/push", TS, NONCE, BODY);
        assertThatThrownBy(() -> verify(headers(TS, NONCE, forged), BODY, clock))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        // the genuine request with that nonce still goes through
        verify(signed(TS, NONCE), BODY, clock);
    }

    @Test
    void missingHeadersAndUnknownTerminalsAreRefused() {
        Map<String, String> h = signed(TS, NONCE);
        h.remove(Protocol.HEADER_SIGNATURE);
        assertThatThrownBy(() -> verify(h, BODY, clock))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSIGNED));
        Map<String, String> badTs = signed(TS, NONCE);
        badTs.put(Protocol.HEADER_TIMESTAMP, "yesterday");
        assertThatThrownBy(() -> verify(badTs, BODY, clock))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSIGNED));
        secrets.clear();
        assertThatThrownBy(() -> verify(signed(TS, NONCE), BODY, clock))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_TERMINAL));
    }
}
