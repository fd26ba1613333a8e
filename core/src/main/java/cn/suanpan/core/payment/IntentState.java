package cn.suanpan.core.payment;

/**
 * Where a payment intent stands on the terminal. {@code NEW} is journaled and perhaps not
 * yet sent; the cloud may already know it, so it is as open as the others until resolved.
 */
public enum IntentState {
    NEW,
    PENDING,
    WAITING,
    PAID,
    FAILED,
    REVERSED;

    public boolean isFinal() {
        return this == PAID || this == FAILED || this == REVERSED;
    }
}
