package cn.suanpan.app.testing;

import cn.suanpan.app.ui.catalog.IndexedCatalog;
import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.catalog.Category;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.catalog.scale.ScaleLabelDecoder;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The store's catalog indexed in the background, held back until the test releases it: what
 * a counter with a very large catalog looks like in the first seconds after start.
 */
public final class HeldCatalog implements IndexedCatalog.Source {

    private final CatalogRepository repository;
    private final CountDownLatch released = new CountDownLatch(1);

    private HeldCatalog(CatalogRepository repository) {
        this.repository = repository;
    }

    /** Starts building the index; it waits for {@link #release()} before it reads a product. */
    public static HeldCatalog of(CatalogRepository repository) {
        return new HeldCatalog(repository);
    }

    public IndexedCatalog loadInBackground() {
        return IndexedCatalog.loadInBackground(this, ScaleLabelDecoder.defaults());
    }

    public void release() {
        released.countDown();
    }

    @Override
    public void forEach(Consumer<Product> sink) {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        repository.forEach(sink);
    }

    @Override
    public int count() {
        return repository.productCount();
    }

    @Override
    public List<Category> categories() {
        return repository.categories();
    }
}
