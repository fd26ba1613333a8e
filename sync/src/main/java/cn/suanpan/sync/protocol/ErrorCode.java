package cn.suanpan.sync.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a request was refused, with the HTTP status that goes with it. Nothing was changed. */
public enum ErrorCode {
    MALFORMED("malformed", 400),
    TOO_LARGE("too_large", 413),
    UNSUPPORTED_PROTOCOL("unsupported_protocol", 400),
    UNSIGNED("unsigned", 401),
    BAD_SIGNATURE("bad_signature", 401),
    STALE("stale_timestamp", 401),
    UNKNOWN_TERMINAL("unknown_terminal", 401),
    REPLAYED("replayed", 409),
    BAD_CODE("bad_enrolment_code", 403),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not_found", 404),
    /** The mini-program's member session is missing, damaged or expired: log in again. */
    BAD_SESSION("bad_session", 401),
    /** WeChat (or its stand-in) refused the login or phone-number code. */
    BAD_WECHAT_CODE("bad_wechat_code", 403),
    /** A stock-tracked product has less on hand across the shop than the order asks for. */
    OUT_OF_STOCK("out_of_stock", 409),
    /** The request clashes with what the shop holds (a phone number already another user's). */
    CONFLICT("conflict", 409),
    INTERNAL("internal", 500);

    private final String wire;
    private final int httpStatus;

    ErrorCode(String wire, int httpStatus) {
        this.wire = wire;
        this.httpStatus = httpStatus;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public int httpStatus() {
        return httpStatus;
    }

    @JsonCreator
    public static ErrorCode fromWire(String wire) {
        for (ErrorCode c : values()) {
            if (c.wire.equals(wire)) {
                return c;
            }
        }
        return INTERNAL;
    }
}
