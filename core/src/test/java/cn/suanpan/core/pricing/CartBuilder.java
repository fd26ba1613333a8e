package cn.suanpan.core.pricing;

import cn.suanpan.core.cart.AddItem;
import cn.suanpan.core.cart.AttachMember;
import cn.suanpan.core.cart.Cart;
import cn.suanpan.core.cart.CartEditor;
import cn.suanpan.core.cart.CartRules;
import cn.suanpan.core.cart.Discount;
import cn.suanpan.core.cart.Member;
import cn.suanpan.core.cart.OverridePrice;
import cn.suanpan.core.cart.PriceOverride;
import cn.suanpan.core.cart.Quantity;
import cn.suanpan.core.cart.SetLineDiscount;
import cn.suanpan.core.cart.SetOrderDiscount;
import cn.suanpan.core.cart.VoidLine;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import java.util.UUID;

/** Builds carts for pricing tests through the real commands, as the sale screen does. */
final class CartBuilder {

    static final UUID SUPERVISOR = UUID.fromString("00000000-0000-7000-8000-000000000001");

    private final CartEditor editor;

    CartBuilder() {
        this(CartRules.DEFAULT);
    }

    CartBuilder(CartRules rules) {
        editor = new CartEditor(Cart.empty(rules));
    }

    static CartBuilder separateLines() {
        return new CartBuilder(CartRules.DEFAULT.withMergeSameProduct(false));
    }

    CartBuilder add(Product product, int pieces) {
        editor.apply(new AddItem(product, Quantity.pieces(pieces)));
        return this;
    }

    CartBuilder addKg(Product product, String kg) {
        editor.apply(new AddItem(product, Quantity.kg(kg)));
        return this;
    }

    CartBuilder label(Product product, String kg, String amount) {
        editor.apply(AddItem.scaleLabel(product, Quantity.kg(kg), Money.parse(amount)));
        return this;
    }

    CartBuilder member() {
        editor.apply(new AttachMember(new Member("M-1", "王先生")));
        return this;
    }

    CartBuilder override(int lineNo, String unitPrice) {
        editor.apply(new OverridePrice(lineNo, new PriceOverride(Money.parse(unitPrice), "临期", SUPERVISOR)));
        return this;
    }

    CartBuilder lineDiscount(int lineNo, Discount discount) {
        editor.apply(new SetLineDiscount(lineNo, discount));
        return this;
    }

    CartBuilder orderDiscount(Discount discount) {
        editor.apply(new SetOrderDiscount(discount));
        return this;
    }

    CartBuilder voidLine(int lineNo) {
        editor.apply(new VoidLine(lineNo));
        return this;
    }

    Cart build() {
        return editor.cart();
    }
}
