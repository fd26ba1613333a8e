package cn.suanpan.core.catalog.index;

import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import java.util.List;
import java.util.UUID;

/** Products for index tests; spellings are left to the index to fill in. */
final class TestProducts {

    private TestProducts() {
    }

    static Product product(String sku, String name, String nameEn, String... barcodes) {
        return new Product(UUID.nameUUIDFromBytes(sku.getBytes()), sku, name, nameEn, null, null, null, "drinks", "pc",
                Money.ofFen(350), null, null, 1300, false, null, true, true, List.of(barcodes));
    }

    static Product weighed(String sku, String name, String scaleCode) {
        return new Product(UUID.nameUUIDFromBytes(sku.getBytes()), sku, name, null, null, null, null, "fruit", "kg",
                Money.ofFen(798), null, null, 900, true, scaleCode, true, true, List.of());
    }

    static Product inactive(Product p) {
        return new Product(p.id(), p.sku(), p.name(), p.nameEn(), p.pinyin(), p.pinyinInitials(), p.voiceAlias(),
                p.categoryCode(), p.unit(), p.price(), p.cost(), p.memberPrice(), p.taxRateBasisPoints(), p.weighed(),
                p.scaleCode(), p.trackStock(), false, p.barcodes());
    }

    static Product renamed(Product p, String name, String... barcodes) {
        return new Product(p.id(), p.sku(), name, p.nameEn(), null, null, p.voiceAlias(),
                p.categoryCode(), p.unit(), p.price(), p.cost(), p.memberPrice(), p.taxRateBasisPoints(), p.weighed(),
                p.scaleCode(), p.trackStock(), p.active(), List.of(barcodes));
    }
}
