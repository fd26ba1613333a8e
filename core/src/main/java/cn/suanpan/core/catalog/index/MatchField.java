package cn.suanpan.core.catalog.index;

/** Which text of a product a search query matched. */
public enum MatchField {
    NAME,
    PINYIN_INITIALS,
    PINYIN,
    ENGLISH_NAME,
    BARCODE,
    SKU
}
