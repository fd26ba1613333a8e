package cn.suanpan.core.catalog;

import cn.suanpan.core.store.LocalStore;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells whoever keeps something built from the catalog (the voice grammar, an in-memory
 * index) that the catalog of a store has changed: after an import or a pulled page of
 * catalog changes has been committed. Listeners run on the thread that committed; they
 * should hand any real work to their own thread.
 */
public final class CatalogSignal {

    private static final Map<LocalStore, CatalogSignal> SIGNALS = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private CatalogSignal() {
    }

    /** The signal of this store's catalog (one per store, for as long as the store is in use). */
    public static CatalogSignal of(LocalStore store) {
        return SIGNALS.computeIfAbsent(store, s -> new CatalogSignal());
    }

    /** Calls {@code listener} after each committed change; closing the returned handle stops that. */
    public AutoCloseable listen(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The catalog changed and the change is committed. A failing listener does not stop the others. */
    public void changed() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                // the change is committed whatever a listener makes of it
                System.getLogger(CatalogSignal.class.getName()).log(System.Logger.Level.WARNING, "catalog listener failed", e);
            }
        }
    }
}
