package cn.suanpan.cloud.payment.wire;

/**
 * A wallet call that produced no answer we can act on: the connection failed, the answer
 * timed out or was not a well-formed, correctly signed document. {@code sent} tells whether
 * the request may have reached the wallet — if it may have, the wallet may have acted on it.
 */
public final class NoAnswer extends Exception {

    private final boolean sent;

    public NoAnswer(String message, boolean sent, Throwable cause) {
        super(message, cause);
        this.sent = sent;
    }

    public boolean sent() {
        return sent;
    }
}
