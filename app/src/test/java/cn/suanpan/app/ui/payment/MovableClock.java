package cn.suanpan.app.ui.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Real time plus whatever the test has skipped ahead: "the customer takes 20 s" without waiting 20 s. */
final class MovableClock extends Clock {

    private volatile Duration skipped = Duration.ZERO;

    void advance(Duration d) {
        skipped = skipped.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(skipped);
    }
}
