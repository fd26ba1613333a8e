package cn.suanpan.sync.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a code payment stands. {@code PAID}, {@code FAILED} and {@code REVERSED} are final;
 * a payment in any other state is still the cloud's to finish and the terminal must not
 * treat the sale as either paid or unpaid.
 */
public enum PaymentState {
    /** Journaled by the cloud, not yet answered by the wallet. */
    PENDING("pending"),
    /** The wallet asked the customer to confirm on the phone (password, large amount). */
    WAITING_FOR_CUSTOMER("waiting"),
    PAID("paid"),
    FAILED("failed"),
    /** Cancelled or timed out and undone at the wallet: the customer is not charged. */
    REVERSED("reversed");

    private final String wire;

    PaymentState(String wire) {
        this.wire = wire;
    }

    public boolean isFinal() {
        return this == PAID || this == FAILED || this == REVERSED;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static PaymentState fromWire(String wire) {
        for (PaymentState s : values()) {
            if (s.wire.equals(wire)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown payment state " + wire);
    }
}
