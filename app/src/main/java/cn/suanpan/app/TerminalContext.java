package cn.suanpan.app;

import cn.suanpan.app.config.DataDirectory;
import cn.suanpan.app.config.Settings;
import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.store.LocalStore;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Everything a running terminal is made of, wired once: the data directory, settings,
 * the local store (seeded with the demo store on first start) and the services on it.
 */
public final class TerminalContext implements AutoCloseable {

    private final DataDirectory dataDirectory;
    private final Settings settings;
    private final Clock clock;
    private final LocalStore store;
    private final StoreInfo storeInfo;
    private final CatalogRepository catalog;

    private TerminalContext(DataDirectory dataDirectory, Settings settings, Clock clock, LocalStore store, StoreInfo storeInfo) {
        this.dataDirectory = dataDirectory;
        this.settings = settings;
        this.clock = clock;
        this.store = store;
        this.storeInfo = storeInfo;
        this.catalog = new CatalogRepository(store);
    }

    public static TerminalContext open(DataDirectory dir, Settings settings, Clock clock) {
        LocalStore store = LocalStore.open(dir.database());
        try {
            StoreInfo info = DemoStore.seedIfEmpty(store, clock, () -> asset("demo/categories.csv"), () -> asset("demo/catalog.csv"));
            return new TerminalContext(dir, settings, clock, store, info);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** A file of the bundled {@code assets/} folder. */
    public static Reader asset(String path) {
        InputStream in = TerminalContext.class.getResourceAsStream("/assets/" + path);
        if (in == null) {
            throw new IllegalStateException("missing bundled asset " + path);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public LocalStore store() {
        return store;
    }

    public StoreInfo storeInfo() {
        return storeInfo;
    }

    public CatalogRepository catalog() {
        return catalog;
    }

    @Override
    public void close() {
        store.close();
    }
}
