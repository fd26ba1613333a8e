package cn.suanpan.core.promotions;

import cn.suanpan.core.pricing.Promotion;
import cn.suanpan.core.store.LocalStore;
import java.util.List;
import java.util.function.Supplier;

/**
 * The store's promotions for the pricing engine, read again after each change its
 * {@link PromotionSignal} counts: the first cart priced after a pull that changed them
 * runs the new ones, without a restart. A handful of rows, read on the pricing thread.
 */
public final class LivePromotions implements Supplier<List<Promotion>> {

    private record Loaded(long version, List<Promotion> promotions) {
    }

    private final LocalStore store;
    private final PromotionSignal signal;
    private volatile Loaded loaded;

    public LivePromotions(LocalStore store) {
        this.store = store;
        this.signal = PromotionSignal.of(store);
    }

    @Override
    public List<Promotion> get() {
        long version = signal.version(); // before the read: a change committed meanwhile is read again next time
        Loaded current = loaded;
        if (current == null || current.version() != version) {
            current = new Loaded(version, PromotionStore.all(store.dsl()));
            loaded = current;
        }
        return current.promotions();
    }
}
