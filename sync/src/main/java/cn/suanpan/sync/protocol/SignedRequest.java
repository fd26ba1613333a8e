package cn.suanpan.sync.protocol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * The authentication headers of a terminal's request, and their check on the receiving
 * side: all present, timestamp inside the skew window, terminal known, signature right,
 * nonce not seen before. The cheap checks come first; the nonce is recorded last, only
 * for a request that is genuinely the terminal's.
 */
public record SignedRequest(UUID terminalId, long timestamp, String nonce, String signature) {

    /** Reads the headers; {@code header} looks one up by name (null when absent). */
    public static SignedRequest from(Function<String, String> header) {
        String terminal = header.apply(Protocol.HEADER_TERMINAL);
        String ts = header.apply(Protocol.HEADER_TIMESTAMP);
        String nonce = header.apply(Protocol.HEADER_NONCE);
        String signature = header.apply(Protocol.HEADER_SIGNATURE);
        if (terminal == null || ts == null || nonce == null || signature == null) {
            throw new ProtocolException(ErrorCode.UNSIGNED, "the request is not signed: it needs the headers "
                    + Protocol.HEADER_TERMINAL + ", " + Protocol.HEADER_TIMESTAMP + ", " + Protocol.HEADER_NONCE + " and "
                    + Protocol.HEADER_SIGNATURE);
        }
        UUID id;
        long timestamp;
        try {
            id = UUID.fromString(terminal.strip());
            timestamp = Long.parseLong(ts.strip());
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.UNSIGNED, "the signing headers are malformed: " + e.getMessage());
        }
        if (nonce.isBlank() || nonce.length() > 64 || !nonce.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ProtocolException(ErrorCode.UNSIGNED, "the nonce must be 1 to 64 visible ASCII characters");
        }
        return new SignedRequest(id, timestamp, nonce, signature.strip());
    }

    /**
     * Checks the request; {@code secrets} gives a terminal's secret (null for an unknown one).
     *
     * @throws ProtocolException when anything is wrong; nothing is recorded then
     */
    public void verify(String method, String pathAndQuery, byte[] body, Function<UUID, String> secrets,
                       ReplayGuard replays, Clock clock) {
        Instant now = clock.instant();
        Duration skew = Duration.between(Instant.ofEpochSecond(timestamp), now).abs();
        if (skew.compareTo(Protocol.CLOCK_SKEW) > 0) {
            throw new ProtocolException(ErrorCode.STALE, "the request's timestamp is " + skew.toSeconds()
                    + " s away from the receiver's clock (at most " + Protocol.CLOCK_SKEW.toSeconds() + " s): check the terminal's clock");
        }
        String secret = secrets.apply(terminalId);
        if (secret == null) {
            throw new ProtocolException(ErrorCode.UNKNOWN_TERMINAL, "terminal " + terminalId + " is not enrolled here");
        }
        String expected = Signatures.signRequest(secret, method, pathAndQuery, timestamp, nonce, body);
        if (!Signatures.same(expected, signature)) {
            throw new ProtocolException(ErrorCode.BAD_SIGNATURE, "the signature does not match the request");
        }
        if (!replays.firstUse(terminalId, nonce, now)) {
            throw new ProtocolException(ErrorCode.REPLAYED, "this request was already received (nonce " + nonce + ")");
        }
    }
}
