package cn.suanpan.cloud.terminal;

import static cn.suanpan.cloud.store.schema.Tables.REQUEST_NONCE;

import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.ReplayGuard;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Nonces in the database, so a request replayed to another cloud node is refused too. The
 * primary key does the work: a second insert of the same (terminal, nonce) fails. Rows
 * older than twice the skew window are deleted now and then; their timestamps alone
 * refuse any replay by then.
 */
public final class DatabaseReplayGuard implements ReplayGuard {

    private static final Duration KEEP = Protocol.CLOCK_SKEW.multipliedBy(2);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final CloudStore store;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    public DatabaseReplayGuard(CloudStore store) {
        this.store = store;
    }

    @Override
    public boolean firstUse(UUID terminalId, String nonce, Instant now) {
        sweep(now);
        try {
            store.dsl().insertInto(REQUEST_NONCE)
                    .set(REQUEST_NONCE.TERMINAL_ID, terminalId).set(REQUEST_NONCE.NONCE, nonce).set(REQUEST_NONCE.SEEN_AT, now)
                    .execute();
            return true;
        } catch (IntegrityConstraintViolationException e) {
            return false;
        } catch (DataAccessException e) {
            if ("23505".equals(e.sqlState())) {
                return false;
            }
            throw e;
        }
    }

    private void sweep(Instant now) {
        Instant last = lastSweep.get();
        if (Duration.between(last, now).compareTo(SWEEP_EVERY) < 0 || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        store.dsl().deleteFrom(REQUEST_NONCE).where(REQUEST_NONCE.SEEN_AT.lt(now.minus(KEEP))).execute();
    }
}
