package cn.suanpan.core.catalog.index;

import cn.suanpan.core.catalog.Product;

/** One search result and why it matched, so that the sale screen can say so. */
public record SearchHit(Product product, MatchField field, MatchKind kind) {
}
