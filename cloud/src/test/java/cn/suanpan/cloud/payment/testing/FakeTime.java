package cn.suanpan.cloud.payment.testing;

import cn.suanpan.cloud.payment.gateway.CancelSignal;
import cn.suanpan.cloud.payment.wire.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One clock shared by a gateway and the simulator it talks to: waiting moves it instead of
 * sleeping, so a 45-second wait for the customer takes no time.
 */
public final class FakeTime extends Clock {

    private final AtomicReference<Instant> now;

    public FakeTime(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public void advance(Duration d) {
        now.updateAndGet(t -> t.plus(d));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    public Sleeper sleeper() {
        return this::advance;
    }

    /** A cashier who never cancels. */
    public Cancel patient() {
        return new Cancel(null);
    }

    /** A cashier who presses cancel once {@code after} has passed. */
    public Cancel cancelsAfter(Duration after) {
        return new Cancel(instant().plus(after));
    }

    public final class Cancel implements CancelSignal {

        private final Instant at;
        private int pauses;

        private Cancel(Instant at) {
            this.at = at;
        }

        @Override
        public boolean cancelled() {
            return at != null && !instant().isBefore(at);
        }

        @Override
        public boolean pause(Duration duration) {
            pauses++;
            if (cancelled()) {
                return true;
            }
            if (at != null && instant().plus(duration).isAfter(at)) {
                advance(Duration.between(instant(), at));
                return true;
            }
            advance(duration);
            return false;
        }

        public int pauses() {
            return pauses;
        }
    }
}
