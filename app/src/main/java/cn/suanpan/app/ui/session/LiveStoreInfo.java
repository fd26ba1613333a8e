package cn.suanpan.app.ui.session;

import cn.suanpan.core.setup.StoreInfo;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The store as the window shows it. The cloud may rename the store (the shop's settings,
 * ADR 24): a pull writes the new name into the store row, and whoever shows it binds to
 * {@link #property()} rather than reading the name once at start.
 */
public final class LiveStoreInfo {

    private final ReadOnlyObjectWrapper<StoreInfo> info;
    /** The latest, for readers off the JavaFX thread (the property is only set on it). */
    private volatile StoreInfo latest;
    private final Executor uiThread;

    public LiveStoreInfo(StoreInfo initial, Executor uiThread) {
        this.info = new ReadOnlyObjectWrapper<>(initial);
        this.latest = initial;
        this.uiThread = uiThread;
    }

    /** The store as last read; on any thread. */
    public StoreInfo get() {
        return latest;
    }

    /** The store, changed on the JavaFX thread when a pull renamed it. */
    public ReadOnlyObjectProperty<StoreInfo> property() {
        return info.getReadOnlyProperty();
    }

    /** The store as the database now has it; on any thread, the property follows on the JavaFX thread. */
    public void changed(StoreInfo now) {
        if (now == null || now.equals(latest)) {
            return;
        }
        latest = now;
        uiThread.execute(() -> info.set(now));
    }
}
