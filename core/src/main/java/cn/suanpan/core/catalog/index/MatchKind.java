package cn.suanpan.core.catalog.index;

/** How well a query matched; search results are ranked in this order. */
public enum MatchKind {
    /** The whole field (or a whole barcode or SKU) equals the query. */
    EXACT,
    /** The field, one of its words, or a barcode starts with the query; or a barcode ends with it. */
    PREFIX,
    /** The query occurs somewhere inside. */
    SUBSTRING
}
