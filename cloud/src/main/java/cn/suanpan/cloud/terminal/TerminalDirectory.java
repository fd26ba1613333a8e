package cn.suanpan.cloud.terminal;

import static cn.suanpan.cloud.store.schema.Tables.TERMINAL;

import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.core.secrets.SecretSeal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a terminal is: its shop and its secret. Both are fixed from enrolment on, so each
 * node may keep them in memory once read (the secret opened: in the database it is
 * sealed); nothing else about a terminal is cached.
 */
public final class TerminalDirectory {

    public record Known(UUID terminalId, UUID shopId, String secret) {
    }

    private final CloudStore store;
    private final SecretSeal seal;
    private final Map<UUID, Known> cache = new ConcurrentHashMap<>();

    /** {@code seal} opens the secrets, which the database holds sealed. */
    public TerminalDirectory(CloudStore store, SecretSeal seal) {
        this.store = store;
        this.seal = seal;
    }

    public Optional<Known> find(UUID terminalId) {
        Known known = cache.get(terminalId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Known> loaded = store.dsl().select(TERMINAL.SHOP_ID, TERMINAL.SECRET).from(TERMINAL).where(TERMINAL.ID.eq(terminalId))
                .fetchOptional(r -> new Known(terminalId, r.value1(), seal.open(r.value2())));
        loaded.ifPresent(k -> cache.put(terminalId, k));
        return loaded;
    }

    /** The terminal's secret, or null when it is not enrolled here. */
    public String secretOf(UUID terminalId) {
        return find(terminalId).map(Known::secret).orElse(null);
    }
}
