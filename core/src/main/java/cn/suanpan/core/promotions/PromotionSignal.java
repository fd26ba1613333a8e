package cn.suanpan.core.promotions;

import cn.suanpan.core.store.LocalStore;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the committed changes of a store's promotions (a pulled page, a seeding), so that
 * whoever keeps them in memory ({@link LivePromotions}) reads them again before it next
 * prices a cart. A count rather than listeners: a pricing engine made for each window or
 * command registers nothing it would have to unregister.
 */
public final class PromotionSignal {

    private static final Map<LocalStore, PromotionSignal> SIGNALS = Collections.synchronizedMap(new WeakHashMap<>());

    private final AtomicLong version = new AtomicLong();

    private PromotionSignal() {
    }

    /** The signal of this store's promotions (one per store, for as long as the store is in use). */
    public static PromotionSignal of(LocalStore store) {
        return SIGNALS.computeIfAbsent(store, s -> new PromotionSignal());
    }

    /** The promotions changed and the change is committed. */
    public void changed() {
        version.incrementAndGet();
    }

    /** Goes up with every change. */
    public long version() {
        return version.get();
    }
}
