package cn.suanpan.core.catalog;

import java.util.List;

/** The catalog file format shared by import, export and the demo store. */
public final class CatalogCsv {

    public static final List<String> COLUMNS = List.of(
            "sku", "barcodes", "name", "name_en", "category", "unit", "price", "cost",
            "member_price", "tax_rate", "weighed", "scale_code", "voice_alias", "active");

    /** Columns a file must have; the others default. */
    public static final List<String> REQUIRED = List.of("sku", "name", "price");

    private CatalogCsv() {
    }
}
