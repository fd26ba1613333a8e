package cn.suanpan.app.ui.catalog;

import cn.suanpan.core.catalog.Category;
import cn.suanpan.core.catalog.Product;
import java.util.List;
import java.util.Optional;

/**
 * The catalog as the counter screens read it: answers in microseconds, so a scan can be
 * looked up on the UI thread. The catalog index (a compact in-memory index for very large
 * catalogs) will stand behind this same interface.
 */
public interface ProductCatalog {

    /** A barcode, a scale label or a SKU. */
    ScanOutcome scan(String code);

    /** By name, pinyin initials, English name or part of a barcode; best matches first. */
    List<Product> search(String query, int limit);

    List<Category> categories();

    List<Product> inCategory(String categoryCode, int limit);
}
