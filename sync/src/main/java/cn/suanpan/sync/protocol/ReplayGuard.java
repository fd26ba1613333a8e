package cn.suanpan.sync.protocol;

import java.time.Instant;
import java.util.UUID;

/**
 * Remembers the nonces of accepted requests for as long as their timestamps are inside
 * the skew window, so the same signed request is never accepted twice. Past the window
 * the timestamp alone refuses it.
 */
public interface ReplayGuard {

    /** Records the nonce; false when this terminal already used it. */
    boolean firstUse(UUID terminalId, String nonce, Instant now);
}
