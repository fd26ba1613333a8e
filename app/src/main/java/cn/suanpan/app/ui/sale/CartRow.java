package cn.suanpan.app.ui.sale;

import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;

/** One row of the cart table as shown: the product, how many, and what it costs. */
public record CartRow(int number, Product product, long quantity, String name) {

    public Money amount() {
        return product.price().times(quantity);
    }

    public CartRow plusOne() {
        return new CartRow(number, product, quantity + 1, name);
    }
}
