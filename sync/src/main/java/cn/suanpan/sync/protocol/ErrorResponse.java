package cn.suanpan.sync.protocol;

/** The body of every refusal: {@code {"protocol":1,"error":{"code":"replayed","message":"..."}}}. */
public record ErrorResponse(int protocol, Error error) implements Versioned {

    public record Error(ErrorCode code, String message) {
    }

    public static ErrorResponse of(ErrorCode code, String message) {
        return new ErrorResponse(Protocol.VERSION, new Error(code, message));
    }
}
