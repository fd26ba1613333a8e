package cn.suanpan.core.cart;

import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import java.util.List;
import java.util.UUID;

/** Products for cart and pricing tests: only the fields pricing reads are interesting. */
public final class TestProducts {

    private TestProducts() {
    }

    /** A piece product in category "drinks" at 13 % VAT. */
    public static Product piece(String sku, String price) {
        return piece(sku, price, "drinks");
    }

    public static Product piece(String sku, String price, String category) {
        return product(sku, price, null, category, 1300, false, true);
    }

    /** A weighed product priced per kg, category "fresh", 9 % VAT. */
    public static Product weighed(String sku, String pricePerKg) {
        return product(sku, pricePerKg, null, "fresh", 900, true, true);
    }

    public static Product withMemberPrice(Product p, String memberPrice) {
        return copy(p, p.price(), Money.parse(memberPrice), p.taxRateBasisPoints(), p.active());
    }

    public static Product withTaxRate(Product p, int basisPoints) {
        return copy(p, p.price(), p.memberPrice(), basisPoints, p.active());
    }

    public static Product inactive(Product p) {
        return copy(p, p.price(), p.memberPrice(), p.taxRateBasisPoints(), false);
    }

    private static Product product(String sku, String price, String memberPrice, String category, int taxBp,
                                   boolean weighed, boolean active) {
        return new Product(UUID.nameUUIDFromBytes(sku.getBytes()), sku, "商品" + sku, "Product " + sku, null, null,
                null, category, weighed ? "kg" : "pc", Money.parse(price), Money.ZERO,
                memberPrice == null ? null : Money.parse(memberPrice), taxBp, weighed, null, true, active, List.of());
    }

    private static Product copy(Product p, Money price, Money memberPrice, int taxBp, boolean active) {
        return new Product(p.id(), p.sku(), p.name(), p.nameEn(), p.pinyin(), p.pinyinInitials(), p.voiceAlias(),
                p.categoryCode(), p.unit(), price, p.cost(), memberPrice, taxBp, p.weighed(), p.scaleCode(),
                p.trackStock(), active, p.barcodes());
    }
}
