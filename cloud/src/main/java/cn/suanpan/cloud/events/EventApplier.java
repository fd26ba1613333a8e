package cn.suanpan.cloud.events;

import cn.suanpan.sync.protocol.PushedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;

/** Applies one pushed event inside the push's transaction. */
@FunctionalInterface
public interface EventApplier {

    /**
     * Who sent the event, when it arrived, what to do once the push has committed (tell a
     * customer, say: never for a push that rolls back), and the look-ups and bookings shared
     * by the events of the batch.
     */
    record Context(UUID shopId, UUID terminalId, Instant receivedAt, java.util.List<Runnable> afterCommit,
                   BatchBookings bookings) {
    }

    Outcome apply(DSLContext tx, Context ctx, PushedEvent event);
}
