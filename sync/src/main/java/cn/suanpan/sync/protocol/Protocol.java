package cn.suanpan.sync.protocol;

/**
 * The terminal protocol in numbers: its version, its paths, its headers and its limits.
 * Every request and response body is a JSON envelope carrying {@code protocol}; a side
 * that receives a newer version than it speaks refuses it instead of guessing.
 */
public final class Protocol {

    /** The version this build speaks. Bumped on any change an older peer would misread. */
    public static final int VERSION = 1;

    public static final String ENROL = "/api/terminal/v1/enrol";
    public static final String PUSH = "/api/terminal/v1/push";
    public static final String PULL = "/api/terminal/v1/pull";
    public static final String ORDERS = "/api/terminal/v1/orders";
    /** Code payments: start ({@link PaymentStart}), poll, cancel, refund. All answer a status. */
    public static final String PAYMENT_START = "/api/terminal/v1/payments/start";
    public static final String PAYMENT_POLL = "/api/terminal/v1/payments/poll";
    public static final String PAYMENT_CANCEL = "/api/terminal/v1/payments/cancel";
    public static final String PAYMENT_REFUND = "/api/terminal/v1/payments/refund";

    public static final String HEADER_TERMINAL = "X-Suanpan-Terminal";
    public static final String HEADER_TIMESTAMP = "X-Suanpan-Timestamp";
    public static final String HEADER_NONCE = "X-Suanpan-Nonce";
    public static final String HEADER_SIGNATURE = "X-Suanpan-Signature";

    /** Largest request or response body either side accepts. */
    public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    /** Most events in one push. */
    public static final int MAX_PUSH_EVENTS = 500;
    /** Most changes in one pull page. */
    public static final int MAX_PULL_LIMIT = 2_000;
    /** How far a request's timestamp may be from the receiver's clock, either way. */
    public static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);

    public static final String JSON = "application/json; charset=utf-8";

    private Protocol() {
    }
}
