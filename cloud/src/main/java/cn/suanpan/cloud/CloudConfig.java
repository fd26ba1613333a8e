package cn.suanpan.cloud;

import cn.suanpan.cloud.store.CloudStore;
import java.nio.file.Path;

/**
 * How a cloud node runs: where it listens, its database, the admin token, and whether it
 * seeds the demo shop (the embedded default does; production does not).
 */
public record CloudConfig(String host, int port, Path dataDir, CloudStore.Connection database, String adminToken,
                          boolean seedDemo) {

    public static final int DEFAULT_PORT = 8620;

    /** Everything embedded: H2 in {@code dataDir}, the demo shop. */
    public static CloudConfig embedded(Path dataDir, String host, int port, String adminToken) {
        return new CloudConfig(host, port, dataDir, CloudStore.Connection.embedded(dataDir), adminToken, true);
    }
}
