package cn.suanpan.core.cart;

import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import java.util.Objects;

/**
 * One line of the cart, as the cashier entered it. Amounts are not stored: the pricing
 * engine derives them, so that a change of member or promotion never leaves a stale total.
 *
 * @param lineNo      number of the line within its cart, stable across edits (commands
 *                    address lines by it, never by position)
 * @param labelAmount the amount printed on a scale label for a weighed line, or null; the
 *                    label is the price the customer saw, so it replaces price × weight
 * @param override    a cashier's unit price, or null
 * @param discount    the cashier's line discount, or null
 * @param voided      a voided line stays on the receipt, struck through, and counts for nothing
 */
public record CartLine(
        int lineNo,
        Product product,
        Quantity quantity,
        Money labelAmount,
        PriceOverride override,
        Discount discount,
        boolean voided) {

    public CartLine {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(quantity, "quantity");
    }

    public static CartLine of(int lineNo, Product product, Quantity quantity) {
        return new CartLine(lineNo, product, quantity, null, null, null, false);
    }

    public boolean hasLabel() {
        return labelAmount != null;
    }

    /** Whether a member price replaces the shelf price on this line. */
    public boolean memberPriceApplies(boolean memberAttached) {
        Money memberPrice = product.memberPrice();
        return memberAttached && override == null && !hasLabel()
                && memberPrice != null && memberPrice.compareTo(product.price()) < 0;
    }

    /** The unit price promotions start from: the override, else the member price, else the shelf price. */
    public Money unitPrice(boolean memberAttached) {
        if (override != null) {
            return override.unitPrice();
        }
        return memberPriceApplies(memberAttached) ? product.memberPrice() : product.price();
    }

    /** What the line costs at the shelf price (or the label amount): the "before" of every saving. */
    public Money listAmount() {
        return hasLabel() ? labelAmount : quantity.priceAt(product.price());
    }

    /** What the line costs after member price or override, before promotions and discounts. */
    public Money baseAmount(boolean memberAttached) {
        if (hasLabel() && override == null) {
            return labelAmount;
        }
        return quantity.priceAt(unitPrice(memberAttached));
    }

    /** Adding the same product again may grow this line rather than open another one. */
    boolean acceptsMoreOf(Product other) {
        return !voided && !hasLabel() && override == null && discount == null
                && quantity instanceof Quantity.Pieces
                && Objects.equals(product.sku(), other.sku());
    }

    public CartLine withQuantity(Quantity newQuantity) {
        return new CartLine(lineNo, product, newQuantity, labelAmount, override, discount, voided);
    }

    public CartLine withOverride(PriceOverride newOverride) {
        return new CartLine(lineNo, product, quantity, labelAmount, newOverride, discount, voided);
    }

    public CartLine withDiscount(Discount newDiscount) {
        return new CartLine(lineNo, product, quantity, labelAmount, override, newDiscount, voided);
    }

    public CartLine withVoided(boolean newVoided) {
        return new CartLine(lineNo, product, quantity, labelAmount, override, discount, newVoided);
    }
}
