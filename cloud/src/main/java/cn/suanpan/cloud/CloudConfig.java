package cn.suanpan.cloud;

import cn.suanpan.cloud.store.CloudStore;
import java.nio.file.Path;

/**
 * How a cloud node runs: where it listens, its database, the admin token, whether it
 * seeds the demo shop (the embedded default does; production does not), and the key file
 * that seals the terminals' secrets in the database. Nodes sharing a database must share
 * that key file.
 */
public record CloudConfig(String host, int port, Path dataDir, CloudStore.Connection database, String adminToken,
                          boolean seedDemo, Path secretsKeyFile) {

    public static final int DEFAULT_PORT = 8620;
    public static final String SECRETS_KEY_FILE = "terminal-secrets.key";

    /** A node whose secrets key file is {@value #SECRETS_KEY_FILE} in its data directory. */
    public CloudConfig(String host, int port, Path dataDir, CloudStore.Connection database, String adminToken, boolean seedDemo) {
        this(host, port, dataDir, database, adminToken, seedDemo, dataDir.resolve(SECRETS_KEY_FILE));
    }

    /** Everything embedded: H2 in {@code dataDir}, the demo shop. */
    public static CloudConfig embedded(Path dataDir, String host, int port, String adminToken) {
        return new CloudConfig(host, port, dataDir, CloudStore.Connection.embedded(dataDir), adminToken, true);
    }
}
