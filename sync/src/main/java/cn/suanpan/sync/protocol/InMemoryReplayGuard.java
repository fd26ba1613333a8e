package cn.suanpan.sync.protocol;

import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/** A replay guard for one process: nonces in a map, forgotten once twice the skew has passed. */
public final class InMemoryReplayGuard implements ReplayGuard {

    private final Map<String, Instant> seen = new HashMap<>();

    @Override
    public synchronized boolean firstUse(UUID terminalId, String nonce, Instant now) {
        Instant horizon = now.minus(Protocol.CLOCK_SKEW.multipliedBy(2));
        for (Iterator<Instant> it = seen.values().iterator(); it.hasNext(); ) {
            if (it.next().isBefore(horizon)) {
                it.remove();
            }
        }
        return seen.putIfAbsent(terminalId + "/" + nonce, now) == null;
    }
}
