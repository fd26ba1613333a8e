package cn.suanpan.sync.client;

import cn.suanpan.core.sync.SyncState.Enrolment;
import cn.suanpan.sync.protocol.EnrolResponse;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.ErrorResponse;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.ProtocolException;
import cn.suanpan.sync.protocol.Signatures;
import cn.suanpan.sync.protocol.Versioned;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One signed call to the cloud over okhttp. The request is signed with the terminal's
 * secret; the answer must carry the cloud's signature over this request's nonce and the
 * exact bytes received, and must decode as the expected envelope. Anything short of that
 * is a {@link SyncFailure}, and the caller changes nothing.
 */
public final class CloudLink {

    private static final MediaType JSON = MediaType.get(Protocol.JSON);

    private final OkHttpClient http;
    private final JsonCodec codec;
    private final Clock clock;

    public CloudLink(OkHttpClient http, JsonCodec codec, Clock clock) {
        this.http = http;
        this.codec = codec;
        this.clock = clock;
    }

    /** A signed call as an enrolled terminal. */
    public <R extends Versioned> R call(Enrolment terminal, String path, Versioned request, Class<R> answerType) {
        byte[] body = codec.encode(request);
        long ts = clock.instant().getEpochSecond();
        String nonce = Signatures.newNonce();
        Request.Builder b = new Request.Builder()
                .url(url(terminal.cloudUrl(), path))
                .post(RequestBody.create(body, JSON))
                .header(Protocol.HEADER_TERMINAL, terminal.terminalId().toString())
                .header(Protocol.HEADER_TIMESTAMP, Long.toString(ts))
                .header(Protocol.HEADER_NONCE, nonce)
                .header(Protocol.HEADER_SIGNATURE, Signatures.signRequest(terminal.secret(), "POST", path, ts, nonce, body));
        Answer answer = send(b.build());
        if (!Signatures.same(Signatures.signResponse(terminal.secret(), nonce, answer.status(), answer.body()), answer.signature())) {
            throw SyncFailure.corrupt("the cloud's answer is not signed for this request (damaged or not from the cloud)", null);
        }
        return decode(answer.body(), answerType);
    }

    /** Enrolment: no secret yet; the answer is signed with the secret it brings. */
    public EnrolResponse enrol(String cloudUrl, Versioned request) {
        byte[] body = codec.encode(request);
        String nonce = Signatures.newNonce();
        Answer answer = send(new Request.Builder().url(url(cloudUrl, Protocol.ENROL)).post(RequestBody.create(body, JSON))
                .header(Protocol.HEADER_NONCE, nonce).build());
        EnrolResponse response = decode(answer.body(), EnrolResponse.class);
        String expected;
        try {
            expected = Signatures.signResponse(response.secret(), nonce, answer.status(), answer.body());
        } catch (IllegalArgumentException e) {
            throw SyncFailure.corrupt("the enrolment answer holds no usable secret", e);
        }
        if (!Signatures.same(expected, answer.signature())) {
            throw SyncFailure.corrupt("the enrolment answer is not signed for this request", null);
        }
        return response;
    }

    /** Whether the cloud at this address answers its health check. */
    public void ping(String cloudUrl) {
        try (Response response = http.newCall(new Request.Builder().url(url(cloudUrl, "/health")).get().build()).execute()) {
            if (response.code() != 200) {
                throw SyncFailure.refused(ErrorCode.INTERNAL, "the cloud's health check answered HTTP " + response.code());
            }
        } catch (IOException e) {
            throw SyncFailure.offline("the cloud cannot be reached: " + e.getMessage(), e);
        }
    }

    private record Answer(int status, byte[] body, String signature) {
    }

    private Answer send(Request request) {
        try (Response response = http.newCall(request).execute()) {
            byte[] body = readLimited(response.body());
            if (response.code() != 200) {
                throw refusal(response.code(), body);
            }
            return new Answer(response.code(), body, response.header(Protocol.HEADER_SIGNATURE));
        } catch (IOException e) {
            throw SyncFailure.offline("the cloud cannot be reached: " + e.getMessage(), e);
        }
    }

    private SyncFailure refusal(int status, byte[] body) {
        try {
            ErrorResponse error = codec.decode(body, ErrorResponse.class);
            if (error.error() == null || error.error().code() == null) {
                throw new ProtocolException(ErrorCode.MALFORMED, "no error");
            }
            return SyncFailure.refused(error.error().code(), error.error().message());
        } catch (ProtocolException e) {
            return status >= 500 ? SyncFailure.refused(ErrorCode.INTERNAL, "the cloud failed with HTTP " + status)
                    : SyncFailure.corrupt("HTTP " + status + " with an unreadable answer", e);
        }
    }

    private <R extends Versioned> R decode(byte[] body, Class<R> type) {
        try {
            return codec.decode(body, type);
        } catch (ProtocolException e) {
            throw SyncFailure.corrupt("the cloud's answer is unusable: " + e.getMessage(), e);
        }
    }

    private static byte[] readLimited(ResponseBody body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes(Protocol.MAX_BODY_BYTES + 1);
            if (bytes.length > Protocol.MAX_BODY_BYTES) {
                throw new IOException("the answer is larger than " + Protocol.MAX_BODY_BYTES + " bytes");
            }
            return bytes;
        }
    }

    private static String url(String base, String path) {
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
