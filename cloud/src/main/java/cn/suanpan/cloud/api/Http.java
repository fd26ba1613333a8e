package cn.suanpan.cloud.api;

import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.ErrorResponse;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.ProtocolException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Bodies in and out: read with a size limit before anything else, written as JSON. */
final class Http {

    private Http() {
    }

    /** The request body, refused unread past {@link Protocol#MAX_BODY_BYTES}. */
    static byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > Protocol.MAX_BODY_BYTES) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(Protocol.MAX_BODY_BYTES + 1);
            if (body.length > Protocol.MAX_BODY_BYTES) {
                throw tooLarge(body.length);
            }
            return body;
        } catch (IOException e) {
            throw new ProtocolException(ErrorCode.MALFORMED, "the body could not be read: " + e.getMessage(), e);
        }
    }

    private static ProtocolException tooLarge(long size) {
        return new ProtocolException(ErrorCode.TOO_LARGE, "the body has " + size + " bytes; at most " + Protocol.MAX_BODY_BYTES
                + " are accepted (push fewer events at a time)");
    }

    static void json(Context ctx, int status, byte[] body) {
        ctx.status(status).contentType(Protocol.JSON).result(body);
    }

    static void error(Context ctx, JsonCodec codec, ErrorCode code, String message) {
        json(ctx, code.httpStatus(), codec.encode(ErrorResponse.of(code, message)));
    }
}
